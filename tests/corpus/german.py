"""Blind set, German: callers in Germany, Austria and Switzerland, in chat and on the phone
("null sieben zwo ...", "doppel fünf", pairs as "dreiundzwanzig"; Swiss spelling "dreissig"), and
agents pasting contacts. Written without reading the interpreter (see languages.py for how the
ground truth is made).

Titles: Herr = Mr; Frau = Ms (Frau is the neutral form for every adult woman, married or not, so
Ms is its canonical title, not Mrs); Fräulein = Miss; Dr./Doktor and "Frau Dr." / "Herr Dr." = Dr;
Prof./Professor(in) = Prof.
"""

from __future__ import annotations

import random

from .languages import DE_UNITS, Language, Speech, build_set, categories, german_number
from .turn import Turn

PREFIX = "de_"
SEED = 3403


def _speech(locale: str, rng: random.Random) -> Speech:
    zwo = rng.random() < 0.5
    swiss = locale == "de_CH"
    double = "doppel" if rng.random() < 0.25 else ""

    def digit(d: str) -> str:
        return "zwo" if zwo and d == "2" else DE_UNITS[int(d)]

    return Speech(
        digit=digit, group=lambda g: german_number(int(g), swiss), group_max=2, plus=("plus",), double=double
    )


TITLES = (
    ("Herr", "Mr", "m"),
    ("herr", "Mr", "m"),
    ("Herr", "Mr", "m"),
    ("Frau", "Ms", "f"),
    ("frau", "Ms", "f"),
    ("Frau", "Ms", "f"),
    ("Fräulein", "Miss", "f"),
    ("Dr.", "Dr", ""),
    ("Dr", "Dr", ""),
    ("Doktor", "Dr", ""),
    ("Herr Dr.", "Dr", "m"),
    ("Herr Doktor", "Dr", "m"),
    ("Frau Dr.", "Dr", "f"),
    ("Frau Doktor", "Dr", "f"),
    ("Prof.", "Prof", ""),
    ("Professor", "Prof", "m"),
    ("Professorin", "Prof", "f"),
    ("Herr Prof.", "Prof", "m"),
    ("Herr Professor", "Prof", "m"),
    ("Frau Prof.", "Prof", "f"),
    ("Frau Professorin", "Prof", "f"),
)

COUNTRY_NAMES = {
    "DE": ("Deutschland",),
    "AT": ("Österreich",),
    "CH": ("Schweiz", "die Schweiz"),
    "NL": ("Niederlande", "Holland", "die Niederlande"),
    "FR": ("Frankreich",),
    "ES": ("Spanien",),
    "IT": ("Italien",),
    "GB": ("Großbritannien", "England", "Vereinigtes Königreich"),
    "US": ("USA", "Vereinigte Staaten", "Amerika"),
    "PL": ("Polen",),
    "LU": ("Luxemburg",),
    "BE": ("Belgien",),
}
COUNTRY_FROM = {
    "DE": ("aus Deutschland", "in Deutschland", "eine deutsche Nummer", "das ist eine deutsche Nummer"),
    "AT": (
        "aus Österreich",
        "in Österreich",
        "eine österreichische Nummer",
        "das ist eine österreichische Handynummer",
    ),
    "CH": ("aus der Schweiz", "in der Schweiz", "eine Schweizer Nummer", "das ist eine Schweizer Nummer"),
    "NL": ("aus den Niederlanden", "aus Holland", "eine niederländische Nummer"),
    "FR": ("aus Frankreich", "eine französische Nummer"),
    "ES": ("aus Spanien", "eine spanische Nummer"),
    "IT": ("aus Italien", "eine italienische Nummer"),
    "GB": ("aus Großbritannien", "aus England", "aus dem Vereinigten Königreich", "eine britische Nummer"),
    "US": ("aus den USA", "aus Amerika", "eine amerikanische Nummer"),
    "PL": ("aus Polen", "eine polnische Nummer"),
    "LU": ("aus Luxemburg", "eine Luxemburger Nummer"),
    "BE": ("aus Belgien", "eine belgische Nummer"),
}

LANGUAGE = Language(
    code="de",
    prefix=PREFIX,
    seed=SEED,
    locales=("de_DE", "de_AT", "de_CH"),
    home={"de_DE": "DE", "de_AT": "AT", "de_CH": "CH"},
    speech=_speech,
    zero_zero="null null",
    titles=TITLES,
    title_answers=(
        "{t}",
        "{t}, bitte",
        "Bitte {t}",
        "Die Anrede ist {t}",
        "Schreiben Sie {t}",
        "{t} ist richtig",
        "Einfach {t}",
        "Anrede: {t}",
        "{t}, danke",
    ),
    title_with_last=("{t} {last}", "{t} {last}, bitte", "Bitte {t} {last}"),
    first_answers=(
        "{first}",
        "{first}.",
        "Ich heiße {first}",
        "Mein Vorname ist {first}",
        "Ich bin {first}",
        "Ich bin {article} {first}",
        "{first}, bitte",
        "Vorname {first}",
        "Vorname: {first}",
        "ich heiße {first}",
        "Mein Vorname lautet {first}",
    ),
    last_answers=(
        "{last}",
        "{last}.",
        "Mein Nachname ist {last}",
        "Mein Name ist {last}",
        "Nachname {last}",
        "Nachname: {last}",
        "{last}, bitte",
        "Der Nachname ist {last}",
        "Mein Familienname ist {last}",
        "Mein Nachname lautet {last}",
    ),
    full_answers=(
        "Ich heiße {first} {last}",
        "Mein Name ist {first} {last}",
        "{first} {last}",
        "Ich bin {first} {last}",
        "Mein Name ist {first} {last}, danke",
        "Vorname {first}, Nachname {last}",
        "ich heiße {first} {last}",
    ),
    particle_surnames=(
        "von Weizsäcker",
        "von Braun",
        "von der Leyen",
        "van der Meer",
        "von Arnim",
        "von Bülow",
        "von Trotha",
        "van Dyk",
        "von der Heide",
        "auf der Maur",
        "von Matt",
        "von Känel",
        "zur Nieden",
        "ten Brink",
        "von Rohr",
        "von Allmen",
        "vom Hofe",
        "von Stetten",
    ),
    particle_answers=(
        "{last}",
        "Mein Nachname ist {last}",
        "Mein Name ist {last}",
        "Nachname: {last}",
        "{last}, bitte",
    ),
    particle_full=("Ich heiße {first} {last}", "Mein Name ist {first} {last}", "{first} {last}"),
    country_names=COUNTRY_NAMES,
    country_from=COUNTRY_FROM,
    country_answers=("{country}", "{country}.", "{country}, bitte", "Land: {country}"),
    national_with_country=(
        "{national}, {where}",
        "Meine Nummer ist {national}, {where}",
        "Das ist die {national}, {where}",
        "Die {national}, {where}",
    ),
    national_home=(
        "{national}",
        "Meine Nummer ist {national}",
        "Die {national}",
        "Das ist die {national}",
        "Meine Handynummer ist {national}",
        "Telefon {national}",
    ),
    intl_answers=(
        "{intl}",
        "Meine Nummer ist {intl}",
        "Die Nummer lautet {intl}",
        "Das ist die {intl}",
        "{intl}, danke",
        "Notieren Sie bitte {intl}",
    ),
    spoken_lead=(
        "{spoken}",
        "Meine Nummer ist {spoken}",
        "Die {spoken}",
        "Also, {spoken}",
        "Das ist die {spoken}",
    ),
    extension_words={
        "de_DE": ("Durchwahl", "Nebenstelle", "App."),
        "de_AT": ("Durchwahl", "DW", "Klappe"),
        "de_CH": ("Durchwahl", "Nebenstelle"),
    },
    extension_answers=(
        "{phone} {word} {ext}",
        "{phone}, {word} {ext}",
        "Meine Nummer ist {phone}, {word} {ext}",
        "Das ist die {phone}, {word} {ext}",
        "Büro: {phone} {word} {ext}",
    ),
    yes=(
        "ja",
        "Ja",
        "ja, passt",
        "Ja, passt",
        "Ja, genau",
        "Genau",
        "Stimmt",
        "Ja, stimmt so",
        "Richtig",
        "Korrekt",
        "Jawohl",
        "Passt",
        "Ja, bitte speichern",
        "Ja, das ist richtig",
        "Alles richtig",
        "Ja, passt so",
        "Ja, gerne",
        "Ja, alles korrekt",
        "Passt schon",
        "Ja, speichern Sie es",
        "Ja, so ist es richtig",
        "Ja, das stimmt",
        "Alles korrekt",
        "Ja, richtig",
        "Ja bitte",
    ),
    no=(
        "nein",
        "Nein",
        "nein, das stimmt nicht",
        "Nein, falsch",
        "Das ist falsch",
        "Stimmt nicht",
        "Nein, da ist ein Fehler",
        "Nee",
        "Nein, nicht richtig",
        "Nein, so nicht",
        "Nein, das passt nicht",
        "Nö",
        "Nein, das ist nicht korrekt",
        "Das stimmt so nicht",
        "Nein, leider falsch",
    ),
    corrections_first=(
        "falsch, der Vorname lautet {first}",
        "Falsch, der Vorname lautet {first}",
        "Der Vorname stimmt nicht, es ist {first}",
        "Nein, mein Vorname ist {first}",
        "Nicht {old}, sondern {first}",
        "Der Vorname ist falsch, richtig ist {first}",
        "Der Vorname ist {first}, nicht {old}",
    ),
    corrections_last=(
        "Der Nachname ist falsch, richtig ist {last}",
        "Nein, der Nachname ist {last}",
        "Nicht {old}, sondern {last}",
        "Falsch, der Nachname lautet {last}",
        "Mein Nachname ist {last}, nicht {old}",
        "Der Nachname stimmt nicht, er lautet {last}",
    ),
    corrections_title=(
        ("Nicht Herr, sondern Frau", "Mr", "Ms"),
        ("Nein, Frau, nicht Herr", "Mr", "Ms"),
        ("Bitte Frau Dr. statt Frau", "Ms", "Dr"),
        ("Die Anrede ist falsch, Herr", "Ms", "Mr"),
        ("Nein, Herr Dr.", "Mr", "Dr"),
        ("Falsch, es ist Frau Professorin", "Ms", "Prof"),
        ("Die Anrede stimmt nicht, es heißt Frau", "Mr", "Ms"),
    ),
    corrections_phone=(
        "Die Nummer ist falsch, richtig ist {intl}",
        "Nein, die Nummer lautet {intl}",
        "Falsche Nummer, es ist die {intl}",
        "Die Telefonnummer stimmt nicht: {intl}",
    ),
    field_only={
        "phone_number": (
            "Die Nummer ist falsch",
            "Die Telefonnummer stimmt nicht",
            "Nein, die Nummer ist falsch",
        ),
        "last_name": ("Der Nachname stimmt nicht", "Der Nachname ist falsch"),
        "first_name": ("Der Vorname ist falsch", "Der Vorname stimmt nicht"),
    },
    change_first=(
        "Der Vorname: {first}",
        "Den Vornamen bitte auf {first} ändern",
        "Der Vorname ist {first}",
        "Vorname {first}",
    ),
    change_last=(
        "Der Nachname: {last}",
        "Den Nachnamen bitte auf {last} ändern",
        "Der Nachname ist {last}",
        "Nachname {last}",
    ),
    change_phone=("Die Telefonnummer ist {intl}", "Die Nummer: {intl}", "Die Nummer bitte auf {intl} ändern"),
    change_title=(
        ("Anrede Frau", "Ms"),
        ("Die Anrede: Herr", "Mr"),
        ("Bitte Frau Dr.", "Dr"),
        ("Anrede bitte Professor", "Prof"),
    ),
    change_field_only={
        "phone_number": ("Die Nummer", "Die Telefonnummer"),
        "last_name": ("Der Nachname", "Den Nachnamen"),
        "first_name": ("Der Vorname", "Den Vornamen"),
    },
    controls=(
        "Abbrechen",
        "abbrechen",
        "Bitte abbrechen",
        "Vergessen Sie mich",
        "Wofür brauchen Sie das?",
        "Warum brauchen Sie meine Nummer?",
        "Löschen Sie meine Daten",
        "Bitte löschen Sie alle meine Daten",
        "Ich will abbrechen",
        "Wozu brauchen Sie meinen Namen?",
        "Vergiss mich",
        "Stopp, abbrechen",
    ),
    openers=(
        "Hallo, ich möchte einen Kontakt speichern: {t} {first} {last}, {phone}",
        "Guten Tag, mein Name ist {first} {last}, meine Nummer ist {phone}",
        "Grüß Gott, bitte speichern Sie {t} {first} {last}, Telefon {phone}",
        "Grüezi, ich möchte {t} {first} {last} anlegen, Nummer {phone}",
        "Hallo! Neuer Kontakt: {first} {last}, Tel. {phone}",
        "Servus, ich bin {first} {last}, erreichbar unter {phone}",
        "Moin, bitte {first} {last} mit der Nummer {phone} speichern",
    ),
    pastes=(
        "Kontakt anlegen: {t} {first} {last}, {mobile} {national}",
        "Neuer Kontakt\nAnrede: {t}\nVorname: {first}\nNachname: {last}\nTelefon: {intl}",
        "Kunde: {t} {first} {last}, Tel. {intl}",
        "Bitte anlegen: {t} {last}, {first} – {mobile} {national}",
        "Name: {first} {last}\n{mobile}: {national}",
        "{t} {first} {last} | {mobile}: {national}",
    ),
    mobile_words={
        "de_DE": ("Mobil", "Handy", "mobil"),
        "de_AT": ("Mobil", "Handy"),
        "de_CH": ("Natel", "Mobile", "Handy"),
    },
    extra={"articles": {"m": "der", "f": "die"}, "landline_words": ("Tel.", "Telefon", "Festnetz")},
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
