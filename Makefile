# wirehouse: `make demo` sets everything up and runs the main job on the bundled sample;
# `make test` runs the test suite. Both create .venv and install the project on first use.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SCALE_STAMP := $(VENV)/.installed-scale-stamp
DEMO_DIR := out/demo

export DO_NOT_TRACK := 1
export OPENBLAS_NUM_THREADS := 1
export OMP_NUM_THREADS := 1
export MKL_NUM_THREADS := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: install demo test lint derive bench bench-full bi-check clean towns towns-inputs

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -m loaders.extraction.compiled  # the lookup tables, compiled once (README)
	touch $(STAMP)

WH = $(BIN)/wirehouse --db $(DEMO_DIR)/warehouse.duckdb
HEADLINE_SQL = SELECT actor_name, claimed_target_group, claimant_label, strike_reports, strike_incidents, \
	articles, first_report_date, last_report_date, killed_low, killed_high \
	FROM marts.mart_strike_counts_by_actor_and_claimed_target \
	ORDER BY strike_reports DESC, actor_name, claimed_target_group, claimant_label LIMIT 30

# The main job on the bundled sample corpus: load (with extraction), build and test the marts,
# publish the serving file, write the report, print the headline mart.
demo: $(STAMP)
	rm -rf $(DEMO_DIR) && mkdir -p $(DEMO_DIR)
	$(WH) init
	$(WH) load samples/
	$(WH) build --quiet
	@if $(WH) report --help >/dev/null 2>&1; then $(WH) report --output $(DEMO_DIR)/report.html; fi
	@echo
	@echo "Strike reports by actor, claimed target and claimant ($(DEMO_DIR)/serving.duckdb):"
	@$(WH) query "$(HEADLINE_SQL)"

# The `scale` extra (lake mode) for the lake tests; `make demo` does not need it.
$(SCALE_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,scale]'
	touch $(SCALE_STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m models.derive --check

# Rewrite what is derived from models/codes.py (dbt var `codes`, event_families.csv, README table).
derive: $(STAMP)
	$(BIN)/python -m models.derive

test: $(STAMP) $(SCALE_STAMP) lint
	bash .ci/ensure-chromium
	bash .ci/ensure-postgres
	$(BIN)/python -m pytest -q

# Performance figures with same-run baselines (tests/benchmarks/run.py; results in
# tests/benchmarks/RESULTS.md). bench-full adds the 100k-article load and build.
bench: $(STAMP)
	$(BIN)/python -m tests.benchmarks.run

bench-full: $(STAMP)
	$(BIN)/python -m tests.benchmarks.run --full

# The world's towns table (loaders/data/world/towns.tsv.gz, README "Towns and divisions of the
# whole world"): its Debian build inputs, then the rebuild. The shipped file is what runs; the
# rebuild from the same inputs gives the same bytes (`git status` shows no change).
TOWNS := loaders/data/world/towns.tsv.gz

towns-inputs:
	@if [ -e /usr/share/dict/american-english ] && [ -e /usr/share/iso-codes/json/iso_3166-2.json ]; \
	then echo "wamerican and iso-codes are installed"; \
	else apt-get update && apt-get install -y --no-install-recommends wamerican iso-codes; fi

towns: $(STAMP) towns-inputs
	$(BIN)/python -m loaders.extraction.build_towns $(TOWNS)
	$(BIN)/python -m loaders.extraction.compiled
	sha256sum $(TOWNS)

clean:
	rm -rf $(VENV) out dbt_project/target dbt_project/logs

# The README's BI recipes against the real clients (Python duckdb 1.0/1.1/2.0 with duckdb-engine,
# @duckdb/node-api, Evidence's DuckDB source, Apache Superset 6.1.0 through its REST API),
# installed from PyPI and npm into .cache/bi-check/. Heavy (Superset): not part of `make test`.
bi-check: $(STAMP)
	PYTHONUNBUFFERED=1 $(BIN)/python scripts/bi_check/run.py
