# Two commands for a new user:
#   make demo   set up a fresh machine, index corpus/, draft examples/ offline into out/report.docx
#   make test   set up (including headless Chromium and a CJK font) and run the tests
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test setup system-deps ui bench

demo: setup
	$(BIN)/drafter index corpus
	$(BIN)/drafter draft examples/facts.yaml -o out/report.docx --md out/report.md

test: setup system-deps
	$(BIN)/python -m pytest -q -p no:cacheprovider

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

system-deps:
	@bash scripts/system-deps.sh

ui: setup
	$(BIN)/drafter ui

bench: setup
	$(BIN)/python bench/retrieval.py
	$(BIN)/python bench/number_check.py
	$(BIN)/python bench/draft.py
	$(BIN)/python bench/readability.py
