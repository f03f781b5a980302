# Two entry points for a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench docs screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Set up, then start studybot: the bots whose tokens are set, else the console on the bundled deck.
run: $(STAMP)
	$(BIN)/studybot run

## Set up, then run linters, type checks and the whole test suite.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

## Regenerate docs/walkthroughs.md: three newcomers' first hour, played in the console.
docs: $(STAMP)
	$(BIN)/python scripts/walkthroughs.py

bench: $(STAMP)
	$(BIN)/python -m benchmarks

## Regenerate the dashboard screenshots in docs/ (needs Debian's chromium and chromium-driver).
screenshots: $(STAMP)
	$(BIN)/python scripts/dashboard_screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
