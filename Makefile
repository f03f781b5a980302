# Two entry points for a fresh machine with Python 3.11+: `make run` and `make test`.
#
# Installs come from the lockfiles (requirements-dev.lock here, requirements.lock in the image);
# pyproject.toml keeps the compatible ranges. After adding a dependency to pyproject.toml, run
# `make lock` and commit both lockfiles (tests/unit/test_lockfile.py fails while they disagree).
#
# The install uses uv when it can (several times faster than pip): the one on PATH, else the uv
# pinned in the lock, fetched by this Python's pip into the venv (.venv/bin/uv). If uv cannot be had
# or fails, pip does it all. The venv gets pip only when pip installs it (ensurepip alone costs
# about 4 CPU-s): with uv, use `.venv/bin/uv pip install --python .venv/bin/python …`.
# uv installs without bytecode, and every target here lets Python write it (PYTHONDONTWRITEBYTECODE
# is cleared for the processes make starts): each library module is compiled the first time
# anything imports it, once. Otherwise, where PYTHONDONTWRITEBYTECODE is set (as here and in CI),
# every process the tests start would compile the libraries from source again (about 2 CPU-s
# each); compiling all of site-packages at install (uv --compile-bytecode) cost 11 CPU-s, most of
# it for modules nothing imports (numpy's tests, mypy, fontTools, pygments …).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock
DEV_LOCK := requirements-dev.lock
UV_PIN := $(shell sed -n 's/^uv==\([0-9.]*\).*/\1/p' $(DEV_LOCK))
# Test processes (pytest-xdist): two per core. Many tests spend most of their time waiting on
# processes they started, sockets or timers: with one per core a fresh-clone `make test` kept the
# two cores only 62% busy. PYTEST_WORKERS=auto runs one per core, PYTEST_WORKERS=0 one process.
CORES := $(shell nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
PYTEST_WORKERS ?= $(shell echo $$(( $(CORES) * 2 )))
# Extra flags for `make lock`, e.g. LOCK_FLAGS=--upgrade to move every pin to the newest release.
LOCK_FLAGS ?=
LOCK_COMPILE = pip compile pyproject.toml --universal --python-version 3.11 --quiet \
	--custom-compile-command "make lock" $(LOCK_FLAGS)

export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PYTHONDONTWRITEBYTECODE :=

.PHONY: run test typecheck test-cache lint bench lock docs screenshots clean

$(STAMP): pyproject.toml $(DEV_LOCK)
	$(PYTHON) -m venv --without-pip $(VENV)
	@uv=$$(command -v uv || true); \
	if [ -z "$$uv" ] && [ -n "$(UV_PIN)" ]; then \
	    if PIP_ROOT_USER_ACTION=ignore $(PYTHON) -m pip install --quiet \
	            --target $(VENV)/uv-bootstrap "uv==$(UV_PIN)" 2>/dev/null; then \
	        ln -sf ../uv-bootstrap/bin/uv $(BIN)/uv && uv=$(BIN)/uv; \
	    elif $(BIN)/python -m ensurepip --default-pip >/dev/null \
	            && $(BIN)/python -m pip install --quiet "uv==$(UV_PIN)"; then uv=$(BIN)/uv; fi; \
	fi; \
	if [ -n "$$uv" ] \
	    && echo "installing $(DEV_LOCK) with $$uv" \
	    && "$$uv" pip install --quiet --python $(BIN)/python -r $(DEV_LOCK) \
	    && "$$uv" pip install --quiet --python $(BIN)/python --no-deps \
	        --config-settings editable_mode=compat -e .; then :; \
	else \
	    echo "installing $(DEV_LOCK) with pip" \
	    && { [ -x $(BIN)/pip ] || $(BIN)/python -m ensurepip --default-pip >/dev/null; } \
	    && $(BIN)/python -m pip install --quiet -r $(DEV_LOCK) \
	    && $(BIN)/python -m pip install --quiet --no-deps \
	        --config-settings editable_mode=compat -e .; \
	fi
	touch $(STAMP)

## Set up, then start studybot: the bots whose tokens are set, else the console on the bundled deck.
run: $(STAMP)
	$(BIN)/studybot run

## Set up, then run linters, type checks and the whole test suite (in parallel: pytest-xdist).
## CI runs exactly this (`bash .ci/run`); pytest's exit code 5 (no test ran) fails it like any other.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@# Our sources compiled once up front (the libraries are, as the tests first import them).
	$(BIN)/python -m compileall -q bot knowledge adapters tests benchmarks
	@# mypy keeps one core busy; meanwhile the other fills pytest's cache of rewritten test modules.
	@$(MAKE) --no-print-directory -j2 typecheck test-cache
	@# worksteal: a worker that runs out of tests takes some of the other's, so no slow file ends last.
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist worksteal

typecheck: $(STAMP)
	$(BIN)/mypy

# pytest rewrites the asserts of each test module as it imports it, in every worker (about 4 CPU-s
# per process for this suite), and keeps the result only where it may write bytecode. One collection
# with writing allowed caches it for the workers. Its output is dropped: the real run reports the
# same collection errors, if any.
test-cache: $(STAMP)
	@$(BIN)/python -m pytest --collect-only -qq -p no:cacheprovider \
	    >/dev/null 2>&1 || true

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

## Regenerate docs/walkthroughs.md: three newcomers' first hour, played in the console.
docs: $(STAMP)
	$(BIN)/python scripts/walkthroughs.py

bench: $(STAMP)
	$(BIN)/python -m compileall -q bot knowledge adapters benchmarks
	$(BIN)/python -m benchmarks

## Re-resolve both lockfiles from pyproject.toml (existing pins are kept where they still fit).
lock: $(STAMP)
	$(BIN)/uv $(LOCK_COMPILE) --extra dev -o $(DEV_LOCK)
	$(BIN)/uv $(LOCK_COMPILE) -c $(DEV_LOCK) -o $(LOCK)
	$(MAKE) $(STAMP)

## Regenerate the dashboard screenshots in docs/ (needs Debian's chromium and chromium-driver).
screenshots: $(STAMP)
	$(BIN)/python scripts/dashboard_screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
