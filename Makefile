# Two commands matter: `make run` (start the dashboard) and `make test` (run every test).
# Both install what they need first.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.requirements-installed
PORT ?= 8501
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install data refresh run replicas haproxy test test-fast browser clean

$(STAMP): requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(VENV)/bin/pip install --disable-pip-version-check -q -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

data: install  ## validate data/sources and rebuild the Parquet files
	$(PY) -m gapboard.build

refresh: install  ## bring every public dataset up to date (ARGS="--dry-run", ARGS="openhands-index --from DIR", …)
	$(PY) -m gapboard.refresh $(ARGS)

run: data  ## start the dashboard on http://localhost:$(PORT)
	$(PY) -m streamlit run app.py --server.port $(PORT)

N ?= 2
replicas: data haproxy  ## N app replicas behind HAProxy on http://localhost:$(PORT) (all read GAPBOARD_DATA_DIR)
	$(PY) -m gapboard.serve --replicas $(N) --port $(PORT)

haproxy:  ## Debian's HAProxy, for the replicas (and their test)
	@command -v haproxy >/dev/null 2>&1 || test -x /usr/sbin/haproxy || { $(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends haproxy; }

browser:  ## Debian's Chromium for the browser tests, and a CJK font so Korean screenshots show Hangul
	@test -x $(CHROMIUM) && fc-list | grep -qi "Noto Sans CJK" || { $(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk; }

test: data browser haproxy  ## every test: logic, AppTest pages and Chromium browser tests, on two workers
	$(PY) -m pytest -n 2 --dist load

test-fast: data  ## the core, db and views tests only (no pages, no browser): under a minute
	$(PY) -m pytest tests/core tests/db tests/views tests/test_layers.py

clean:
	rm -rf data/built test-results .pytest_cache
