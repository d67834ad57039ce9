"""Blind set, Spanish: callers in Spain, Mexico, Argentina and Colombia, in chat and on the phone,
and contact-centre agents pasting contacts. Written without reading the interpreter (see
languages.py for how the ground truth is made).

Titles: Sr. = Mr, Sra. = Mrs, Srta. = Miss, Dr./Dra. = Dr, profesor(a) = Prof. A name of three
words after "me llamo" is one given name and two surnames (the Spanish convention), so the last
name is both surnames ("García López"); only one-word given names are used, so "José Luis" never
arises.
"""

from __future__ import annotations

import random

from .languages import ES_UNITS, Language, Speech, build_set, categories, spanish_number
from .turn import Turn

PREFIX = "es_"
SEED = 3401


def _speech(locale: str, rng: random.Random) -> Speech:
    return Speech(digit=lambda d: ES_UNITS[int(d)], group=lambda g: spanish_number(int(g)), group_max=3, plus=("más",))


TITLES = (
    ("Sr.", "Mr", "m"), ("Sr", "Mr", "m"), ("señor", "Mr", "m"), ("Señor", "Mr", "m"),
    ("Sra.", "Mrs", "f"), ("Sra", "Mrs", "f"), ("señora", "Mrs", "f"), ("Señora", "Mrs", "f"),
    ("Srta.", "Miss", "f"), ("señorita", "Miss", "f"), ("Señorita", "Miss", "f"),
    ("Dr.", "Dr", "m"), ("doctor", "Dr", "m"), ("Doctor", "Dr", "m"),
    ("Dra.", "Dr", "f"), ("doctora", "Dr", "f"), ("Doctora", "Dr", "f"),
    ("profesor", "Prof", "m"), ("Profesor", "Prof", "m"), ("Prof.", "Prof", ""),
    ("profesora", "Prof", "f"), ("Profesora", "Prof", "f"),
)  # fmt: skip

COUNTRY_NAMES = {
    "ES": ("España",),
    "MX": ("México", "Mexico"),
    "AR": ("Argentina",),
    "CO": ("Colombia",),
    "CL": ("Chile",),
    "PE": ("Perú", "Peru"),
    "US": ("Estados Unidos", "EE. UU."),
    "GB": ("Reino Unido", "Inglaterra", "Gran Bretaña"),
    "FR": ("Francia",),
    "DE": ("Alemania",),
    "IT": ("Italia",),
    "PT": ("Portugal",),
}
COUNTRY_FROM = {
    "ES": ("es de España", "de España", "en España", "es un número español", "número español"),
    "MX": ("es de México", "de México", "es un número mexicano", "en México"),
    "AR": ("es de Argentina", "de la Argentina", "es un número argentino", "acá en Argentina"),
    "CO": ("es de Colombia", "de Colombia", "es un número colombiano", "aquí en Colombia"),
    "CL": ("es de Chile", "es un número chileno"),
    "PE": ("es de Perú", "del Perú", "es un número peruano"),
    "US": ("es de Estados Unidos", "de los Estados Unidos", "es un número estadounidense", "es de EE. UU."),
    "GB": ("es del Reino Unido", "es de Inglaterra", "es un número británico", "es un número inglés"),
    "FR": ("es de Francia", "es un número francés"),
    "DE": ("es de Alemania", "es un número alemán"),
    "IT": ("es de Italia", "es un número italiano"),
    "PT": ("es de Portugal", "es un número portugués"),
}

LANGUAGE = Language(
    code="es",
    prefix=PREFIX,
    seed=SEED,
    locales=("es_ES", "es_MX", "es_AR", "es_CO"),
    home={"es_ES": "ES", "es_MX": "MX", "es_AR": "AR", "es_CO": "CO"},
    speech=_speech,
    zero_zero="cero cero",
    titles=TITLES,
    title_answers=(
        "{t}", "{t}.", "{t}, por favor", "Ponga {t}", "Póngame {t}", "Prefiero {t}", "{t} está bien",
        "Mejor {t}", "Con {t} está bien", "{t}, gracias", "Puede poner {t}",
    ),  # fmt: skip
    title_with_last=("{t} {last}", "{t} {last}, por favor", "Ponga {t} {last}"),
    first_answers=(
        "{first}", "{first}.", "Me llamo {first}", "Mi nombre es {first}", "Soy {first}", "{first}, por favor",
        "Mi nombre: {first}", "Es {first}", "Nombre {first}", "me llamo {first}", "Mi nombre es {first}, gracias",
    ),  # fmt: skip
    last_answers=(
        "{last}", "{last}.", "Mi apellido es {last}", "Apellido {last}", "Es {last}", "El apellido es {last}",
        "{last}, por favor", "mi apellido es {last}", "Apellido: {last}",
    ),  # fmt: skip
    full_answers=(
        "Me llamo {first} {last}", "Mi nombre es {first} {last}", "Soy {first} {last}", "{first} {last}",
        "me llamo {first} {last}", "Mi nombre es {first} y mi apellido {last}", "{first} {last}, por favor",
        "Nombre {first}, apellido {last}",
    ),  # fmt: skip
    particle_surnames=(
        "de la Fuente", "del Río", "de León", "de la Cruz", "del Valle", "de los Santos", "de Castro",
        "de la Torre", "del Pino", "de la Vega", "de la Rosa", "del Olmo", "de la Peña", "de los Ríos",
        "de Haro", "de la Serna", "del Campo", "de la Calle",
    ),  # fmt: skip
    particle_answers=("{last}", "Mi apellido es {last}", "Es {last}", "Apellido: {last}", "Mi apellido: {last}"),
    particle_full=("Me llamo {first} {last}", "Mi nombre es {first} {last}", "Soy {first} {last}", "{first} {last}"),
    country_names=COUNTRY_NAMES,
    country_from=COUNTRY_FROM,
    country_answers=("{country}", "{country}.", "Es de {country}", "De {country}", "En {country}", "El número es de {country}"),
    national_with_country=(
        "{national}, {where}", "Es el {national}, {where}", "Mi número es {national}, {where}",
        "{national} {where}", "El {national}, {where}",
    ),  # fmt: skip
    national_home=("{national}", "Es el {national}", "Mi número es el {national}", "Mi celular es {national}", "El teléfono es {national}"),
    intl_answers=("{intl}", "Mi número es {intl}", "Es el {intl}", "Apunte: {intl}", "El teléfono es {intl}", "{intl}, gracias"),
    spoken_lead=("{spoken}", "Es el {spoken}", "Mi número es {spoken}", "Apunte {spoken}", "El número es el {spoken}"),
    extension_words={
        "es_ES": ("extensión", "ext.", "extensión"),
        "es_MX": ("extensión", "ext.", "ext"),
        "es_AR": ("interno", "int.", "interno"),
        "es_CO": ("extensión", "ext.", "anexo"),
    },
    extension_answers=(
        "{phone} {word} {ext}", "{phone}, {word} {ext}", "Es el {phone}, {word} {ext}",
        "El número es {phone} {word} {ext}", "Oficina: {phone} {word} {ext}",
    ),  # fmt: skip
    yes=(
        "sí", "Sí", "sí, correcto", "Sí, correcto", "Sí, está bien", "Correcto", "Eso es", "Sí, guárdelo",
        "Sí, guárdalo", "Perfecto, sí", "Exacto", "Sí, todo bien", "Vale", "Sí, de acuerdo", "Así es",
        "Sí, dale", "Todo correcto", "Sí, así es", "Sí, por favor", "Está perfecto", "Sí, está correcto",
        "Claro que sí", "Sí, todo está bien", "Afirmativo", "Sí, perfecto", "Vale, sí", "Sí, eso es",
    ),  # fmt: skip
    no=(
        "no", "No", "no, está mal", "No, está mal", "No, no es correcto", "No es correcto", "Incorrecto",
        "No, hay un error", "No, eso no está bien", "Negativo", "No, así no", "No, hay algo mal",
        "No, está equivocado", "No, no está bien", "No, hay un error en los datos", "Pues no",
        "No, no es así", "Está mal", "No, eso está mal",
    ),  # fmt: skip
    corrections_first=(
        "el nombre está mal, es {first}", "No, mi nombre es {first}", "El nombre no es {old}, es {first}",
        "No, el nombre es {first}", "Corrija el nombre: {first}", "Mi nombre es {first}, no {old}",
        "No es {old}, es {first}",
    ),  # fmt: skip
    corrections_last=(
        "el apellido está mal, es {last}", "El apellido está mal, es {last}", "No, el apellido es {last}",
        "El apellido no es {old}, es {last}", "Está mal el apellido: es {last}", "Mi apellido es {last}, no {old}",
        "No, mi apellido es {last}", "No es {old}, es {last}",
    ),  # fmt: skip
    corrections_title=(
        ("No, es señora", "Mr", "Mrs"), ("Es Sra., no Sr.", "Mr", "Mrs"), ("No soy señora, soy señorita", "Mrs", "Miss"),
        ("Es doctora, no señora", "Mrs", "Dr"), ("No, es Dr., no Sr.", "Mr", "Dr"), ("No, es señor", "Mrs", "Mr"),
        ("El tratamiento está mal, es doctor", "Mr", "Dr"), ("Póngame doctora en vez de señora", "Mrs", "Dr"),
    ),  # fmt: skip
    corrections_phone=(
        "No, el número es {intl}", "El teléfono está mal, es {intl}", "El número está mal, es el {intl}",
        "No, mi número es {intl}", "Corrija el teléfono: {intl}",
    ),  # fmt: skip
    field_only={
        "phone_number": ("el número está mal", "El teléfono está mal", "No, el número no es correcto"),
        "last_name": ("el apellido está mal", "El apellido no está bien", "No, el apellido está mal"),
    },
    change_first=("El nombre, es {first}", "El nombre: {first}", "Mi nombre es {first}", "Cambie el nombre a {first}"),
    change_last=("El apellido, es {last}", "El apellido: {last}", "Mi apellido es {last}", "Cambie el apellido a {last}", "Quiero cambiar el apellido a {last}"),
    change_phone=("El teléfono, es el {intl}", "El número: {intl}", "Mi número es {intl}", "Cambie el número al {intl}"),
    change_title=(("El tratamiento: señora", "Mrs"), ("Ponga doctor", "Dr"), ("Póngame señorita", "Miss"), ("El título, Sr.", "Mr"), ("Cambie el título a doctora", "Dr")),
    change_field_only={
        "phone_number": ("El número", "El teléfono", "El número de teléfono"),
        "last_name": ("El apellido", "Mi apellido"),
    },
    controls=(
        "cancelar", "Cancelar", "Cancela todo", "Mejor lo dejamos, cancele", "¿Para qué necesitan mis datos?",
        "¿Por qué me pide esto?", "¿Para qué quiere mi número?", "Olvídame", "Borre mis datos",
        "Bórrenme los datos, por favor", "Quiero que borren mis datos", "¿Por qué necesita mi teléfono?",
        "Cancela, ya no quiero", "Olvida mis datos",
    ),  # fmt: skip
    openers=(
        "Hola, quiero guardar un contacto: {t} {first} {last}, {phone}",
        "Buenas tardes, quisiera registrar a {t} {first} {last}, teléfono {phone}",
        "Hola, soy {first} {last}, mi número es {phone}",
        "Buenos días. Quiero dar de alta a {t} {first} {last}, número {phone}",
        "Hola! Guarda a {first} {last}, {phone}",
        "Necesito agregar un contacto: {first} {last}, tel. {phone}",
        "Buenas, me llamo {first} {last} y mi teléfono es {phone}",
    ),
    pastes=(
        "Alta de cliente: {t} {first} {last}, {mobile} {national}",
        "Nuevo contacto\nNombre: {first}\nApellidos: {last}\nTeléfono: {intl}",
        "Cliente: {t} {first} {last} | Tel: {intl}",
        "Datos del contacto: {first} {last} - {mobile}: {national}",
        "Registrar: {t} {last}, {first}; tel. {national}",
        "Nombre: {first} {last}\n{mobile}: {national}",
    ),
    mobile_words={
        "es_ES": ("móvil", "Móvil", "tel. móvil"),
        "es_MX": ("celular", "cel.", "Celular"),
        "es_AR": ("celular", "cel."),
        "es_CO": ("celular", "cel."),
    },
    double_surname_answers=(
        "{l1} {l2}", "Mis apellidos son {l1} {l2}", "{l1} {l2}, los dos apellidos", "Apellidos: {l1} {l2}",
        "Es {l1} {l2}", "Mis apellidos: {l1} {l2}",
    ),  # fmt: skip
    double_surname_full=("Me llamo {first} {l1} {l2}", "Mi nombre es {first} {l1} {l2}", "Nombre {first}, apellidos {l1} {l2}"),
    extra={"landline_words": ("tel.", "teléfono", "Tel.")},
)

SIZES = {
    "titles": 80,
    "first_names": 70,
    "last_names": 60,
    "full_names": 70,
    "double_surnames": 60,
    "particles": 50,
    "phone_national_country": 80,
    "phone_international": 60,
    "phone_spoken": 80,
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
