"""SQL injection: every value that reaches DuckDB is a bound parameter.

Classic injection strings go through every query function that takes a value (found by introspection, so a
new query is covered or fails here until it gets a valid example value) and through every page's link
parameters. Each result equals the result for a plain non-matching value, and afterwards every built
table still has the row count its manifest records: nothing was executed. A static check proves no SQL
text in queries.py is built from values.
"""
from __future__ import annotations

import ast
import inspect
import typing

import pandas as pd
import pytest

from gapboard import queries, store
from gapboard.manifest import read_manifest
from gapboard.config import data_paths
from gapboard.navigation import PAGES
from gapboard.uploads import marked, user_scores_frame
from tests.test_pages import open_page
from tests.test_url_fuzz import widgets_of

INJECTIONS = [
    "'; DROP TABLE scores; --",
    "' OR '1'='1",
    "1); DELETE FROM models; --",
    '\\" OR 1=1 --',
    "minimax-m2.5'; DROP TABLE models; --",
    "’ OR ‘1’=‘1’ --",  # typographic quotes
    "＇; DELETE FROM prices; --",  # fullwidth apostrophe
    "$model",  # a parameter placeholder as a value
]
NO_MATCH = "no-such-value"

# A realistic value for every parameter name a query function takes; the other parameters keep these
# while one is replaced by an injection string.
VALID = {
    "benchmarks": ["swe-bench-verified", "swe-bench-pro"], "benchmark": "swe-bench-verified",
    "weights": ["open", "proprietary"], "reporters": ["vendor", "third_party"],
    "confidences": ["high", "medium", "low"], "vendors": [], "families": [], "harnesses": [], "datasets": [],
    "not_stated": "~not-stated", "model": "minimax-m2.5", "models": ["minimax-m2.5", "minimax-m2.1"],
    "group": "MiniMax", "groups": ["MiniMax"], "category": "open only", "curated_dataset": "gapboard-curated",
    "runs": ["20251124_mini-v1.16.0_claude-opus-4-5-20251101", "20251118_mini-v1.15.0_gemini-3-pro-preview-20251118"],
    "a": "20251124_mini-v1.16.0_claude-opus-4-5-20251101", "b": "20251118_mini-v1.15.0_gemini-3-pro-preview-20251118",
    "table": "scores",
}


def _is_frame(hint) -> bool:
    """A session frame parameter (`pd.DataFrame`, or `pd.DataFrame | None`)."""
    return hint is pd.DataFrame or pd.DataFrame in typing.get_args(hint)


def _value_parameters():
    """(function name, parameter name, is a list) for every query function parameter that takes values."""
    found = []
    for name, function in inspect.getmembers(queries, inspect.isfunction):
        if function.__module__ != queries.__name__ or name.startswith("_"):
            continue
        hints = typing.get_type_hints(function)
        for parameter in inspect.signature(function).parameters:
            if _is_frame(hints[parameter]):
                continue  # session frames (uploads) are registered tables, not values
            found.append((name, parameter, "list" in str(hints[parameter])))
    return found


VALUE_PARAMETERS = _value_parameters()


def _call(function_name: str, **override):
    function = getattr(queries, function_name)
    arguments = {}
    for parameter in inspect.signature(function).parameters:
        hint = typing.get_type_hints(function)[parameter]
        if _is_frame(hint):
            # the optional frame is the "(yours)"-marked one the Benchmarks, Harnesses and Cost queries take
            arguments[parameter] = user_scores_frame() if hint is pd.DataFrame else marked(user_scores_frame())
        else:
            assert parameter in VALID, f"add a valid example value for {function_name}({parameter}=...) to VALID"
            arguments[parameter] = VALID[parameter]
    try:
        return function(**(arguments | override))
    except ValueError as refused:  # e.g. table_rows refuses a name that is not a built table
        return ("refused", type(refused))


def _normalised(result, injected: str):
    """The result with any echo of the bound value itself replaced by the non-matching value."""
    if isinstance(result, pd.DataFrame):
        return result.replace(injected, NO_MATCH).reset_index(drop=True)
    if isinstance(result, list):
        return [NO_MATCH if item == injected else item for item in result]
    return result


def _table_counts() -> dict[str, int]:
    with store.connection().cursor() as cursor:
        names = [row[0] for row in cursor.execute("SELECT table_name FROM information_schema.tables").fetchall()]
        return {name: cursor.execute("SELECT count(*) FROM query_table($name)", {"name": name}).fetchone()[0] for name in names}


def _manifest_counts() -> dict[str, int]:
    return {name: entry.rows for name, entry in read_manifest(data_paths()).tables.items()}


def test_every_value_parameter_of_every_query_is_covered():
    assert len(VALUE_PARAMETERS) >= 30
    assert {p for _, p, _ in VALUE_PARAMETERS} <= set(VALID)


@pytest.mark.parametrize(("function_name", "parameter", "is_list"), VALUE_PARAMETERS, ids=[f"{f}-{p}" for f, p, _ in VALUE_PARAMETERS])
def test_injection_strings_act_as_plain_non_matching_values(function_name, parameter, is_list):
    wrap = (lambda value: [value]) if is_list else (lambda value: value)
    expected = _normalised(_call(function_name, **{parameter: wrap(NO_MATCH)}), NO_MATCH)
    for injected in INJECTIONS:
        result = _normalised(_call(function_name, **{parameter: wrap(injected)}), injected)
        if isinstance(expected, pd.DataFrame):
            pd.testing.assert_frame_equal(result, expected, obj=f"{function_name}({parameter}={injected!r})")
        else:
            assert result == expected, (function_name, parameter, injected)
    assert _table_counts() == _manifest_counts()


def test_a_valid_value_does_match_so_the_comparison_above_can_fail():
    assert not queries.cell_sources("minimax-m2.5", "swe-bench-verified").empty
    assert queries.cell_sources("' OR '1'='1", "swe-bench-verified").empty


# Page-managed link parameters that are not widgets (read with ui.link_param).
LINK_PARAMETERS = {"pages/benchmarks.py": ["cell", "claim"]}


@pytest.mark.parametrize("page", PAGES, ids=[p.title for p in PAGES])
def test_injection_strings_in_every_link_parameter_are_refused_and_run_nothing(page):
    keys = [widget.key for widget in widgets_of(page.file)] + LINK_PARAMETERS.get(page.file, [])
    assert keys
    for rotation in range(2):
        params = {key: INJECTIONS[(i + rotation) % len(INJECTIONS)] for i, key in enumerate(keys)}
        at = open_page(page.file, **params)
        assert not at.exception
        assert at.title[0].value == page.title
        assert at.warning and "Ignored" in at.warning[0].value
    assert _table_counts() == _manifest_counts()


# --- static: SQL text is never built from values --------------------------------------------------

# Functions that put catalogue table names (identifiers cannot be bound) into SQL with str.format,
# each after checking the name against queries._IDENTIFIER.
FORMATS_IDENTIFIERS = {"datasets", "table_rows", "table_row_count"}


def _module():
    return ast.parse(inspect.getsource(queries))


def _constants(tree: ast.Module) -> dict[str, ast.expr]:
    return {
        node.targets[0].id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
    }


def _is_constant_sql(node: ast.expr, constants: dict[str, ast.expr]) -> bool:
    """A string literal, a module-level name bound to one, `+` of those or `.replace` of one by literals; never
    an f-string or % format."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.Name):
        return node.id in constants and _is_constant_sql(constants[node.id], constants)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_constant_sql(node.left, constants) and _is_constant_sql(node.right, constants)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace":
        return _is_constant_sql(node.func.value, constants) and all(_is_constant_sql(a, constants) for a in node.args)
    return False


def _query_calls(tree: ast.Module):
    for function in [n for n in tree.body if isinstance(n, ast.FunctionDef)]:
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "query":
                yield function, node


def test_every_sql_text_in_queries_is_a_constant():
    tree = _module()
    constants = _constants(tree)
    calls = list(_query_calls(tree))
    assert len(calls) >= 40
    for function, call in calls:
        sql = call.args[0]
        if _is_constant_sql(sql, constants):
            continue
        # the only other form allowed: CONSTANT.format(...) of identifiers checked against _IDENTIFIER
        assert function.name in FORMATS_IDENTIFIERS, f"{function.name}: SQL built from something that is not a constant"
        assert isinstance(sql, ast.Call) and isinstance(sql.func, ast.Attribute) and sql.func.attr == "format"
        assert _is_constant_sql(sql.func.value, constants), function.name
        assert "_IDENTIFIER.match" in ast.unparse(function), f"{function.name} must check identifiers first"
    for name, value in constants.items():
        assert not any(isinstance(n, ast.JoinedStr) for n in ast.walk(value)), f"{name} is an f-string"
        assert not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mod)), f"{name} uses % formatting"


def test_the_static_check_rejects_sql_built_from_a_value():
    tree = ast.parse('A = "SELECT 1"\ndef f(x):\n    return query(f"SELECT * FROM t WHERE id = {x}")\n'
                     'def g(x):\n    return query(A + x)\ndef h(x):\n    return query(A.replace("1", x))\n')
    constants = _constants(tree)
    assert [_is_constant_sql(call.args[0], constants) for _, call in _query_calls(tree)] == [False, False, False]
