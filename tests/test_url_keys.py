"""Link parameters are unique across pages.

Streamlit keeps a URL parameter when the user moves to another page that binds a widget to the same
key, so two pages sharing a key would hand one page's choice to the other (an empty or "Ignored"
selection on arrival). This reads every page's source for the keys it binds to the URL.
"""
import ast
from collections import defaultdict

from gapboard.config import PROJECT_ROOT
from gapboard.navigation import PAGES


def _bound_keys(source: str) -> set[str]:
    """Keys of every `ui.bound_*(…, key=…)` call; an f-string key counts by its constant prefix."""
    keys = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr.startswith("bound_"):
            for keyword in node.keywords:
                if keyword.arg != "key":
                    continue
                if isinstance(keyword.value, ast.Constant):
                    keys.add(keyword.value.value)
                elif isinstance(keyword.value, ast.JoinedStr) and isinstance(keyword.value.values[0], ast.Constant):
                    keys.add(keyword.value.values[0].value + "*")
                else:
                    keys.add(ast.unparse(keyword.value))
    return keys


def test_no_two_pages_bind_the_same_url_parameter():
    pages = {path: _bound_keys((PROJECT_ROOT / path).read_text()) for path in [*(page.file for page in PAGES), "app.py"]}
    owners = defaultdict(list)
    for page, keys in pages.items():
        for key in keys:
            owners[key].append(page)
    assert sum(len(keys) for keys in pages.values()) > 50  # every page's widgets were found
    assert {key: files for key, files in owners.items() if len(files) > 1} == {}


def test_the_key_reader_sees_shared_keys():
    assert _bound_keys('ui.bound_tabs(VIEWS, key="view")\nui.bound_number(1, key=f"gpus_{m}")') == {"view", "gpus_*"}
