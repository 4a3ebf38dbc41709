# Quick start: `make run` converts a bundled example, `make test` runs the whole suite.
# Both create .venv and install the project into it on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXAMPLE ?= examples/jarvela-kaupunginhallitus-2025-03.pdf

.PHONY: install compile run test lint format golden examples schema bench clean

# compat mode: the editable install is a plain path entry, not an import hook that every
# start-up of every Python in the venv would pay for (about 14 ms).
# Recipes that `make run` goes through say what they do on stderr: its stdout is the YAML alone.
$(STAMP): pyproject.toml
	@echo "creating $(VENV) and installing minutes-cli into it" >&2
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]' --config-settings editable_mode=compat >&2
	@touch $(STAMP)

# Byte-compile the package: the command runs once per file in shell loops, and an editable
# install under PYTHONDONTWRITEBYTECODE would otherwise compile every module on every run.
compile: $(STAMP)
	@$(BIN)/python -m compileall -q minutes_cli >&2

install: $(STAMP)

run: compile
	@echo "$(BIN)/minutes parse $(EXAMPLE) --summary" >&2
	@$(BIN)/minutes parse $(EXAMPLE) --summary

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Rewrite the expected outputs of the examples from the current converter; review with git diff.
golden: $(STAMP)
	UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_golden.py
	git diff --stat -- examples

# Regenerate the example PDFs from their text sources.
examples: $(STAMP)
	$(BIN)/python scripts/make_examples.py

# Regenerate the published JSON Schema from the model.
schema: $(STAMP)
	$(BIN)/python scripts/make_schema.py

bench: compile
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
