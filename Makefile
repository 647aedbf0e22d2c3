# The two commands: `make run` starts the app, `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint demo clean screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.run-installed

run: $(VENV)/.run-installed
	$(BIN)/streamlit run app.py

test: $(VENV)/.dev-installed
	$(BIN)/python -m pytest

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/vulture

demo: $(VENV)/.run-installed
	$(BIN)/python -m analytics demo --db data/cockpit.duckdb

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

screenshots: $(VENV)/.dev-installed
	COCKPIT_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest tests/test_browser.py -k "every_page" -q
