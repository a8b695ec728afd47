# Two entry points for a fresh machine (see README):
#   make serve   set up, then serve the site at http://127.0.0.1:8000 with live reload
#   make test    set up, then run the whole test suite
# Both create .venv/ inside the repo with a Python >= 3.12 and the pinned packages,
# and node_modules/ with the pinned front-end packages (Temml, the math font, axe-core, Lighthouse).

VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build test lint bench lighthouse search-eval clean

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt
	@command -v node >/dev/null || { echo "error: Node.js (node, npm) is required to render math at build time." >&2; exit 1; }
	@test -x $(PY) || "$$(tools/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

serve: setup
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: setup
	$(PY) -m mkdocs build --strict

test: setup lint
	$(PY) -m pytest

lint: setup
	$(PY) -m ruff check hooks solutions tools tests
	$(PY) -m mypy

bench: setup
	$(PY) -m tools.measure
	$(PY) -m tools.bench_solutions

lighthouse: setup
	$(PY) -m tools.lighthouse

search-eval: setup
	$(PY) -m tools.search_eval

clean:
	rm -rf site .cache
