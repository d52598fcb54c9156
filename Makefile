PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint eval bench snapshot clean

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

## Score the coder on the gold corpus (each split of tests/corpus)
eval: $(STAMP)
	for split in dev heldout unseen unseen2 unseen3 unseen4 unseen5 unseen6 unseen7 unseen8; do $(BIN)/entente eval --input tests/corpus/$$split/articles --gold tests/corpus/$$split/gold || exit 1; done

## Throughput and peak memory at N = 1,000 and 10,000 articles
bench: $(STAMP)
	$(BIN)/python bench/run.py --sizes 1000 10000

lint: $(STAMP)
	$(BIN)/ruff check pipelines schemas tests $(wildcard bench)

## Rewrite schemas/snapshot/ after a reviewed schema change
snapshot: $(STAMP)
	$(BIN)/python -m entente.schemas.snapshot

clean:
	rm -rf $(VENV) data/releases data/eval data/bench
