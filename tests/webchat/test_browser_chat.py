"""The web chat in a real browser: headless Chromium types a whole conversation into the
rasa-webchat widget, which talks to Rasa's socket.io channel; the read-back and the id of the
contact the emulator saved must show in the widget. A screenshot goes to .run/webchat.png.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Iterator

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from actions.catalogue import catalogue
from actions.catalogue import say as say_in
from actions.normalise import parse_phone
from actions.normalise.salutation import DEFAULT_SALUTATIONS, titles_choice
from actions.normalise.vocabulary import vocabulary
from emulator.process import EmulatorProcess
from tools.stack import ROOT, ActionServer, RasaServer, free_port
from tools.web_chat import WebChatServer

NUMBER = "+91 98765 43210"
EN = vocabulary("en")
MODEL = ROOT / "models" / "contact-bot.tar.gz"
SCREENSHOT = ROOT / ".run" / "webchat.png"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
# Flags for Chromium as root on a machine with no network but loopback.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=900,1000",
]
BOT_SAYS = ".rw-message .rw-response"
REPLY_SECONDS = 30


@pytest.fixture(scope="module")
def page_url(emulator_process: EmulatorProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: `make test` trains it first (or run `make train`)")
    work = tmp_path_factory.mktemp("webchat")
    actions = ActionServer(
        free_port(), {**emulator_process.client_env(), "CONTACT_DEFAULT_REGION": ""}, work / "actions.log"
    ).start()
    rasa_port = free_port()
    page = WebChatServer(f"http://127.0.0.1:{rasa_port}")
    # As `make web` runs it: CORS for the page's own origin only.
    rasa = RasaServer(rasa_port, MODEL, actions.url, work, work / "rasa.log", cors_origin=page.origin)
    try:
        rasa.start()
        with page:
            yield page.url
    finally:
        rasa.stop()
        actions.stop()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    for program in (CHROMIUM, CHROMEDRIVER):
        if not program.exists():
            pytest.fail(
                f"{program} is missing: `make setup-browser` installs Debian's chromium and chromium-driver"
            )
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(tmp_path / "profile", ignore_errors=True)


def bot_messages(driver: WebDriver) -> list[str]:
    """Read in one go in the page: the widget re-renders, so element handles go stale."""
    return driver.execute_script(  # the typing indicator is a bubble with no text
        "return Array.from(document.querySelectorAll(arguments[0]))"
        ".map(e => e.innerText.trim()).filter(t => t)",
        BOT_SAYS,
    )


def say(driver: WebDriver, text: str, until: str = "") -> str:
    """Type one message as a person would; return what the bot says back once it says ``until``."""
    before = len(bot_messages(driver))
    box = driver.find_element(By.CSS_SELECTOR, ".rw-new-message")
    box.send_keys(text)
    box.send_keys(Keys.ENTER)

    def answered(d: WebDriver) -> str:
        said = " ".join(bot_messages(d)[before:])
        return said if said and until in said else ""

    return WebDriverWait(driver, REPLY_SECONDS).until(
        answered, f"no answer to {text!r} with {until!r} in the widget"
    )


def test_a_whole_conversation_in_the_web_chat(
    page_url: str, browser: WebDriver, emulator: EmulatorProcess
) -> None:
    browser.get(page_url)
    WebDriverWait(browser, REPLY_SECONDS).until(lambda d: bot_messages(d), "the widget showed no greeting")
    for text in ["save a contact", "Dr", "Jane", "Smith"]:
        say(browser, text)
    read_back = say(browser, NUMBER, until=NUMBER)
    assert "Dr Jane Smith" in read_back, read_back
    told = say(browser, "yes", until="contact id")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    browser.save_screenshot(str(SCREENSHOT))

    conversation = browser.execute_script(
        "return Array.from(document.querySelectorAll('.rw-message')).map(e => e.innerText)"
    )
    (SCREENSHOT.parent / "webchat-conversation.txt").write_text("\n".join(conversation) + "\n")
    saved = emulator.contacts()
    assert len(saved) == 1, (saved, conversation)
    # the API keeps the country code in front of the number
    assert saved[0]["cellPhone"]["phoneNumber"] == parse_phone(NUMBER, words=EN).e164, (saved, conversation)
    contact_id = re.search(r"contact id is (\S+?)\.?$", told)
    assert contact_id, told
    assert contact_id.group(1) == saved[0]["id"], (told, saved)
    assert saved[0]["firstName"] == "Jane" and saved[0]["lastName"] == "Smith"


def test_a_spanish_page_is_answered_in_spanish_with_buttons(page_url: str, browser: WebDriver) -> None:
    """Issue 27: the page's lang goes to Rasa with each message (customData); every reply is Spanish,
    and the title question comes with buttons labelled as Spanish writes the titles."""
    browser.get(f"{page_url}?lang=es")
    greeting = catalogue("es")["utter_greet"]
    WebDriverWait(browser, REPLY_SECONDS).until(
        lambda d: greeting in bot_messages(d), "the widget showed no Spanish greeting"
    )
    question = say(browser, "guardar un contacto", until="tratamiento")  # read with the Spanish pack
    assert question == say_in("ask_salutation", "es", titles=titles_choice(DEFAULT_SALUTATIONS)), question
    buttons = WebDriverWait(browser, REPLY_SECONDS).until(
        lambda d: d.execute_script(
            "return Array.from(document.querySelectorAll('.rw-reply')).map(e => e.innerText.trim())"
        ),
        "the title question showed no buttons",
    )
    assert buttons[:3] == ["Sr.", "Sra.", "Srta."], buttons
    browser.save_screenshot(str(SCREENSHOT.with_name("webchat-es.png")))
