"""Text for the pages: how a number, a price, a date or a link is written, and text that renders exactly as
written (data never becomes markup). Also the CSV a download holds."""
from __future__ import annotations

import re
import urllib.parse
from collections.abc import Sequence
from typing import Any

import pandas as pd

from gapboard.core import i18n
from gapboard.core.i18n import N_
from gapboard.ui.i18n import current, t

MISSING = N_("not reported")
MISSING_NOTE = N_("“not reported” means no source gives that number — it is never shown as zero.")


def missing() -> str:
    """How a page writes a number no source gives, in the session's language."""
    return t(MISSING)


def missing_note() -> str:
    return t(MISSING_NOTE)

_BARE_LINK = re.compile(r"(?i)https?\\:\\/\\/|www\\\.")  # as they read once escaped
_ZERO_WIDTH = "\u200b"


def plain(text: object) -> str:
    """Text for st.markdown that renders exactly as written: no links, images, HTML or directives.

    Escaping is not enough for bare URLs and e-mail addresses: GitHub-flavoured markdown links them in
    the rendered text. An invisible zero-width space before a URL and after an `@` stops that."""
    escaped = re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", str(text))
    return _BARE_LINK.sub(_ZERO_WIDTH + r"\g<0>", escaped).replace("\\@", "\\@" + _ZERO_WIDTH)


def number_text(value: Any) -> str:
    """A reported number as printed: at most two decimals, no trailing zeros; missing spelled out."""
    return missing() if pd.isna(value) else f"{float(value):.2f}".rstrip("0").rstrip(".")


def usd(value: float | None) -> str:
    """Dollars as a page shows them: cents above $1, four decimals below; missing spelled out."""
    if value is None or pd.isna(value):
        return missing()
    return f"${value:,.2f}" if abs(value) >= 1 else f"${value:,.4f}"


def md(text: str) -> str:
    """Our own text for st.markdown, captions and help, where two bare `$` would start a formula."""
    return text.replace("$", "\\$")


def md_usd(value: float | None) -> str:
    return md(usd(value))


def md_price(value: float) -> str:
    """A per-million-token price as listed (\\$0.3, \\$2.4)."""
    return md(f"${value:g}")


def day(value: object) -> str:
    """A date as YYYY-MM-DD; missing spelled out."""
    return str(value)[:10] if value is not None and not pd.isna(value) else missing()


def month(value: object) -> str:
    """A date as its month, "June 2026" ("2026년 6월" in Korean); missing spelled out."""
    return missing() if value is None or pd.isna(value) else i18n.month_year(value, current())


def as_of(value: object) -> str:
    """The "as of" line of a figure: the month of its newest number."""
    return t("no dated number") if value is None or pd.isna(value) else t("as of {month}", month=month(value))


def long_date(value: object) -> str:
    """A date in words: "4 December 2026" ("2026년 12월 4일")."""
    return i18n.long_date(value, current())


def short_date(value: object) -> str:
    """A date in short words: "04 Dec 2026" ("2026년 12월 4일")."""
    return i18n.short_date(value, current())


def link(url: object, text: str | None = None) -> str:
    """A markdown link, only for an http(s) URL; brackets, spaces and quotes are percent-encoded so a URL cannot
    close the link and start markup of its own."""
    if not (isinstance(url, str) and url.startswith(("http://", "https://"))):
        return ""
    text = t("source") if text is None else text
    return f"[{text}]({urllib.parse.quote(url, safe=':/?#@!$&*+,;=%~')})"


def listed_reasons(reasons: dict[str, str]) -> str:
    """`name (reason); …` in name order, as plain text."""
    return "; ".join(f"{plain(name)} ({plain(reason)})" for name, reason in sorted(reasons.items()))


def csv_bytes(frame: pd.DataFrame, notes: Sequence[str] = ()) -> bytes:
    """CSV for download, with spreadsheet formulas neutralised so a cell can never execute.

    `notes` (e.g. the active filters) come first as `# ` comment lines, one per note.
    """
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(_defuse_formula)
    header = "".join("# " + " ".join(str(note).split()) + "\n" for note in notes)
    return (header + safe.to_csv(index=False)).encode("utf-8")


def _defuse_formula(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
