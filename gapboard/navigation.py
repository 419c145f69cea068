"""The page registry: app.py builds its navigation from it and the tests cover every entry."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageInfo:
    file: str
    title: str
    icon: str
    url_path: str
    default: bool = False


PAGES: tuple[PageInfo, ...] = (
    PageInfo("pages/overview.py", "Overview", ":material/dashboard:", "overview", default=True),
    PageInfo("pages/benchmarks.py", "Benchmarks", ":material/leaderboard:", "benchmarks"),
    PageInfo("pages/harnesses.py", "Harnesses", ":material/build:", "harnesses"),
    PageInfo("pages/cost.py", "Cost", ":material/payments:", "cost"),
    PageInfo("pages/timeline.py", "Timeline", ":material/timeline:", "timeline"),
    PageInfo("pages/sources.py", "Sources", ":material/source:", "sources"),
)
