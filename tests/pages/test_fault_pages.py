"""Faults in the data folder: every page shows one clear page naming the problem and the command that fixes
it, never a traceback; damage the app can repair from its sources is repaired before any page runs.

One DuckDB connection holds every built table and all pages share it, and a build is only used whole
(never stale against its sources, never partly loaded), so a fault the app cannot repair stops every
page rather than only the pages that read the damaged table.
"""
import shutil

import pytest
from streamlit.testing.v1 import AppTest

from gapboard.build.config import DATA_DIR_ENV
from gapboard.build.manifest import read_manifest
from gapboard.ui.registry import PAGES
from gapboard.views import cache
from tests.support.data import edit_csv
from tests.support.pages import open_page

FAULT_TITLE = "The data could not be loaded"


def _fault_page(page_file: str = "pages/overview.py") -> tuple[AppTest, str]:
    """The app opened on a page; returns it and everything the fault page lists, as one text."""
    at = open_page(page_file)
    assert not at.exception
    assert at.title[0].value == FAULT_TITLE
    assert not at.dataframe and not at.get("vega_lite_chart")
    assert at.error and "problem(s) with its data" in at.error[0].value
    assert any(m.value == "Fix, then run: `make data`" for m in at.markdown)
    return at, "\n".join([at.code[0].value, *(c.value.replace("\\", "") for c in at.caption)])  # captions are escaped


def _shuffled_hash(paths, table: str) -> None:
    """Edit the manifest so one table's recorded hash no longer matches its file (sizes still match)."""
    text = paths.manifest.read_text()
    digest = read_manifest(paths).tables[table].sha256
    paths.manifest.write_text(text.replace(digest, digest[::-1]))


@pytest.mark.parametrize("page_info", PAGES, ids=[p.title for p in PAGES])
def test_a_missing_data_folder_names_the_folder_and_the_command(tmp_path, monkeypatch, page_info):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "nowhere"))
    cache.clear()
    _, listed = _fault_page(page_info.file)
    assert f"the data sources folder {tmp_path / 'nowhere' / 'sources'} is missing" in listed
    assert "no build found" in listed


def test_a_truncated_parquet_without_sources_names_the_table(private_data):
    scores = private_data.built / read_manifest(private_data).tables["scores"].file
    scores.write_bytes(scores.read_bytes()[:200])
    shutil.rmtree(private_data.sources)
    _, listed = _fault_page("pages/cost.py")
    assert "built table damaged or missing: scores" in listed and "sources" in listed and "is missing" in listed


def test_a_truncated_parquet_with_broken_sources_lists_both(private_data):
    scores = private_data.built / read_manifest(private_data).tables["scores"].file
    scores.write_bytes(scores.read_bytes()[:200])
    edit_csv(private_data.sources / "scores.csv", 3, "value", "151.3")
    at, listed = _fault_page("pages/benchmarks.py")
    assert "sources/scores.csv:3" in at.code[0].value and "out of range" in at.code[0].value
    assert "The build was being remade because" in listed and "built table damaged or missing: scores" in listed


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (lambda s: (s / "prices.csv").write_bytes(b"model,provider\n\xff\xfe broken\n"), "not UTF-8 text"),
        (lambda s: (s / "harnesses.csv").unlink(), "source file is missing"),
        (lambda s: edit_csv(s / "models.csv", 4, "weights", "openish"), "sources/models.csv:4: [weights]"),
    ],
    ids=["not-utf8", "deleted", "bad-value"],
)
def test_a_source_file_with_errors_stops_every_page_with_the_problem(private_data, breakage, expected):
    breakage(private_data.sources)
    for page_info in PAGES if expected.endswith("[weights]") else PAGES[:2]:  # each page load retries the build: slow
        _, listed = _fault_page(page_info.file)
        assert expected in listed, (page_info.title, listed)


def test_a_manifest_that_does_not_match_its_files_is_rebuilt_from_the_sources(private_data):
    before = read_manifest(private_data).version
    _shuffled_hash(private_data, "instance_results")
    at = open_page("pages/harnesses.py")
    assert not at.exception and at.title[0].value == "Harnesses"
    rebuilt = " ".join(c.value for c in at.sidebar.caption)
    assert "does not match its manifest" in rebuilt
    assert read_manifest(private_data).version != before


def test_a_manifest_that_does_not_match_its_files_and_no_sources_is_a_fault_page(private_data):
    _shuffled_hash(private_data, "instance_results")
    shutil.rmtree(private_data.sources)
    for page_info in PAGES:
        _, listed = _fault_page(page_info.file)
        assert "instance_results.parquet does not match its manifest" in listed


def test_the_same_broken_sources_are_built_once_and_fixing_them_rebuilds(private_data, monkeypatch):
    from gapboard.views import data

    builds = []
    real_build = data.build
    monkeypatch.setattr(data, "build", lambda *args, **kwargs: builds.append(1) or real_build(*args, **kwargs))
    scores = private_data.sources / "scores.csv"
    edit_csv(scores, 2, "value", "180")
    for page_info in PAGES[:3]:
        _fault_page(page_info.file)
    assert len(builds) == 1  # every later page said the same problem without building the same sources again
    edit_csv(scores, 2, "value", "80.1")  # fixed, to a value the previous build does not hold
    at = open_page(PAGES[0].file)
    assert at.title[0].value == PAGES[0].title and len(builds) == 2
