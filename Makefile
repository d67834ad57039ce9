# Two commands matter: `make run` and `make test`. Everything else is what they are made of.
PYTHON  ?= python3.10
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed-stamp
MODEL   := models/contact-bot.tar.gz
RASA_DATA := domain.yml config.yml $(wildcard data/*.yml)

.PHONY: setup train test test-unit test-http test-conversations run actions emulator bench validate clean

setup: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt .python-version
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

test: setup
	$(PY) -m pytest

bench: setup
	$(PY) -m bench

emulator: setup
	$(PY) -m emulator

actions: setup
	$(PY) -m rasa_sdk --actions actions

clean:
	rm -rf $(VENV) models .emulator .run
