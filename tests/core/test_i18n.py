"""The message catalogue (`gapboard.core.i18n`): every message the code writes has its Korean, no translation
changes a placeholder, and the catalogue holds no message the code no longer writes."""
from __future__ import annotations

import ast

import pytest

from gapboard.build.config import PROJECT_ROOT
from gapboard.core import i18n
from gapboard.core.i18n import KO, placeholders, text

MESSAGE_FUNCTIONS = {"t", "text", "N_"}  # ui.i18n.t, core.i18n.text and the marker of texts kept in constants (and
# the titles given to views.charts.theme.tooltips)


def _strings(node: ast.AST) -> list[str]:
    """The message(s) a call's first argument can be: a literal, or either branch of `a if c else b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def used_messages() -> dict[str, str]:
    """Every message written literally in a `t(…)`, `text(…)` or `N_(…)` call in gapboard/ and pages/: message → where."""
    found = {}
    files = [*(PROJECT_ROOT / "gapboard").rglob("*.py"), *(PROJECT_ROOT / "pages").glob("*.py"), PROJECT_ROOT / "app.py"]
    for path in files:
        if path.parent.name == "i18n" and path.parent.parent.name == "core":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and node.args:
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
                if name in MESSAGE_FUNCTIONS:
                    messages = _strings(node.args[0])
                elif name == "tooltips":  # views.charts.theme.tooltips(lang, (field, title message[, format]), …)
                    messages = [m for arg in node.args[1:] if isinstance(arg, ast.Tuple) for m in _strings(arg.elts[1])]
                else:
                    messages = []
                for message in messages:
                    found.setdefault(message, f"{path.relative_to(PROJECT_ROOT)}:{node.lineno}")
    return found


def test_the_scan_finds_the_messages():
    used = used_messages()
    assert len(used) > 400
    assert "Overview" in used and "Ignored {key} = {values} from the link: {why}." in used


def test_every_message_the_code_writes_has_both_languages():
    missing = {message: where for message, where in used_messages().items() if not KO.get(message, "").strip()}
    assert missing == {}


def test_every_catalogue_entry_has_both_languages():
    assert [message for message, korean in KO.items() if not message.strip() or not korean.strip()] == []


def test_no_translation_changes_a_placeholder():
    assert {message: korean for message, korean in KO.items() if placeholders(message) != placeholders(korean)} == {}


def test_the_catalogue_holds_only_messages_the_code_writes():
    assert sorted(set(KO) - set(used_messages())) == []


def test_korean_fills_the_same_placeholders_as_english():
    message = "Ignored {key} = {values} from the link: {why}."
    assert text(message, "en", key="a", values="b", why="c") == "Ignored a = b from the link: c."
    assert text(message, "ko", key="a", values="b", why="c") == "링크의 a = b 값은 무시했습니다: c."


def test_a_missing_translation_falls_back_to_english_unless_strict(monkeypatch):
    assert text("no such message {n}", "ko", n=1) == "no such message 1"
    monkeypatch.setattr(i18n, "strict", True)
    with pytest.raises(KeyError):
        text("no such message", "ko")


def test_korean_months_and_dates():
    assert i18n.month_year("2026-02-15", "ko") == "2026년 2월"
    assert i18n.month_year("2026-02-15", "en") == "February 2026"
    assert i18n.long_date("2026-12-04", "ko") == "2026년 12월 4일"
    assert i18n.long_date("2026-12-04", "en") == "4 December 2026"


def test_a_label_turns_back_into_its_message():
    assert i18n.message_of("현재 격차", "ko") == "Gap today"
    assert i18n.message_of("Gap today", "en") == "Gap today"
    assert i18n.message_of("Claude Code", "en") is None


def test_no_message_is_translated_twice():
    tree = ast.parse((PROJECT_ROOT / "gapboard/core/i18n/ko.py").read_text())
    keys = [key.value for node in ast.walk(tree) if isinstance(node, ast.Dict) for key in node.keys if isinstance(key, ast.Constant)]
    assert len(keys) > 300
    assert sorted({key for key in keys if keys.count(key) > 1}) == []
