"""Every page in Korean (`?lang=ko`), under AppTest: each view of each page renders without an exception, every text
it asks for has its Korean (the catalogue is strict here: a missing translation raises), and the language is chosen
as the registry's URL contract says (link, then the session's switch, then the browser, then English)."""
from __future__ import annotations

import pytest

from gapboard.core import i18n
from gapboard.ui import registry
from gapboard.ui.i18n import SWITCH
from gapboard.ui.registry import BENCHMARKS_TABS, COST_TABS, PAGES, SOURCES_TABS
from gapboard.ui.widgets import NOTICE_ICON
from tests.support.pages import open_page


def ko(tab: str) -> str:
    return i18n.text(tab, "ko")


# Every view of every page a Korean link can open: each tab (named in Korean), the expanders, a cell, a claim, slides.
KOREAN_VIEWS: dict[str, list[dict[str, str]]] = {
    "Overview": [{}, {"sources": "true"}, *({"present": "1", "slide": str(n)} for n in range(1, 6))],
    "Benchmarks": [*({"view": ko(tab)} for tab in BENCHMARKS_TABS), {"conflicts": "true", "values": "true", "split": "true"},
                   {"cell": "minimax-m2.5:swe-bench-verified"}, {"view": ko(BENCHMARKS_TABS[3]), "claim": "m25-standard-input"},
                   {"view": ko(BENCHMARKS_TABS[2]), "fharness": ko("Any harness (mixed: not comparable)")}],
    "Harnesses": [{}],
    "Cost": [*({"cost_view": ko(tab)} for tab in COST_TABS),
             {"cost_view": ko(COST_TABS[3]), "sc": "Aider polyglot", "axis": ko("Published run cost")}],
    "Timeline": [{}, {"family": "Anthropic"}],
    "Sources": [*({"tab": ko(tab)} for tab in SOURCES_TABS)],
}


def link_notices(at) -> list[str]:
    return [w.value for w in at.warning if w.icon == NOTICE_ICON]


@pytest.fixture
def strict(monkeypatch):
    """A message with no Korean raises instead of falling back to English."""
    monkeypatch.setattr(i18n, "strict", True)
    i18n.missed.clear()


@pytest.mark.parametrize("page_info", PAGES, ids=[p.title for p in PAGES])
def test_every_view_of_every_page_renders_in_korean(page_info, strict):
    assert set(KOREAN_VIEWS) == {p.title for p in PAGES}
    for params in KOREAN_VIEWS[page_info.title]:
        at = open_page(page_info.file, lang="ko", **params)
        assert not at.exception, (params, [e.value for e in at.exception])
        assert not link_notices(at), (params, link_notices(at))  # each view was really opened
        if params.get("present") != "1":
            assert at.title[0].value == page_info.title_in("ko")
        assert i18n.missed == set(), params


def test_the_sidebar_lists_the_pages_in_korean(strict):
    at = open_page(registry.OVERVIEW.file, lang="ko")
    nav = [link.proto.label for link in at.sidebar.get("page_link")]
    assert nav == [p.title_in("ko") for p in PAGES] == ["개요", "벤치마크", "하네스", "비용", "타임라인", "출처"]
    assert at.sidebar.button_group(key=SWITCH).value == "ko"


def test_english_is_the_default_and_a_link_keeps_its_language():
    at = open_page(registry.BENCHMARKS.file)
    assert at.title[0].value == "Benchmarks" and "lang" not in at.query_params
    korean = open_page(registry.BENCHMARKS.file, lang="ko")
    assert korean.title[0].value == "벤치마크" and korean.query_params["lang"] == "ko"


def test_an_unsupported_language_gets_the_link_notice_and_english():
    at = open_page(registry.HARNESSES.file, lang="fr")
    assert not at.exception and at.title[0].value == "Harnesses"
    assert any("Ignored lang = “fr” from the link: not a language Gapboard is written in (en, ko)." in n
               for n in link_notices(at))


def test_a_korean_link_rejects_an_english_label_in_korean():
    at = open_page(registry.BENCHMARKS.file, lang="ko", view="Gap today")
    assert link_notices(at) == ["링크의 view = “Gap today” 값은 무시했습니다: 없는 탭이라 첫 번째 탭을 보여줍니다."]


def test_the_sidebar_switch_changes_the_language_and_keeps_the_tab():
    """(AppTest reseeds widgets from the link it was opened with; the browser test follows the whole link.)"""
    at = open_page(registry.BENCHMARKS.file, view=BENCHMARKS_TABS[1])
    assert at.title[0].value == "Benchmarks"
    at.sidebar.button_group(key=SWITCH).set_value("ko").run()
    assert not at.exception and at.title[0].value == "벤치마크"
    assert at.query_params["lang"] == "ko"
    assert at.session_state["view"] == ko(BENCHMARKS_TABS[1])  # the open tab is the same tab, named in Korean


def test_the_language_follows_the_session_to_another_page():
    at = open_page(registry.OVERVIEW.file)
    at.sidebar.button_group(key=SWITCH).set_value("ko").run()
    at.switch_page(registry.COST.file).run()
    assert not at.exception and at.title[0].value == "비용"


def test_korean_months_and_verdicts_on_the_overview(strict):
    at = open_page(registry.OVERVIEW.file, lang="ko")
    captions = " ".join(c.value for c in at.caption)
    assert "이 카드의 가장 최근 수치: 20" in captions and "년 " in captions and "월 기준" in captions
    summary = at.dataframe[-1].value
    assert summary["verdict"].str.match(r"^[✓◐✗?] (확인됨|부분 확인|반박됨|검증 불가)$").all()
    assert summary["claim_ko"].notna().all()  # each claim beside the launch article's own sentence
    assert "MiniMax M2.5가 SWE-Bench Verified 80.2%를 달성하며 Claude Opus 4.6을 넘어섰습니다." in set(summary["claim_ko"])
    english = open_page(registry.OVERVIEW.file).dataframe[-1].value
    assert "claim_ko" not in english.columns
