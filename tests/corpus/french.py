"""Blind set, French: callers in France, Belgium, Switzerland and Canada, in chat and on the phone
(Belgian and Swiss callers say septante, nonante and, in Switzerland, huitante), and agents pasting
contacts (French files often write the surname first in capitals: "DUBOIS Claire"). Written without
reading the interpreter (see languages.py for how the ground truth is made).

Titles: M./Monsieur = Mr, Mme/Madame = Mrs, Mlle/Mademoiselle = Miss, Dr/Docteur = Dr,
Pr/Professeur = Prof. "Nom" alone is the surname (as on French forms), "prénom" the first name.
"""

from __future__ import annotations

import random

from .languages import FR_UNITS, Language, Speech, build_set, categories, french_number
from .turn import Turn

PREFIX = "fr_"
SEED = 3402
VARIANTS = {"fr_FR": ("fr",), "fr_CA": ("fr",), "fr_BE": ("be",), "fr_CH": ("ch", "be")}


def _speech(locale: str, rng: random.Random) -> Speech:
    variant = rng.choice(VARIANTS[locale])
    return Speech(
        digit=lambda d: FR_UNITS[int(d)], group=lambda g: french_number(int(g), variant), group_max=3, plus=("plus",)
    )


TITLES = (
    ("M.", "Mr", "m"), ("Monsieur", "Mr", "m"), ("monsieur", "Mr", "m"),
    ("Mme", "Mrs", "f"), ("Madame", "Mrs", "f"), ("madame", "Mrs", "f"),
    ("Mlle", "Miss", "f"), ("Mademoiselle", "Miss", "f"), ("mademoiselle", "Miss", "f"),
    ("Dr", "Dr", ""), ("Docteur", "Dr", ""), ("docteur", "Dr", ""), ("Docteure", "Dr", "f"),
    ("Professeur", "Prof", ""), ("professeur", "Prof", ""), ("Pr", "Prof", ""), ("Professeure", "Prof", "f"),
)  # fmt: skip

COUNTRY_NAMES = {
    "FR": ("France",),
    "BE": ("Belgique",),
    "CH": ("Suisse",),
    "CA": ("Canada",),
    "LU": ("Luxembourg",),
    "DE": ("Allemagne",),
    "ES": ("Espagne",),
    "IT": ("Italie",),
    "GB": ("Royaume-Uni", "Angleterre", "Grande-Bretagne"),
    "US": ("États-Unis", "USA"),
    "PT": ("Portugal",),
    "NL": ("Pays-Bas", "Hollande"),
}
COUNTRY_FROM = {
    "FR": ("en France", "de France", "c'est un numéro français", "un numéro français"),
    "BE": ("en Belgique", "de Belgique", "c'est un numéro belge", "un numéro belge"),
    "CH": ("en Suisse", "de Suisse", "c'est un numéro suisse", "un numéro suisse"),
    "CA": ("au Canada", "du Canada", "c'est un numéro canadien", "un numéro canadien"),
    "LU": ("au Luxembourg", "du Luxembourg", "c'est un numéro luxembourgeois"),
    "DE": ("en Allemagne", "d'Allemagne", "c'est un numéro allemand"),
    "ES": ("en Espagne", "d'Espagne", "c'est un numéro espagnol"),
    "IT": ("en Italie", "d'Italie", "c'est un numéro italien"),
    "GB": ("au Royaume-Uni", "du Royaume-Uni", "en Angleterre", "c'est un numéro britannique", "c'est un numéro anglais"),
    "US": ("aux États-Unis", "des États-Unis", "c'est un numéro américain"),
    "PT": ("au Portugal", "c'est un numéro portugais"),
    "NL": ("aux Pays-Bas", "des Pays-Bas", "c'est un numéro néerlandais"),
}

LANGUAGE = Language(
    code="fr",
    prefix=PREFIX,
    seed=SEED,
    locales=("fr_FR", "fr_BE", "fr_CH", "fr_CA"),
    home={"fr_FR": "FR", "fr_BE": "BE", "fr_CH": "CH", "fr_CA": "CA"},
    speech=_speech,
    zero_zero="zéro zéro",
    titles=TITLES,
    title_answers=(
        "{t}", "{t}, s'il vous plaît", "Mettez {t}", "C'est {t}", "{t} merci", "Plutôt {t}", "{t}, c'est bien",
        "Vous pouvez mettre {t}", "{t} svp", "Alors {t}",
    ),  # fmt: skip
    title_with_last=("{t} {last}", "C'est {t} {last}", "{t} {last}, s'il vous plaît"),
    first_answers=(
        "{first}", "{first}.", "Je m'appelle {first}", "Mon prénom est {first}", "Mon prénom c'est {first}",
        "Moi c'est {first}", "C'est {first}", "{first}, merci", "Prénom : {first}", "je m'appelle {first}",
    ),  # fmt: skip
    last_answers=(
        "{last}", "{last}.", "Mon nom est {last}", "Mon nom de famille est {last}", "Nom de famille : {last}",
        "C'est {last}", "{last}, merci", "Mon nom c'est {last}", "Nom : {last}",
    ),  # fmt: skip
    full_answers=(
        "Je m'appelle {first} {last}", "{first} {last}", "Mon nom est {first} {last}", "Moi c'est {first} {last}",
        "C'est {first} {last}", "Je suis {first} {last}", "Mon prénom est {first} et mon nom {last}",
        "Prénom {first}, nom {last}", "je m'appelle {first} {last}",
    ),  # fmt: skip
    particle_surnames=(
        "de Villiers", "du Pont", "de la Tour", "Le Gall", "du Bois", "de la Fontaine", "des Roches",
        "de Montfort", "du Plessis", "Le Goff", "Van Damme", "De Smet", "Van den Bossche", "De Backer",
        "de Lattre", "Le Floch", "de Meuron", "de Coulon",
    ),  # fmt: skip
    particle_answers=("{last}", "Mon nom est {last}", "Mon nom de famille c'est {last}", "Nom : {last}", "C'est {last}"),
    particle_full=("Je m'appelle {first} {last}", "{first} {last}", "Moi c'est {first} {last}", "Mon nom est {first} {last}"),
    country_names=COUNTRY_NAMES,
    country_from=COUNTRY_FROM,
    country_answers=("{country}", "{country}.", "{country}, merci", "Pays : {country}"),
    national_with_country=(
        "{national}, {where}", "C'est le {national}, {where}", "Mon numéro est le {national}, {where}",
        "Le {national}, {where}",
    ),  # fmt: skip
    national_home=("{national}", "C'est le {national}", "Mon numéro : {national}", "Mon portable c'est le {national}", "Le {national}"),
    intl_answers=("{intl}", "Mon numéro est le {intl}", "C'est le {intl}", "Notez : {intl}", "{intl}, merci"),
    spoken_lead=("{spoken}", "C'est le {spoken}", "Mon numéro c'est le {spoken}", "Alors, {spoken}"),
    extension_words={
        "fr_FR": ("poste",),
        "fr_BE": ("poste",),
        "fr_CH": ("poste",),
        "fr_CA": ("poste", "extension", "ext."),
    },
    extension_answers=(
        "{phone} {word} {ext}", "{phone}, {word} {ext}", "C'est le {phone}, {word} {ext}",
        "Le {phone} et le {word} {ext}", "Bureau : {phone} {word} {ext}",
    ),  # fmt: skip
    yes=(
        "oui", "Oui", "oui c'est bon", "Oui, c'est bon", "Oui, c'est correct", "C'est ça", "Exactement", "Parfait",
        "Oui, enregistrez-le", "Oui, vous pouvez l'enregistrer", "D'accord", "Tout à fait", "Oui, c'est exact",
        "Ouais", "Oui merci", "C'est parfait", "Bien sûr", "Oui, allez-y", "Oui oui", "Absolument", "C'est tout bon",
        "Oui, c'est ça", "Ça me va", "Impeccable", "Oui, tout est bon", "C'est correct",
    ),  # fmt: skip
    no=(
        "non", "Non", "non, c'est pas ça", "Non, ce n'est pas correct", "Non, il y a une erreur", "Pas du tout",
        "Non, c'est faux", "Non, attendez", "C'est pas bon", "Non, ce n'est pas ça", "Non, il y a une faute",
        "Non merci, c'est pas bon", "Non, ce n'est pas bon", "Non, c'est incorrect", "Ce n'est pas correct",
    ),  # fmt: skip
    corrections_first=(
        "c'est pas le bon prénom, c'est {first}", "Non, mon prénom c'est {first}", "Le prénom n'est pas {old}, c'est {first}",
        "Vous vous êtes trompé de prénom, c'est {first}", "Non, le prénom est {first}", "Ce n'est pas {old}, c'est {first}",
    ),  # fmt: skip
    corrections_last=(
        "c'est pas le bon nom, c'est {last}", "Le nom de famille est faux, c'est {last}", "Non, mon nom c'est {last}",
        "Ce n'est pas {old}, c'est {last}", "Erreur sur le nom : {last}", "Non, le nom de famille c'est {last}",
        "C'est pas le bon nom, c'est {last}",
    ),  # fmt: skip
    corrections_title=(
        ("Non, c'est Madame", "Mr", "Mrs"), ("Ce n'est pas Monsieur, c'est Madame", "Mr", "Mrs"),
        ("Non, Mademoiselle, pas Madame", "Mrs", "Miss"), ("C'est Docteur, pas Monsieur", "Mr", "Dr"),
        ("Non, c'est Monsieur", "Mrs", "Mr"), ("Mettez plutôt Docteur", "Mrs", "Dr"),
        ("La civilité est fausse, c'est Mme", "Mr", "Mrs"),
    ),  # fmt: skip
    corrections_phone=(
        "Le numéro est faux, c'est le {intl}", "Non, mon numéro c'est le {intl}", "Erreur sur le numéro : {intl}",
        "Non, le bon numéro est le {intl}",
    ),  # fmt: skip
    field_only={
        "phone_number": ("le numéro est faux", "Le numéro n'est pas bon", "Non, le numéro de téléphone est faux"),
        "last_name": ("le nom de famille est faux", "Le nom de famille n'est pas bon"),
        "first_name": ("le prénom est faux", "Le prénom n'est pas bon"),
    },
    change_first=("Le prénom : {first}", "Le prénom, c'est {first}", "Changez le prénom en {first}", "Mon prénom est {first}"),
    change_last=("Le nom de famille : {last}", "Le nom, c'est {last}", "Changez le nom en {last}", "Mon nom de famille est {last}"),
    change_phone=("Le numéro : {intl}", "Le numéro, c'est le {intl}", "Mon numéro est le {intl}"),
    change_title=(("Mettez Madame", "Mrs"), ("La civilité : Monsieur", "Mr"), ("Plutôt Docteur", "Dr"), ("La civilité, c'est Mme", "Mrs"), ("Mettez Mademoiselle", "Miss")),
    change_field_only={
        "phone_number": ("Le numéro", "Le numéro de téléphone"),
        "last_name": ("Le nom de famille",),
        "first_name": ("Le prénom",),
    },
    controls=(
        "Annuler", "annuler", "Laissez tomber", "Pourquoi vous avez besoin de ça ?", "Pourquoi vous me demandez mon numéro ?",
        "Oubliez-moi", "Supprimez mes données", "Effacez mes données s'il vous plaît", "J'annule", "Annulez tout",
        "À quoi ça sert ?", "Je veux que vous supprimiez mes données", "Pourquoi vous voulez mon nom ?",
    ),  # fmt: skip
    openers=(
        "Bonjour, je voudrais enregistrer un contact : {t} {first} {last}, {phone}",
        "Bonjour, je m'appelle {first} {last}, mon numéro est le {phone}",
        "Salut, pouvez-vous ajouter {t} {first} {last} au {phone} ?",
        "Bonjour. Ajoutez {first} {last}, tél. {phone}",
        "Bonsoir, c'est pour enregistrer {t} {first} {last}, numéro {phone}",
        "Je veux sauvegarder le contact {first} {last} : {phone}",
    ),
    pastes=(
        "Nouveau contact : {t} {first} {last}, {mobile} {national}",
        "Nom : {LAST}\nPrénom : {first}\nTél : {intl}",
        "Contact : {t} {first} {last} – {mobile} {national}",
        "Fiche client : {t} {LAST} {first}, tél. {intl}",
        "Création contact\nCivilité : {t}\nPrénom : {first}\nNom : {last}\n{mobile} : {national}",
        "{first} {LAST} / {mobile} : {national}",
    ),
    mobile_words={
        "fr_FR": ("portable", "mobile", "port."),
        "fr_BE": ("GSM", "portable", "gsm"),
        "fr_CH": ("natel", "portable", "Natel"),
        "fr_CA": ("cellulaire", "cell."),
    },
    extra={"landline_words": ("tél.", "fixe", "Tél.")},
)

SIZES = {
    "titles": 80,
    "first_names": 70,
    "last_names": 70,
    "full_names": 80,
    "particles": 60,
    "phone_national_country": 80,
    "phone_international": 60,
    "phone_spoken": 90,
    "extensions": 60,
    "countries": 60,
    "readback_yes": 50,
    "readback_no": 40,
    "corrections": 80,
    "change_request": 50,
    "controls": 30,
    "openers": 70,
    "pastes": 60,
}
CATEGORIES = categories(LANGUAGE, SIZES)


def build() -> list[Turn]:
    return build_set(LANGUAGE, SIZES)
