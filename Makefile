# Two commands: `make run` serves the site on SQLite at http://127.0.0.1:8000, `make test` runs the suite.
# PYTHON=/path/to/python3.12 overrides the interpreter search.

SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

# The first Python >= 3.12 found: $(PYTHON), python3.13/3.12/python3 on PATH, then pyenv's versions.
PYTHON ?= $(shell for c in python3.13 python3.12 python3 $$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do \
	command -v $$c >/dev/null 2>&1 && $$c -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && { command -v $$c; break; }; done)

.PHONY: run test lint bench messages clean

$(BIN)/.installed: requirements.txt requirements-dev.txt
	@if [ -z "$(PYTHON)" ]; then echo "Python 3.12 or newer is needed (Django 6); none found. Install one or run: make PYTHON=/path/to/python3.12 ..."; exit 1; fi
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $@

messages: $(BIN)/.installed
	DEBUG=true $(BIN)/python manage.py compilemessages --ignore '.venv/*' --verbosity 0

run: $(BIN)/.installed messages
	DEBUG=true $(BIN)/python manage.py migrate --noinput
	DEBUG=true $(BIN)/python manage.py createcachetable
	DEBUG=true $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	DEBUG=true $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(BIN)/.installed messages
	DEBUG=true $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	DEBUG=true $(BIN)/python manage.py createcachetable
	$(BIN)/pytest $(PYTEST_ARGS)

# Code health, as CI runs it: lint (errors, import order, bug patterns), the formatting, and types.
lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DEBUG=true $(BIN)/mypy

bench: $(BIN)/.installed
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
