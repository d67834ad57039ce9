"""Pure normalisation of what callers type or say: text in, value out, or one NormalisationError.

No I/O and no Rasa here; the action layer turns errors into what the caller hears.
"""

from .countries import Country, parse_country
from .errors import NormalisationError
from .names import PersonName, clean_name, parse_person_name
from .phone import PhoneNumber, parse_phone, split_phone_from_text
from .salutation import DEFAULT_SALUTATIONS, parse_salutation

__all__ = [
    "DEFAULT_SALUTATIONS",
    "Country",
    "NormalisationError",
    "PersonName",
    "PhoneNumber",
    "clean_name",
    "parse_country",
    "parse_person_name",
    "parse_phone",
    "parse_salutation",
    "split_phone_from_text",
]
