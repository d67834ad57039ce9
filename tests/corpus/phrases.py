"""The tuning templates: the many ways callers give each answer (the held-out set is elsewhere).

Placeholders: {n} a number, {x} an extension phrase, {e} extension digits, {c} a country,
{cs} a country as said after "in"/"from", {adj} a country's adjective, {t} a title,
{f} a first name, {l} a last name.
"""
from __future__ import annotations

FILLERS_TYPED = ("", "", "", "Um, ", "Uh, ", "Well, ", "So ", "Ok so ", "um ")
FILLERS_SPOKEN = ("", "", "um ", "uh ", "well ", "so ", "ok so ")

PHONE_TYPED = (
    "{n}", "it's {n}", "It's {n}.", "my number is {n}", "My number is {n}", "{n} is my cell", "{n} is my number",
    "you can reach me on {n}", "sure, {n} thanks", "sure {n}", "the number is {n}", "my mobile is {n}",
    "mobile: {n}", "phone: {n}", "{n}, that's my mobile", "call me on {n}", "call me at {n}",
    "you can call me at {n}", "it's {n} thanks", "{n} please", "yes it's {n}", "yeah, {n}", "ok, {n}",
    "my cell is {n}", "my phone number is {n}", "the best number is {n}", "{n} is the best number",
    "here it is: {n}", "it is {n}", "I'm on {n}", "you can text me on {n}", "my work number is {n}",
    "home number {n}", "{n} thank you", "that would be {n}", "number's {n}", "reach me at {n}",
    "my contact number is {n}", "try {n}", "{n} is my mobile number", "it's {n}, thanks!",
)
PHONE_SPOKEN = (
    "{n}", "it's {n}", "my number is {n}", "{n} is my cell", "you can reach me on {n}", "sure {n} thanks",
    "the number is {n}", "my mobile is {n}", "call me on {n}", "it's {n} thanks", "yeah it's {n}", "ok {n}",
    "my phone number is {n}", "{n} is my mobile", "{n} thank you", "that's {n}", "my cell is {n}",
    "it is {n}", "yes {n}", "sure it's {n}", "my number's {n}", "you can call me on {n}",
)
EXTENSION_TYPED = ("ext {e}", "ext. {e}", "extension {e}", "x{e}", "x {e}", "ext: {e}", "Ext {e}", "EXT {e}")
EXTENSION_TEMPLATES = (
    "{n} {x}", "{n}, {x}", "it's {n} {x}", "my number is {n} {x}", "{n} {x} is my work number",
    "my office is {n}, {x}", "{n} and the extension is {e}", "the number is {n} {x} thanks",
    "you can reach me on {n} {x}", "work: {n} {x}", "{n} {x} please", "it's {n}, {x}",
)
EXTENSION_SPOKEN = (
    "{n} extension {e}", "it's {n} extension {e}", "my number is {n} extension {e}",
    "{n} and the extension is {e}", "the number is {n} ext {e} thanks", "you can reach me on {n} extension {e}",
)
NATIONAL_NAMED = (
    "{n}, I'm in {cs}", "the number is {n}, I'm in {cs}", "in {cs}, {n}", "{n} in {cs}",
    "my number is {n} and I'm in {cs}", "I'm in {cs}, my number is {n}", "{n} ({cs})", "I live in {cs}, {n}",
    "{n} from {cs}", "it's {n}, I'm in {cs}", "I'm calling from {cs}, the number is {n}",
    "it's {n} in {cs}", "{n}, that's in {cs}", "I'm based in {cs}, it's {n}", "{cs}, {n}",
)
NATIONAL_NAMED_ADJ = (
    "it's a {adj} number {n}", "{n}, it's a {adj} number", "my {adj} mobile is {n}", "{adj} number: {n}",
    "it's a {adj} number, {n}", "{n} is a {adj} number",
)
NATIONAL_NAMED_SPOKEN = (
    "{n} i'm in {cs}", "the number is {n} i'm in {cs}", "in {cs} {n}", "my number is {n} and i'm in {cs}",
    "i'm in {cs} my number is {n}", "it's {n} in {cs}",
)
COUNTRY_ANSWER = (
    "{c}", "it's in {cs}", "{c} please", "the number is from {cs}", "um, {c}", "it's {c}", "from {cs}",
    "{c}, thanks", "in {cs}", "I'm in {cs}", "the country is {c}", "that's {cs}", "it's a number from {cs}",
    "{c}.", "sure, {c}", "yes {c}", "it's {cs} thanks", "{cs} please",
)
COUNTRY_ANSWER_ADJ = ("it's a {adj} number", "{adj}", "a {adj} number")
COUNTRY_ANSWER_CODE = ("{code}", "it's {code}", "{code} please", "the country is {code}")
COUNTRY_ANSWER_DIAL = ("{dial}", "it's {dial}", "country code {dial}", "the code is {dial}", "{dial} please")
TITLE_ANSWER = (
    "{t}", "it's {t}", "{t} please", "you can put {t}", "um {t}", "{t} thanks", "just {t}", "make it {t}",
    "{t} is fine", "go with {t}", "my title is {t}", "put me down as {t}", "it's {t}, thanks", "{t}, please",
    "uh, {t}", "ok {t}", "I'd like {t}", "I prefer {t}", "use {t}", "{t} would be good", "title {t}",
    "yes {t}", "sure, {t}", "well {t}", "it is {t}",
)
FIRST_ONLY = (
    "{f}", "it's {f}", "my first name is {f}", "{f} is my first name", "call me {f}",
    "the first name is {f} thanks", "first name {f}", "it's {f} please", "sure, {f}", "{f}, thanks",
    "I'm {f}", "the name's {f}", "you can call me {f}", "{f} please", "ok it's {f}",
    "my first name's {f}", "first name is {f}", "{f}.", "yes, {f}", "it is {f}",
)
FIRST_FULL = (
    "{f} {l}", "my name is {f} {l}", "it's {f} {l}", "I'm {f} {l}", "{f} {l} please", "this is {f} {l}",
    "the name is {f} {l}", "{f} {l}, thanks", "full name {f} {l}", "my full name is {f} {l}",
)
LAST_ONLY = (
    "{l}", "my surname is {l}", "{l} is my last name", "it's {l}", "last name {l}", "the surname is {l} thanks",
    "family name {l}", "{l} please", "it's {l}, thanks", "my last name is {l}", "surname {l}",
    "the last name is {l}", "{l}, thank you", "sure, {l}", "my family name is {l}", "it is {l}",
    "{l} is my surname", "last name's {l}",
)
X_IS_MY_Y = {
    "phone_number": ("{n} is my cell", "{n} is my mobile", "{n} is my number", "{n} is my phone number",
                     "{n} is my work number", "{n} is my home phone", "{n} is my mobile number"),
    "first_name": ("{f} is my first name", "{f} is my given name", "{f} is my name", "{f} is my first name thanks"),
    "last_name": ("{l} is my surname", "{l} is my last name", "{l} is my family name", "{l} is my surname thanks"),
    "salutation": ("{t} is my title", "{t} is my salutation", "{t} is the title", "{t} is my title please"),
}
# Openers that only ask for something: greeting x request x object x tail.
OPENER_GREETINGS = ("", "hi, ", "hello, ", "hey ", "good morning, ", "hi there, ", "um, ", "ok so ", "yes hi, ",
                    "good afternoon. ", "hello there ", "hiya, ")
OPENER_REQUESTS = (
    "I'd like to save", "can you add", "please create", "I need to add", "I want to register", "save",
    "could you store", "take down", "I'd like to add", "can I create", "help me save", "I'd like to leave",
    "can you record", "please note down", "I need to enter", "let's add", "I wanna save", "would you save",
    "can you please put in", "I'd like to set up", "I want to create", "could you please add", "I have to save",
    "can we add", "please store",
)
OPENER_OBJECTS = (
    "my contact details", "a new contact", "a contact record", "a customer to the system", "my phone number",
    "a new entry", "this caller's details", "a number", "my details", "a contact", "a new customer",
    "a client's number", "my mobile number", "someone's contact info", "a new caller", "the customer's phone",
    "a contact for a customer", "my info", "a new lead", "my number", "a phone contact", "the caller's number",
    "a new record", "contact information", "a customer's details",
)
OPENER_TAILS = ("", " please", " for me", " thanks", " now", " in the system", " to the system", " if you can",
                " please, thanks", " today", " for me please", " to my account", "?", ".", " right now",
                " in the CRM", " for a customer")
OPENER_FIXED = (
    "I'd like to save my contact details", "can you add a new contact please", "please create a contact record",
    "hi, I need to add a customer to the system", "I want to register my phone number", "save a new entry for me",
    "could you store this caller's details", "take down a number", "new contact", "add contact",
    "create contact please", "save contact", "I want to save a contact", "contact please",
    "I need a new contact saved", "can you help me add a contact", "start a new contact",
)
OPENER_NUMBER_ONLY = (
    "can you save {n} for me", "please add {n} as a new contact", "save this number {n}", "new contact {n}",
    "I want to register my phone number {n}", "add {n} please", "please store {n}", "can you take down {n}",
    "save {n} to the system", "hi, can you save my number, it's {n}", "I'd like to save {n}",
    "new number to save: {n}", "could you add {n} for me please",
)
OPENER_DETAILS_FULL = (  # title, first, last: expect all three
    "hi, this is {t} {f} {l} and I want to leave my number", "I'm {t} {f} {l}, can you save my number",
    "my name is {t} {f} {l}", "hello, {t} {f} {l} here, please save my details", "this is {t} {f} {l}",
    "can you save a contact for {t} {f} {l}", "please add {t} {f} {l} as a contact",
    "new contact named {t} {f} {l}", "hi it's {t} {f} {l}, add me as a contact please",
    "I'd like to save a contact called {t} {f} {l}", "good morning, I'm {t} {f} {l}",
)
OPENER_DETAILS_NAME = (  # first, last, no title
    "hi, this is {f} {l} and I want to leave my number", "I'm {f} {l}, can you save my number",
    "my name is {f} {l}", "hello, {f} {l} here, please save my details", "this is {f} {l}, I'd like to save my contact details",
    "can you save a contact for {f} {l}", "please add {f} {l} as a contact", "new contact named {f} {l}",
    "hi it's {f} {l}, add me as a contact please", "add a contact called {f} {l}",
)
OPENER_DETAILS_FIRST = (  # first name only
    "my name is {f}", "hi, my name is {f} and I'd like to save my number", "hello, I'm {f}, can you add me",
    "this is {f}, please save my details", "my first name is {f}",
)
OPENER_DETAILS_PHONE = (  # name and number
    "my name is {f} {l} and my number is {n}", "please save {t} {f} {l} on {n}", "I'm {f} {l}, my number is {n}",
    "hi, this is {t} {f} {l}, you can reach me on {n}", "save {f} {l}, {n}", "add {t} {f} {l} with number {n}",
    "new contact: {f} {l}, {n}", "this is {f} {l} and my mobile is {n}", "can you save {t} {f} {l} {n}",
)
PASTES = (  # {tt}: the title as pasted (maybe with a period), "" when none
    "{tt}{f} {l} / {n}", "{tt}{f} {l}, tel {n}", "{tt}{f} {l} | mobile: {n}", "name: {f} {l}, phone: {n}",
    "{tt}{f} {l}; {n}", "{tt}{f} {l} - {n}", "{tt}{f} {l} tel: {n}", "{tt}{f} {l} phone {n}",
    "{tt}{f} {l}, mob {n}", "{tt}{f} {l} ph {n}", "{tt}{f} {l} {n}", "{tt}{f} {l}, {n}", "{tt}{f} {l} | {n}",
    "{tt}{f} {l}, mobile {n}", "{tt}{f} {l} / tel {n}", "Name: {tt}{f} {l} Phone: {n}", "{tt}{f} {l}\t{n}",
    "{tt}{f} {l} -- {n}", "{tt}{f} {l} (mobile {n})", "{tt}{f} {l}, phone: {n}",
)
PASTE_EXTENSIONS = (" ext {e}", " x{e}", " ext. {e}", ", ext {e}", " extension {e}", " x {e}")
READBACK_YES = (
    "yes", "Yes.", "yeah that's right", "correct, save it", "yep go ahead", "sure", "yes please", "that's correct",
    "yup", "right", "yes save it", "ok", "okay go ahead", "perfect, thanks", "all good", "looks good",
    "yes that's it", "absolutely", "please do", "go ahead", "that's right yes", "yeah", "correct", "yes, correct",
    "that's all correct", "yes it is", "yep", "sounds good", "yes, please save it", "right, thanks",
)
READBACK_NO = (
    "no", "No.", "nope that's wrong", "not quite", "no that's not right", "that's wrong", "no, wrong",
    "incorrect", "nah", "no it isn't", "that's not correct", "no, that's not it", "not right", "wrong",
    "nope", "no that's incorrect", "no, something's wrong", "that isn't right", "no, not quite", "not correct",
)
CORRECT_TITLE = ("actually it should be {t}", "make it {t}", "it's {t} not {t0}", "change the title to {t}",
                 "the title should be {t}", "can you make that {t}", "no, it's {t}", "actually, {t} please",
                 "title should be {t}", "sorry, it should be {t}")
CORRECT_ADD_EXTENSION = ("add extension {e}", "the extension is {e}", "please add ext {e}", "extension {e} please",
                         "can you add extension {e}", "there's an extension, {e}",
                         "add ext {e} please")
CORRECT_REMOVE_EXTENSION = ("remove the extension", "no extension", "drop the extension", "there's no extension",
                            "take off the extension", "delete the extension", "please remove the extension",
                            "no, without the extension")
CORRECT_LAST = ("no, my last name is {l}", "the surname should be {l}", "change the last name to {l}",
                "it's {l} not {l0}", "my surname is actually {l}", "actually my last name is {l}",
                "the last name is {l}", "last name should be {l}")
CORRECT_FIRST = ("the first name is {f} not {f0}", "change my first name to {f}", "actually my first name is {f}",
                 "first name should be {f}", "no, my first name is {f}", "it's {f} not {f0}",
                 "the first name should be {f}")
CORRECT_PHONE = ("change the number to {n}", "the number should be {n}", "actually my number is {n}",
                 "no, the phone number is {n}", "wrong number, it's {n}", "change my number to {n}",
                 "the phone number should be {n}")
