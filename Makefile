# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
# `make down` stops the local stack they started.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
WIRE   ?=

.PHONY: install demo test unit integration lint bench down clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/wirepipe demo $(if $(WIRE),--wire $(WIRE))

# Lint, unit and property tests, then integration tests against real Kafka and
# Elasticsearch (started here unless KAFKA_BOOTSTRAP / ES_URL point elsewhere).
test: install lint
	$(BIN)/python -m pytest -q -ra

unit: install
	$(BIN)/python -m pytest -q -m "not integration"

integration: install
	$(BIN)/python -m pytest -q -ra -m integration

lint: install
	$(BIN)/ruff check pipeline tests benchmarks
	$(BIN)/mypy

bench: install
	$(BIN)/python benchmarks/bench_clean.py
	$(BIN)/python benchmarks/bench_entities.py
	$(BIN)/python benchmarks/bench_dedup.py
	$(BIN)/wirepipe bench --stories 300 --burst 500 --steady-seconds 10 --skip dedup

down:
	@if [ -x $(BIN)/wirepipe ]; then $(BIN)/wirepipe stack down; else echo "nothing installed, nothing to stop"; fi

clean: down
	rm -rf $(VENV) .stack .pytest_cache .ruff_cache .hypothesis
