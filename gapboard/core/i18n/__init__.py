"""Every text Gapboard writes, in English and Korean: one mechanism, one catalogue.

The English text is the message id, as in gettext: code writes `text("Ignored {key} from the link.", lang, key=k)`
and reads as it renders in English; `ko.py` maps each English message to its Korean translation. Placeholders are
`str.format` fields (`{gap:+.1f}`), the same names in both languages. A text kept in a constant before it is shown
(a tab name, a verdict word) is marked with `N_` where it is written, so the catalogue test finds it too.

Language flows as a plain argument: core and views take `lang` ("en" or "ko", English by default) and the views are
cached per language; only `gapboard.ui.i18n` knows which language the current session chose. Dates, months and
numbers are written per language here as well (Korean months read "2026년 2월").
"""
from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from typing import Final, Literal

import pandas as pd

from gapboard.core.i18n.ko import KO

Lang = Literal["en", "ko"]
LANGS: Final[tuple[str, ...]] = ("en", "ko")
DEFAULT: Final = "en"
LANGUAGE_NAMES: Final[Mapping[str, str]] = {"en": "English", "ko": "한국어"}  # each in its own language
CATALOGUES: Final[Mapping[str, Mapping[str, str]]] = {"ko": KO}

strict = False  # tests set this: a message missing from a catalogue then raises instead of falling back to English
missed: set[str] = set()  # messages asked for in a language that has no translation for them (for the tests)


def N_(message: str) -> str:  # gettext's name for "a message, translated where it is shown"
    """Mark a text kept in a constant as a catalogue message; it is translated where it is shown."""
    return message


def supported(lang: object) -> bool:
    return lang in LANGS


def text(message: str, lang: str = DEFAULT, /, **values: object) -> str:
    """`message` (its English text) in `lang`, with its placeholders filled from `values`."""
    template = message
    if lang != DEFAULT:
        translated = CATALOGUES.get(lang, {}).get(message)
        if translated is None:
            missed.add(message)
            if strict:
                raise KeyError(f"no {lang} text for message {message!r}")
        else:
            template = translated
    return template.format(**values) if values else template


def message_of(shown: str, lang: str) -> str | None:
    """The message whose text in `lang` is `shown` (None when no message reads so): turns a label back into its
    message when the language changes."""
    if lang == DEFAULT:
        return shown if shown in KO else None
    return _reverse(lang).get(shown)


_reversed: dict[str, dict[str, str]] = {}


def _reverse(lang: str) -> dict[str, str]:
    if lang not in _reversed:
        found: dict[str, str] = {}
        for message, translated in CATALOGUES.get(lang, {}).items():
            found.setdefault(translated, message)
        _reversed[lang] = found
    return _reversed[lang]


def placeholders(template: str) -> list[tuple[str, str, str]]:
    """The (field, format spec, conversion) of every placeholder of a template, sorted (what two translations must share)."""
    return sorted((field, spec or "", conversion or "") for _, field, spec, conversion in string.Formatter().parse(template)
                  if field is not None)


# --- dates and numbers per language ----------------------------------------------------------------

MONTH_AXIS_FORMAT: Final[Mapping[str, str]] = {"en": "%b %Y", "ko": "%Y년 %-m월"}  # Vega-Lite (d3) time formats
DAY_TOOLTIP_FORMAT: Final[Mapping[str, str]] = {"en": "%d %b %Y", "ko": "%Y년 %-m월 %-d일"}


def _stamp(value: object) -> pd.Timestamp | None:
    if value is None or (not isinstance(value, dt.date) and pd.isna(value)):
        return None
    return pd.Timestamp(value)


def _dated(value: object, lang: str, korean: str, english: str) -> str:
    """`value` written as `korean` ({y}, {m}, {d} placeholders) or as the strftime pattern `english`; "" without a date."""
    stamp = _stamp(value)
    if stamp is None:
        return ""
    return korean.format(y=stamp.year, m=stamp.month, d=stamp.day) if lang == "ko" else f"{stamp:{english}}"


def month_year(value: object, lang: str = DEFAULT) -> str:
    """"February 2026" / "2026년 2월"."""
    return _dated(value, lang, "{y}년 {m}월", "%B %Y")


def short_month_year(value: object, lang: str = DEFAULT) -> str:
    """"Feb 2026" / "2026년 2월"."""
    return _dated(value, lang, "{y}년 {m}월", "%b %Y")


def long_date(value: object, lang: str = DEFAULT) -> str:
    """"4 December 2026" / "2026년 12월 4일"."""
    return _dated(value, lang, "{y}년 {m}월 {d}일", "%-d %B %Y")


def medium_date(value: object, lang: str = DEFAULT) -> str:
    """"4 Dec 2026" / "2026년 12월 4일"."""
    return _dated(value, lang, "{y}년 {m}월 {d}일", "%-d %b %Y")


def short_date(value: object, lang: str = DEFAULT) -> str:
    """"04 Dec 2026" / "2026년 12월 4일" (the English form the pages have always used for windows and snapshots)."""
    return _dated(value, lang, "{y}년 {m}월 {d}일", "%d %b %Y")


def count(number: int, singular: str, plural: str, lang: str = DEFAULT) -> str:
    """"1 row" / "3 rows" in English; Korean has no plural, so both messages translate to one word."""
    return text(singular if number == 1 else plural, lang, n=number)

