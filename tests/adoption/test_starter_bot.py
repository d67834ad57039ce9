"""Adoption as a bot's author would do it: Rasa's starter bot gets the plugin by the README's steps.

The starter bot is the folder `rasa init --no-prompt` writes (`rasa.cli.scaffold.
create_initial_project`, which `rasa init` calls before training it); its own training is
skipped because the README's steps train it once, with the plugin. The bot's environment is a
fresh virtualenv that sees this repo's Rasa (a .pth file) but not this repo's source: the
plugin gets there only through the README's `pip install`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from actions.normalise import parse_phone
from actions.normalise.vocabulary import vocabulary
from emulator.process import EmulatorProcess
from tools.stack import ROOT, ActionServer, RasaServer, free_port

NUMBER = "+91 98765 43210"
EN = vocabulary("en")
README = ROOT / "README.md"
SECTION = "## Add contact capture to your bot"
REPO_PLACEHOLDER = "/path/to/rasa-contact-capture"
# The plugin's erasing store, by its installed name (docs/security.md).
INSTALLED_STORE = "contact_capture.channels.erasing_tracker_store.ErasingInMemoryTrackerStore"
STEPS_SECONDS = 1500  # pip install and one training of the starter bot with the plugin, on a busy machine


def readme_steps() -> str:
    """The first shell block of the README's adoption section, with this repo as the path."""
    section = README.read_text().split(SECTION, 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, f"no ```sh block under {SECTION!r} in README.md"
    return block.group(1).replace(REPO_PLACEHOLDER, str(ROOT))


def requirement_names(lines: list[str]) -> set[str]:
    return {
        re.split(r"[<>=!~;\s\[]", line.strip(), maxsplit=1)[0].lower().replace("_", "-")
        for line in lines
        if line.strip() and not line.strip().startswith("#")
    }


@dataclass
class AdoptedBot:
    folder: Path
    python: Path
    work: Path


def run_logged(args: list[str], log: Path, **kwargs: Any) -> None:
    with log.open("a") as out:
        done = subprocess.run(args, stdout=out, stderr=subprocess.STDOUT, **kwargs)
    assert done.returncode == 0, (
        f"{args} failed with {done.returncode}; see {log}:\n{log.read_text()[-4000:]}"
    )


@pytest.fixture(scope="module")
def adopted(tmp_path_factory: pytest.TempPathFactory) -> AdoptedBot:
    work = tmp_path_factory.mktemp("adoption")
    log = work / "steps.log"
    bot = work / "bot"
    venv = work / "venv"
    run_logged(
        [
            sys.executable,
            "-c",
            "import sys; from rasa.cli.scaffold import create_initial_project; "
            "create_initial_project(sys.argv[1])",
            str(bot),
        ],
        log,
    )
    run_logged([sys.executable, "-m", "venv", str(venv)], log)
    site = next((venv / "lib").glob("python*/site-packages"))
    (site / "rasa-from-the-dev-env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    rasa = venv / "bin" / "rasa"
    rasa.write_text(f'#!/bin/sh\nexec "{venv / "bin" / "python"}" -m rasa "$@"\n')
    rasa.chmod(0o755)
    env = {**os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}", "VIRTUAL_ENV": str(venv)}
    env.pop("PYTHONPATH", None)
    run_logged(
        ["bash", "-euo", "pipefail", "-c", readme_steps()], log, cwd=bot, env=env, timeout=STEPS_SECONDS
    )
    return AdoptedBot(bot, venv / "bin" / "python", work)


def test_the_wheel_holds_the_package_and_only_the_runtime_dependencies(adopted: AdoptedBot) -> None:
    probe = (
        "import json, contact_capture, contact_capture.normalise, contact_capture.agentassist, "
        "contact_capture.contact_form, contact_capture.contact_actions; "
        "from importlib.metadata import distribution; d = distribution('rasa-contact-capture'); "
        "print(json.dumps({'file': contact_capture.__file__, 'requires': d.requires}))"
    )
    out = subprocess.run(
        [str(adopted.python), "-c", probe], cwd=adopted.folder, check=True, capture_output=True, text=True
    ).stdout
    found = json.loads(out.strip().splitlines()[-1])  # importing the actions prints the settings check first
    assert Path(found["file"]).is_relative_to(adopted.work / "venv"), found["file"]
    runtime = requirement_names((ROOT / "requirements.txt").read_text().splitlines())
    assert requirement_names(found["requires"]) == runtime
    assert "rasa" not in runtime


def test_the_fragments_are_the_repo_s_own(adopted: AdoptedBot) -> None:
    """One copy of each fragment: the bot got exactly the files this repo trains with."""
    fragments = ROOT / "actions" / "fragments"
    pairs = [
        (fragments / "domain", adopted.folder / "domain"),
        (fragments / "data", adopted.folder / "data" / "contact_capture"),
    ]
    copied = 0
    for source, target in pairs:
        for fragment in source.glob("*.yml"):
            assert (target / fragment.name).read_text() == fragment.read_text(), fragment
            copied += 1
    assert copied >= 4


@dataclass
class Chat:
    rasa_url: str
    actions: ActionServer

    def say(self, sender: str, text: str) -> list[str]:
        body = json.dumps({"sender": sender, "message": text}).encode()
        request = urllib.request.Request(
            f"{self.rasa_url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=60) as answer:
            # The REST channel sends a response's image as a message of its own.
            return [m.get("text") or m.get("image", "") for m in json.loads(answer.read())]


@pytest.fixture(scope="module")
def chat(adopted: AdoptedBot, emulator_process: EmulatorProcess) -> Iterator[Chat]:
    models = sorted((adopted.folder / "models").glob("*.tar.gz"))
    assert len(models) == 1, models
    env = {**emulator_process.client_env(), "CONTACT_DEFAULT_REGION": ""}
    actions = ActionServer(
        free_port(),
        env,
        adopted.work / "actions.log",
        package="contact_capture",
        python=adopted.python,
        cwd=adopted.folder,
    ).start()
    rasa = RasaServer(
        free_port(),
        models[0],
        actions.url,
        adopted.work,
        adopted.work / "rasa.log",
        credentials=adopted.folder / "credentials.yml",
        cwd=adopted.folder,
        python=adopted.python,
        tracker_store=INSTALLED_STORE,
        package="contact_capture",
    )
    try:
        rasa.start()
        yield Chat(rasa.base_url, actions)
    finally:
        rasa.stop()
        actions.stop()


def starter_response(bot: Path, name: str) -> list[str]:
    """What the REST channel sends for one of the starter bot's responses: its text, then its image if any."""
    domain = yaml.safe_load((bot / "domain" / "domain.yml").read_text())
    response = domain["responses"][name][0]
    return [response["text"], *([response["image"]] if response.get("image") else [])]


def test_the_starter_bot_still_greets_and_cheers_up(adopted: AdoptedBot, chat: Chat) -> None:
    assert chat.say("mood", "hello there") == starter_response(adopted.folder, "utter_greet")
    assert chat.say("mood", "I am sad") == [
        *starter_response(adopted.folder, "utter_cheer_up"),
        *starter_response(adopted.folder, "utter_did_that_help"),
    ]
    assert chat.say("mood", "yes") == starter_response(adopted.folder, "utter_happy")


def test_the_starter_bot_saves_a_contact_and_tells_its_id(chat: Chat, emulator: EmulatorProcess) -> None:
    for text in ["save a contact", "Dr", "Jane", "Smith"]:
        assert chat.say("contact", text), f"no answer to {text!r}"
    read_back = " ".join(chat.say("contact", NUMBER))
    assert "Dr Jane Smith" in read_back and NUMBER in read_back, read_back
    told = " ".join(chat.say("contact", "yes"))
    saved = emulator.contacts()
    assert len(saved) == 1, saved
    assert (saved[0]["salutation"], saved[0]["firstName"], saved[0]["lastName"]) == ("Dr", "Jane", "Smith")
    assert saved[0]["cellPhone"]["phoneNumber"] == parse_phone(NUMBER, words=EN).e164  # as the API keeps it
    assert f"The contact id is {saved[0]['id']}" in told, told


def test_the_bots_config_gets_the_plugins_policy_beside_rasas_defaults(adopted: AdoptedBot) -> None:
    names = [p["name"] for p in yaml.safe_load((adopted.folder / "config.yml").read_text())["policies"]]
    assert names[-1] == "contact_capture.channels.contact_details_policy.ContactDetailsPolicy"
    assert {"RulePolicy", "MemoizationPolicy", "TEDPolicy"} <= set(names)


def test_an_agents_pastes_one_after_another_are_each_saved(chat: Chat, emulator: EmulatorProcess) -> None:
    pastes = [
        ("Mr John Doe +91 98765 43210", "Mr John Doe, +91 98765 43210"),
        ("and Dr Amit Patel +91 98765 00303", "Dr Amit Patel, +91 98765 00303"),
    ]
    for paste, read_back in pastes:
        heard = " ".join(chat.say("agent", paste))
        assert read_back in heard, heard
        assert "The contact id is" in " ".join(chat.say("agent", "yes"))
    saved = sorted((c["firstName"], c["cellPhone"]["phoneNumber"]) for c in emulator.contacts())
    assert saved == [("Amit", "+919876500303"), ("John", "+919876543210")]


def test_the_installed_plugin_guards_the_action_server_and_erases(
    chat: Chat, emulator: EmulatorProcess
) -> None:
    """The installed distribution brings rasa_sdk_plugins (the token guard) and its erasing tracker store."""
    forged = json.dumps({"next_action": "action_create_contact", "tracker": {"sender_id": "x"}}).encode()
    request = urllib.request.Request(
        chat.actions.url, data=forged, headers={"Content-Type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 401
    assert chat.say("forget", f"save Dr Jane Smith {NUMBER}")
    assert chat.say("forget", "cancel") == [
        "OK, I've cancelled that and erased the details you gave from this conversation."
    ]
