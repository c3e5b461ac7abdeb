# Everything a fresh machine with python3 (>= 3.11) and make needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: run test bench package test-package clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Roundtable needs Python 3.11 or newer; found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV): on Debian/Ubuntu install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

# The compiled translations are built, not committed.
QM := resources/translations/roundtable_da.qm resources/translations/roundtable_en.qm

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM)
	$(BIN)/roundtable

test: $(STAMP) $(QM)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

# PyInstaller is needed only here, so `make test` does not install it.
$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,package]'
	@touch $@

# The app as a folder for this system: dist/roundtable/ (and dist/Roundtable.app on macOS).
package: $(PACKAGE_STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/roundtable.spec

# Builds the package (through `make package`) and runs the built program: about 25 s.
test-package: $(PACKAGE_STAMP) $(QM)
	$(BIN)/python -m pytest -q -m package
	@du -sh dist/roundtable | sed 's/^/size of the build: /'

bench: $(STAMP) $(QM)
	$(BIN)/python tests/benchmarks/bench_store.py
	$(BIN)/python tests/benchmarks/bench_app.py
	$(BIN)/python tests/benchmarks/bench_minutes.py
	$(BIN)/python tests/benchmarks/bench_insights.py
	$(BIN)/python tests/benchmarks/bench_sync.py
	$(BIN)/python tests/benchmarks/bench_report.py
	$(BIN)/python tests/benchmarks/bench_presenter.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis $(QM)
