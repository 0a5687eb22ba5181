# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PG_URL ?= postgres://postgres@127.0.0.1:5432/factcheck
DEV := DEBUG=1

.PHONY: install run test test-sqlite test-postgres migrate evaluate lint clean

$(STAMP): requirements.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $(STAMP)

install: $(STAMP)

migrate: install
	$(DEV) $(BIN)/python manage.py migrate --no-input

run: migrate
	$(DEV) $(BIN)/python manage.py load_seeds
	@echo ""
	@echo "  factcheck is starting: open http://127.0.0.1:8000/admin/ (Ctrl-C stops web, worker and beat)"
	@echo ""
	PATH="$(CURDIR)/$(BIN):$$PATH" $(DEV) $(BIN)/honcho start -f Procfile.dev

test: test-sqlite test-postgres

test-sqlite: install
	$(BIN)/python -m pytest

# The database tests again, on PostgreSQL, each run in its own test database.
test-postgres: install
	@status=0; $(BIN)/python -m tests.services postgres || status=$$?; \
	if [ $$status -eq 0 ]; then \
		DATABASE_URL=$(PG_URL)_$$$$ $(BIN)/python -m pytest -m database; \
	elif [ $$status -ne 1 ]; then exit $$status; fi

lint: install
	$(BIN)/python -m ruff check .

clean:
	rm -rf $(VENV) var
