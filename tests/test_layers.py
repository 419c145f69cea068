"""The layers import in one direction only, with no function-local imports to hide a cycle, and only `ui` (and the
pages) import Streamlit."""
import ast
from pathlib import Path

import pytest

from gapboard.build.config import PROJECT_ROOT

ALLOWED = {  # layer → the layers of ours it may import
    "core": {"core"},
    "db": {"db", "core"},
    "build": {"build", "db", "core"},  # the build reads what it made through db's SQL (claims judged at build time)
    "refresh": {"refresh", "build", "core"},
    "serve": {"serve", "build"},
    "views": {"views", "db", "build", "core"},
    "ui": {"ui", "views", "core"},
    "pages": {"ui", "views"},
}
STREAMLIT_ALLOWED = {"ui", "pages"}


def _layer(path: Path) -> str:
    relative = path.relative_to(PROJECT_ROOT)
    if relative.parts[0] in ("pages", "app.py"):
        return "pages"
    return relative.parts[1] if len(relative.parts) > 2 else "root"


def _modules() -> list[Path]:
    return sorted([*(PROJECT_ROOT / "gapboard").rglob("*.py"), *(PROJECT_ROOT / "pages").glob("*.py"), PROJECT_ROOT / "app.py"])


def _imports(tree: ast.AST) -> list[tuple[str, ast.AST]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "gapboard":  # `from gapboard import core` names a layer
                found += [(f"gapboard.{alias.name}", node) for alias in node.names]
            else:
                found.append((node.module, node))
    return found


def _violations(path: Path, source: str) -> list[str]:
    tree = ast.parse(source)
    layer = _layer(path)
    top_level = {id(node) for node in tree.body}
    problems = []
    for module, node in _imports(tree):
        where = f"{path.relative_to(PROJECT_ROOT)}:{node.lineno}"
        if module.split(".")[0] == "streamlit" and layer not in STREAMLIT_ALLOWED:
            problems.append(f"{where} imports Streamlit in layer {layer}")
        if module.startswith("gapboard."):
            target = module.split(".")[1]
            if layer != "root" and target not in ALLOWED[layer]:
                problems.append(f"{where}: {layer} imports {module}")
            if id(node) not in top_level:
                problems.append(f"{where}: function-local import of {module}")
    return problems


def test_every_layer_imports_only_the_layers_below_it():
    modules = _modules()
    assert len(modules) > 60  # every module was found
    assert [problem for path in modules for problem in _violations(path, path.read_text())] == []


@pytest.mark.parametrize(("layer_file", "source", "expected"), [
    ("gapboard/core/x.py", "from gapboard.views import cache\n", "core imports gapboard.views"),
    ("gapboard/db/x.py", "import streamlit as st\n", "imports Streamlit in layer db"),
    ("gapboard/build/x.py", "def f():\n    from gapboard.core import gap\n", "function-local import of gapboard.core"),
    ("pages/x.py", "from gapboard import db\n", "pages imports gapboard.db"),
])
def test_the_checker_finds_each_kind_of_violation(layer_file, source, expected):
    assert any(expected in problem for problem in _violations(PROJECT_ROOT / layer_file, source))
