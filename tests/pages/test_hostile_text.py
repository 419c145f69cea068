"""Hostile text in the data (script tags, event-handler HTML, markdown links) reaches markdown only escaped.

Every element whose text Streamlit renders as markdown (markdown, captions, titles and headers, alerts, and
the labels of widgets, metrics, expanders and tabs) is checked on every page and view with the hostile
model, benchmark and harness selected. The browser proof is tests/browser/test_hostile.py.
"""
import re

import pytest
from streamlit.testing.v1.element_tree import AlertBase, HeadingBase, Markdown, Toast

from gapboard.build.config import DATA_DIR_ENV
from gapboard.ui.format import plain
from gapboard.views import cache
from tests.support import hostile
from tests.support.hostile import VIEW_IDS, VIEWS
from tests.support.pages import open_page, walk

# markup that would take effect: a tag whose "<" is not escaped, or a link's "](" (escaped it reads "\\]\\(")
RAW = re.compile(r"(?<!\\)</?(script|img)|\]\(https://evil|onerror=")


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory):
    return hostile.hostile_copy(tmp_path_factory.mktemp("hostile") / "data")


@pytest.fixture
def hostile_env(hostile_folder, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(hostile_folder.root))
    cache.clear()
    yield hostile_folder
    cache.clear()


def markdown_texts(at) -> list[str]:
    """Every text on the page that Streamlit renders as markdown."""
    texts = []
    for element in walk(at._tree):
        if isinstance(element, (Markdown, AlertBase, HeadingBase, Toast)) and isinstance(getattr(element, "value", None), str):
            texts.append(element.value)
        label = getattr(element, "label", None)
        if isinstance(label, str):
            texts.append(label)
    return texts


@pytest.mark.parametrize(("page_file", "params"), VIEWS, ids=VIEW_IDS)
def test_hostile_names_reach_markdown_only_escaped(hostile_env, page_file, params):
    at = open_page(page_file, **params)
    assert not at.exception
    assert not [w.value for w in at.warning if "Ignored" in w.value], "every hostile link value must be accepted"
    texts = markdown_texts(at)
    assert texts
    unescaped = [text for text in texts if RAW.search(text)]
    assert unescaped == []


def test_escaped_hostile_names_are_shown_in_markdown(hostile_env):
    at = open_page("pages/benchmarks.py", view="Table", bench=["SWE-bench Verified", hostile.BENCH],
                   cell=f"{hostile.MODEL_ID}:{hostile.BENCH_ID}")
    headings = [m.value for m in at.markdown if m.value.startswith("####")]
    assert f"#### {plain(hostile.MODEL)} · {plain(hostile.BENCH)}" in headings
    assert r"\<script\>window\.\_\_pwned\=1\<\/script\>" in headings[0]
