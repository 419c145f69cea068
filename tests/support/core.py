"""Hand-made uploads the core tests share with the db and views tests moved out of the old tests/test_uploads.py: a
small catalogue of known names and a fixed "today", and a file read against them."""
from __future__ import annotations

import datetime as dt

from gapboard.core import uploads

TODAY = dt.date(2026, 11, 29)
HEADER = "model,benchmark,harness,score,unit,date,notes,cost_usd_per_task,tokens_per_task,weights\n"

CATALOGUE = uploads.Catalogue(
    models={"minimax-m2.5": ("MiniMax-M2.5", "open"), "gpt-5": ("GPT-5", "proprietary")},
    benchmarks={
        "swe-bench-verified": ("SWE-bench Verified", "percent", frozenset({"percent"})),
        "gdpval-aa": ("GDPval-AA", "score", frozenset({"score", "elo"})),
    },
    harnesses={"claude-code": "Claude Code", "openhands": "OpenHands"},
)


def read(text: str | bytes, name: str = "mine.csv") -> uploads.Upload:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return uploads.read_upload(name, data, CATALOGUE, TODAY)


def one_score(value: float, model: str = "minimax-m2.5") -> uploads.Upload:
    """An upload of one SWE-bench Verified score for `model`."""
    return read(HEADER + f"{model},swe-bench-verified,,{value},percent,2026-03-01,,,,\n")
