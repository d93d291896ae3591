# dateline: `make demo` and `make test` work on a fresh machine with Python 3.11+ and make.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SERVE  ?= yes
DB     ?= dateline.db

.PHONY: demo test install dev check lint bench clean

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=26" "uv==0.13.9"

$(VENV)/.installed: $(BIN)/uv requirements/lock.txt pyproject.toml
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements/lock.txt
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $@

$(VENV)/.dev: $(VENV)/.installed requirements/dev.txt
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements/dev.txt
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev

demo: install
	$(BIN)/dateline demo --db $(DB) $(if $(filter no,$(SERVE)),--no-serve,)

test: dev
	$(BIN)/python -m pytest -q

check: dev
	$(BIN)/ruff format --check dateline tests benchmarks scripts
	$(BIN)/ruff check dateline tests benchmarks scripts
	$(BIN)/mypy

bench: install
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements/bench.txt
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/pubdate.py

clean:
	rm -rf $(VENV) dateline.db dateline.db-wal dateline.db-shm
