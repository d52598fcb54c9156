PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench eval snapshot clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Set up .venv and build a release from seeds/ into data/releases/
run: $(STAMP)
	$(BIN)/entente build --input seeds --releases data/releases
	$(BIN)/entente verify data/releases/latest

## Run all tests
test: $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check pipelines schemas tests $(wildcard bench)

## Score the coder on the project's own gold articles
eval: $(STAMP)
	$(BIN)/entente build --input tests/articles/dev --releases data/eval/dev
	$(BIN)/entente eval --gold tests/gold/dev --release data/eval/dev/latest

## Throughput and memory at growing corpus sizes
bench: $(STAMP)
	$(BIN)/python bench/run.py --sizes 1000 10000

## Rewrite schemas/snapshot/ after a reviewed schema change
snapshot: $(STAMP)
	$(BIN)/python -m entente.schemas.snapshot

clean:
	rm -rf $(VENV) data/releases data/eval data/bench
