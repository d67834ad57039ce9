# Two commands matter: `make run` and `make test`. Everything else is what they are made of.
PYTHON  ?= python3.10
VENV    := .venv
PY      := $(VENV)/bin/python
# The rasa command, without the libraries' deprecation noise (tools/quiet.py).
RASA    := $(PY) -m tools.rasa_cli
STAMP   := $(VENV)/.installed-stamp
MODEL   := models/contact-bot.tar.gz
# The bot is this repo's demo parts (domain.yml, data/) plus the plugin's fragments, the same
# files `python -m contact_capture.add_to_bot` gives other bots (README). Rasa reads one domain
# path, so BOT_DOMAIN is a folder of links to both domain files: no copy to keep in sync.
FRAGMENTS := actions/fragments
BOT_DOMAIN := .run/domain
RASA_FILES := --domain $(BOT_DOMAIN) --data data $(FRAGMENTS)/data
RASA_DATA := domain.yml config.yml $(wildcard data/*.yml) $(wildcard $(FRAGMENTS)/*/*.yml)
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
# Rasa's telemetry is off in everything started here; `RASA_TELEMETRY_ENABLED=true make ...` turns it on.
export RASA_TELEMETRY_ENABLED ?= false
export PYTHONWARNINGS := ignore::DeprecationWarning

WEBCHAT_STAMP := webchat/node_modules/.installed-stamp
# apt-get needs root; elsewhere sudo asks.
SUDO    := $(shell test "$$(id -u)" = 0 || echo sudo)

.PHONY: setup setup-browser bot-domain train run web call test validate lint test-stories test-python actions emulator bench wheel clean cluster cluster-packages purge

setup: $(STAMP) $(WEBCHAT_STAMP)

$(STAMP): requirements.txt requirements-dev.txt .python-version
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

# The rasa-webchat widget for `make web`, from the npm registry at the versions of the lock file.
# Its peer dependencies (webpack and the like) are for building it, not for its bundle.
$(WEBCHAT_STAMP): webchat/package.json webchat/package-lock.json
	cd webchat && npm ci --omit=peer --no-audit --no-fund --loglevel=error
	@touch $@

# Debian's Chromium and its driver, for the web chat test in a real browser.
setup-browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium chromium-driver; }

# Trains only when the domain, config or training data changed since the last model.
train: $(MODEL)

$(MODEL): $(STAMP) $(RASA_DATA) | bot-domain
	$(RASA) train $(RASA_FILES) --fixed-model-name contact-bot --out models

bot-domain:
	@mkdir -p $(BOT_DOMAIN)
	@ln -sfn ../../domain.yml $(BOT_DOMAIN)/domain.yml
	@ln -sfn ../../$(FRAGMENTS)/domain/contact_capture.yml $(BOT_DOMAIN)/contact_capture.yml

run: $(MODEL)
	@$(PY) -m tools.run_bot

# The same bot in a browser: prints the web chat's address (http://127.0.0.1:8080/).
web: $(MODEL) $(WEBCHAT_STAMP)
	@$(PY) -m tools.web_bot

# A phone call without Twilio: the voice stack on loopback and a terminal phone that signs its posts
# like Twilio (docs/voice.md). Words are speech, `keys: 98765 43210#` the keypad, an empty line silence.
# `make call LANG=es` (fr, de) calls the number the stack gives that language: the call is in Spanish.
call: $(MODEL)
	@$(if $(filter command line,$(origin LANG)),CALL_LANGUAGE='$(LANG)' LANG=C.UTF-8,) $(PY) -m tools.phone_call

validate: $(STAMP) bot-domain
	$(RASA) data validate $(RASA_FILES) --fail-on-warnings

test-stories: $(MODEL)
	$(RASA) test core --stories tests/stories --model $(MODEL) --fail-on-prediction-errors --out .run/results

test-python: $(MODEL) $(WEBCHAT_STAMP) setup-browser cluster-packages
	$(PY) -m pytest

# ruff (its rules and line length in pyproject.toml) over the whole repo, mypy over the plugin (actions/).
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check --quiet .
	$(PY) -m mypy

test: validate lint test-stories test-python

# The plugin's wheel (dist/rasa_contact_capture-*.whl), for bots that install it from a file.
wheel: $(STAMP)
	$(PY) -m pip wheel --no-deps -q -w dist .

bench: $(MODEL) cluster-packages
	$(PY) -m bench

# Two Rasa servers and two action servers behind nginx on port 5005, on Redis and PostgreSQL
# (cluster/ holds the configuration); Ctrl-C stops everything it started.
cluster: $(MODEL) cluster-packages
	$(PY) -m tools.cluster

# Deletes conversations idle longer than CONTACT_RETENTION_DAYS (default 30) from the cluster's
# PostgreSQL (cluster/endpoints.yml and the CLUSTER_POSTGRES_* variables); the cluster also runs it.
purge: $(STAMP)
	$(PY) -m tools.purge

# Debian's redis-server, postgresql and nginx for `make cluster` and tests/cluster/, if missing.
cluster-packages:
	@bash cluster/install-debian-packages.sh

emulator: setup
	$(PY) -m emulator

actions: setup
	$(PY) -m tools.secret_env rasa_sdk --actions actions

clean:
	rm -rf $(VENV) models .emulator .run .cluster webchat/node_modules build dist *.egg-info
