# AMHK Academie — two commands: `make demo` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export DJANGO_SETTINGS_MODULE := elearning.settings

# A Python >= 3.12: on PATH, else one installed by pyenv (these machines' python3 is 3.11).
PYTHON_CANDIDATES := python3.13 python3.12 $(wildcard $(HOME)/.pyenv/versions/3.13*/bin/python3) \
	$(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3) python3
FIND_PYTHON := for c in $(PYTHON_CANDIDATES); do \
	  if command -v $$c >/dev/null 2>&1 && $$c -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then \
	    echo $$c; break; fi; done

.PHONY: demo test install serve migrate seed lint lock clean-db messages help

help:
	@echo "make demo   venv, install, migrate, demo data, serve on http://127.0.0.1:$(PORT)"
	@echo "make test   the whole test suite"
	@echo "make backup / make restore ARCHIVE=...   database and media in one archive (see README)"
	@echo "make audit  known vulnerabilities in the locked requirements (pip-audit; needs internet)"

$(VENV)/.installed: requirements.lock package.json package-lock.json
	@PYBIN=$$($(FIND_PYTHON)); \
	if [ -z "$$PYBIN" ]; then \
	  echo "AMHK Academie needs Python 3.12 or newer; none was found (tried: $(PYTHON_CANDIDATES))." >&2; \
	  echo "Install one (for example 'pyenv install 3.12') and run make again." >&2; exit 1; fi; \
	if [ -x $(PY) ] && ! $(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)'; then \
	  echo "Removing $(VENV): it was built with a Python older than 3.12."; rm -rf $(VENV); fi; \
	[ -x $(PY) ] || { echo "Creating $(VENV) with $$PYBIN"; $$PYBIN -m venv $(VENV); }
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	npm ci --no-audit --no-fund --silent
	@touch $@

install: $(VENV)/.installed

messages: install
	DEBUG=true $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0

migrate: install messages
	@mkdir -p var
	DEBUG=true $(PY) manage.py migrate --noinput -v 0

seed: migrate
	DEBUG=true $(PY) manage.py seed_demo

demo: seed
	@echo ""
	@echo "AMHK Academie draait op http://127.0.0.1:$(PORT)  (stoppen: Ctrl+C)"
	@echo "Demo-accounts, wachtwoord Veilig-Thuis-2026:"
	@echo "  medewerker@demo.example          medewerker, Groningen"
	@echo "  trainer@demo.example             trainer (CMS op /cms/)"
	@echo "  manager.groningen@demo.example   manager Groningen"
	@echo "  manager.utrecht@demo.example     manager Utrecht"
	@echo "  programma@demo.example           programmamedewerker (landelijk)"
	@echo "  admin@demo.example               beheerder (superuser)"
	@echo ""
	DEBUG=true REQUIRE_STAFF_MFA=false $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install messages
	@mkdir -p var
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .

# Known vulnerabilities in requirements.lock (pip-audit, see .ci/audit.py). Run before every release:
# it fails on a vulnerable pin and also when the vulnerability data could not be reached.
# CI runs it with AUDIT_ARGS=--allow-unreachable (its machine reaches a package mirror only).
.PHONY: audit
audit: install
	$(PY) .ci/audit.py $(AUDIT_ARGS) requirements.lock

lock: install
	$(VENV)/bin/pip-compile --quiet --strip-extras --extra dev --no-emit-index-url --no-emit-find-links \
	  --output-file requirements.lock pyproject.toml

clean-db:
	rm -f var/amhk.sqlite3* var/test_amhk.sqlite3*

# Backup and restore (README, "Backup and restore"): `make backup [OUTPUT=dir]`,
# `make restore ARCHIVE=path [REPLACE=1] [YES=1]`. Production runs them with its own environment
# (DATABASE_URL, MEDIA_ROOT, SECRET_KEY, DEBUG=false); without one, DEBUG defaults to true: the
# embedded mode. No `install` prerequisite: a nightly backup from cron must never reinstall packages.
.PHONY: backup restore
backup:
	DEBUG=$${DEBUG:-true} $(PY) manage.py backup $(if $(OUTPUT),--output "$(OUTPUT)")

restore:
	@if [ -z "$(ARCHIVE)" ]; then \
	  echo "Gebruik: make restore ARCHIVE=var/backups/amhk-backup-<tijd>.tar.gz [REPLACE=1] [YES=1]" >&2; exit 2; fi
	DEBUG=$${DEBUG:-true} $(PY) manage.py restore "$(ARCHIVE)" $(if $(REPLACE),--replace) $(if $(YES),--yes)
