# Belonging Lab tasks. The README's two set-up commands are `make start` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8866
# The hub test's proxy (tests/hub/): JupyterHub's configurable-http-proxy from npm, project-local.
CHP_VERSION := 5.3.0
CHP := build/node/node_modules/.bin/configurable-http-proxy

.PHONY: start install test test-deps chromium poppler node lint bench bench-class clean

start: install  ## serve the suite through Voila at http://127.0.0.1:$(PORT)
	$(BIN)/belonging-lab serve --port $(PORT)

install: $(BIN)/belonging-lab

$(BIN)/belonging-lab: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

test: test-deps  ## install what the tests need and run them all
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

test-deps: install chromium poppler $(CHP)
	$(BIN)/python -m pip install --quiet -e '.[test]'

$(CHP): | node
	npm install --prefix build/node --no-audit --no-fund --loglevel=error \
	  configurable-http-proxy@$(CHP_VERSION)

node:  ## Debian's node and npm, for the hub test's proxy
	@command -v npm >/dev/null 2>&1 || \
	  { if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	    $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm; }

chromium:  ## Debian's chromium, never a browser download
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	    $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

poppler:  ## Debian's pdftotext, which the print tests read PDFs with
	@command -v pdftotext >/dev/null 2>&1 || \
	  { if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	    $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils; }

bench: test-deps  ## measure speed, memory and robustness (prints a table, writes build/bench.json)
	$(BIN)/python -m tests.bench $(BENCH_ARGS)

bench-class: test-deps  ## a class arriving at once: 1, 10 and 30 learners at module 01 beside the baseline
	$(BIN)/python -m tests.bench --class-load $(BENCH_ARGS)

lint: install
	$(BIN)/ruff check .

clean:
	rm -rf build .pytest_cache
