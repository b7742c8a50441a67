# Two commands for a new user:
#   make demo   set up a fresh machine, index corpus/, draft examples/ offline into out/report.docx
#   make test   set up (including headless Chromium and a CJK font) and run the tests
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test setup setup-llamacpp system-deps ui bench

demo: setup
	$(BIN)/drafter index corpus
	$(BIN)/drafter draft examples/facts.yaml -o out/report.docx --md out/report.md

test: setup setup-llamacpp system-deps
	$(BIN)/python -m pytest -q -p no:cacheprovider

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# The real-server test's llama.cpp, built from source the first time (several minutes on two
# cores; pip caches the wheel, so later installs take seconds). CPU only; GGML_NATIVE=OFF
# builds for the x86-64-v3 baseline (AVX2/FMA) instead of this machine's exact CPU, so a
# cached wheel also runs elsewhere; no multimodal library, tests, examples or tools.
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF -DLLAMA_BUILD_TESTS=OFF \
	-DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_BUILD_SERVER=OFF

setup-llamacpp: $(VENV)/.installed-llamacpp

$(VENV)/.installed-llamacpp: $(VENV)/.installed pyproject.toml
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=2 \
		$(BIN)/pip install -q -e '.[test,llamacpp]'
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
	$(BIN)/python bench/harvest.py
	$(BIN)/python bench/lastyear.py
	$(BIN)/python bench/scale.py
