# Two commands matter: `make run` and `make test`. Everything else is what they are made of.
PYTHON  ?= python3.10
VENV    := .venv
PY      := $(VENV)/bin/python
RASA    := $(VENV)/bin/rasa
STAMP   := $(VENV)/.installed-stamp
MODEL   := models/contact-bot.tar.gz
RASA_DATA := domain.yml config.yml $(wildcard data/*.yml)
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONWARNINGS := ignore::DeprecationWarning

.PHONY: setup train run test validate test-stories test-python actions emulator bench clean cluster cluster-packages

setup: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt .python-version
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

# Trains only when the domain, config or training data changed since the last model.
train: $(MODEL)

$(MODEL): $(STAMP) $(RASA_DATA)
	$(RASA) train --fixed-model-name contact-bot --out models

run: $(MODEL)
	$(PY) -m tools.run_bot

validate: $(STAMP)
	$(RASA) data validate --fail-on-warnings

test-stories: $(MODEL)
	$(RASA) test core --stories tests/stories --model $(MODEL) --fail-on-prediction-errors --out .run/results

test-python: $(MODEL) cluster-packages
	$(PY) -m pytest

test: validate test-stories test-python

bench: $(MODEL) cluster-packages
	$(PY) -m bench

# Two Rasa servers and two action servers behind nginx on port 5005, on Redis and PostgreSQL
# (cluster/ holds the configuration); Ctrl-C stops everything it started.
cluster: $(MODEL) cluster-packages
	$(PY) -m tools.cluster

# Debian's redis-server, postgresql and nginx for `make cluster` and tests/cluster/, if missing.
cluster-packages:
	@bash cluster/install-debian-packages.sh

emulator: setup
	$(PY) -m emulator

actions: setup
	$(PY) -m rasa_sdk --actions actions

clean:
	rm -rf $(VENV) models .emulator .run .cluster
