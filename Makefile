# Every target sets up .venv by itself (Python 3.11+; nothing else needed on the machine).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
SEED := fixtures/seed-aggregator-nypost/input.txt
CORPUS ?= ../shared/corpus

.PHONY: demo test quality bench forms fuzz typecheck clean-venv

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

demo: $(VENV)/.installed  ## print the seed page's article as JSON
	$(PY) -m newsclean $(SEED)

test: $(VENV)/.installed  ## the whole test suite (slow tests included)
	$(PY) -m pytest

quality: $(VENV)/.installed  ## dev-corpus figures (text and HTML input), written into README.md
	$(PY) benchmarks/quality.py --corpus $(CORPUS) --write-readme

bench: $(VENV)/.installed  ## speed: pages/s, MB/s, ms/page, memory, scaling
	$(PY) -m pip install -q -e '.[bench]' || true
	$(PY) benchmarks/speed.py --corpus $(CORPUS)

forms: $(VENV)/.installed  ## body accuracy when the dev pages come wrapped, gapless, as Markdown
	$(PY) -m pip install -q -e '.[bench]' || true
	$(PY) benchmarks/input_forms.py --corpus $(CORPUS)

typecheck: $(VENV)/.installed  ## mypy --strict on newsclean/ and ruff on everything
	$(PY) -m pip install -q mypy ruff
	$(PY) -m mypy newsclean
	$(PY) -m ruff check newsclean tests tools benchmarks fuzz --select F,E9

fuzz: $(VENV)/.installed  ## coverage-guided fuzzing of clean() (atheris), 60 s; not in CI
	$(PY) -m pip install -q atheris
	mkdir -p fuzz/corpus && for d in fixtures/*/; do cp $$d/input.* fuzz/corpus/$$(basename $$d).in; done
	$(PY) fuzz/fuzz_clean.py -max_total_time=60 fuzz/corpus

clean-venv:
	rm -rf $(VENV)
