"""Pages under AppTest: open one as a fresh browser session would after following a link, walk what it drew, and
find the URL-bound widgets it shows."""
from __future__ import annotations

from dataclasses import dataclass

from streamlit.testing.v1 import AppTest

from gapboard.build.config import PROJECT_ROOT


def open_page(page_file: str, **params: str | list[str]) -> AppTest:
    """The app as a fresh browser session sees it after opening a link to `page_file?params`.

    Switching before the first run selects the page by its file name, which matches because every page's
    url_path is its file's stem (the title assertions of the page tests would catch a mismatch)."""
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=60)
    at.switch_page(page_file)
    at.query_params.update(params)
    return at.run()


def captions(at: AppTest, separator: str = "\n") -> str:
    """Every caption a page drew, as one text (captions are escaped markdown: the escapes are dropped)."""
    return separator.join(c.value for c in at.caption).replace("\\", "")


def walk(node):
    """Every element below `node` of an AppTest tree, depth first."""
    for child in getattr(node, "children", {}).values():
        yield child
        yield from walk(child)


@dataclass(frozen=True)
class BoundWidget:
    key: str
    kind: str
    options: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    step: float | None = None
    multi: bool = False


def _discover(page_file: str) -> list[BoundWidget]:
    at = open_page(page_file)
    found = []
    for element in walk(at._tree):
        key = getattr(element, "key", None)
        if not key or key.startswith("_"):
            continue
        kind = type(element).__name__
        if kind in ("Multiselect", "Selectbox", "ButtonGroup", "Radio"):
            multi = kind == "Multiselect" or (kind == "ButtonGroup" and isinstance(element.value, list))
            found.append(BoundWidget(key, kind, tuple(str(o) for o in element.options), multi=multi))
        elif kind in ("Slider", "NumberInput"):
            step = getattr(element, "step", None) or 1
            found.append(BoundWidget(key, kind, low=float(element.min), high=float(element.max), step=float(step)))
        elif kind in ("Toggle", "Checkbox"):
            found.append(BoundWidget(key, kind))
        elif kind == "DateInput":
            found.append(BoundWidget(key, kind, low=element.min.toordinal(), high=element.max.toordinal()))
    return found


_WIDGETS: dict[str, list[BoundWidget]] = {}


def widgets_of(page_file: str) -> list[BoundWidget]:
    """The URL-bound widgets a page draws in its default view (found once per test session)."""
    if page_file not in _WIDGETS:
        _WIDGETS[page_file] = _discover(page_file)
    return _WIDGETS[page_file]
