"""SQL injection: every value that reaches DuckDB is a bound parameter.

Classic injection strings go through every `gapboard.db` function that takes a value (found by introspection,
so a new statement is covered or fails here until it gets a valid example value); the pages' link parameters are
tested the same way in tests/pages/test_sql_injection_on_pages.py. Each result equals the result for a plain
non-matching value, and afterwards every built table still has the row count its manifest records: nothing was
executed. A static check proves no SQL text in gapboard/db is built from values.
"""
from __future__ import annotations

import ast
import inspect
import pkgutil
import typing

import pandas as pd
import pytest

import gapboard.db
from gapboard.build import database
from gapboard.core.uploads import marked, user_scores_frame
from gapboard.db import catalogue, connection, harnesses, instances, prices, scores, timeline
from gapboard.views import cache
from tests.support.injection import INJECTIONS, NO_MATCH, manifest_counts, table_counts

DB_MODULES = [catalogue, harnesses, instances, prices, scores, timeline]  # every module of SQL statements

# A realistic value for every parameter name a query function takes; the other parameters keep these
# while one is replaced by an injection string.
VALID = {
    "benchmarks": ["swe-bench-verified", "swe-bench-pro"], "benchmark": "swe-bench-verified",
    "weights": ["open", "proprietary"], "reporters": ["vendor", "third_party"],
    "confidences": ["high", "medium", "low"], "vendors": [], "families": [], "harnesses": [], "datasets": [],
    "model": "minimax-m2.5", "models": ["minimax-m2.5", "minimax-m2.1"],
    "group": "MiniMax", "groups": ["MiniMax"], "category": "open only", "curated_dataset": "gapboard-curated",
    "runs": ["20251124_mini-v1.16.0_claude-opus-4-5-20251101", "20251118_mini-v1.15.0_gemini-3-pro-preview-20251118"],
    "a": "20251124_mini-v1.16.0_claude-opus-4-5-20251101", "b": "20251118_mini-v1.15.0_gemini-3-pro-preview-20251118",
    "table": "scores", "lang": "ko",
}


def _is_frame(hint) -> bool:
    """A session frame parameter (`pd.DataFrame`, or `pd.DataFrame | None`)."""
    return hint is pd.DataFrame or pd.DataFrame in typing.get_args(hint)


def _functions():
    """Every public statement function of the db modules, by "module.name"."""
    return {
        f"{module.__name__.rsplit('.', 1)[1]}.{name}": function
        for module in DB_MODULES
        for name, function in inspect.getmembers(module, inspect.isfunction)
        if function.__module__ == module.__name__ and not name.startswith("_")
    }


FUNCTIONS = _functions()


def _values(function):
    """The parameters of a statement function after the connection it takes first."""
    connection, *values = inspect.signature(function).parameters
    assert connection == "con", f"{function.__qualname__} must take the connection first"
    return values


def _value_parameters():
    """(function name, parameter name, is a list) for every db function parameter that takes values."""
    found = []
    for name, function in FUNCTIONS.items():
        hints = typing.get_type_hints(function)
        for parameter in _values(function):
            if _is_frame(hints[parameter]):
                continue  # session frames (uploads) are registered tables, not values
            found.append((name, parameter, "list" in str(hints[parameter])))
    return found


VALUE_PARAMETERS = _value_parameters()


def _call(function_name: str, **override):
    function = FUNCTIONS[function_name]
    arguments = {}
    for parameter in _values(function):
        hint = typing.get_type_hints(function)[parameter]
        if _is_frame(hint):
            # the optional frame is the "(yours)"-marked one the Benchmarks, Harnesses and Cost queries take
            arguments[parameter] = user_scores_frame() if hint is pd.DataFrame else marked(user_scores_frame())
        else:
            assert parameter in VALID, f"add a valid example value for {function_name}({parameter}=...) to VALID"
            arguments[parameter] = VALID[parameter]
    try:
        return function(cache.connection(), **(arguments | override))
    except ValueError as refused:  # e.g. table_rows refuses a name that is not a built table
        return ("refused", type(refused))


def _normalised(result, injected: str):
    """The result with any echo of the bound value itself replaced by the non-matching value."""
    if isinstance(result, pd.DataFrame):
        return result.replace(injected, NO_MATCH).reset_index(drop=True)
    if isinstance(result, list):
        return [NO_MATCH if item == injected else item for item in result]
    return result


def test_every_value_parameter_of_every_query_is_covered():
    modules = {found.name for found in pkgutil.iter_modules(gapboard.db.__path__)} - {"connection"}
    assert modules == {module.__name__.rsplit(".", 1)[1] for module in DB_MODULES}  # a new module is covered too
    assert len(FUNCTIONS) >= 40
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
    assert table_counts() == manifest_counts()


def test_a_valid_value_does_match_so_the_comparison_above_can_fail():
    con = cache.connection()
    assert not scores.cell_sources(con, "minimax-m2.5", "swe-bench-verified").empty
    assert scores.cell_sources(con, "' OR '1'='1", "swe-bench-verified").empty


# --- static: SQL text is never built from values --------------------------------------------------

# Functions that put catalogue table names (identifiers cannot be bound) into SQL with str.format,
# each after checking the name against catalogue._IDENTIFIER.
FORMATS_IDENTIFIERS = {"catalogue.datasets", "catalogue.table_rows", "catalogue.table_row_count"}


def _module(module) -> ast.Module:
    return ast.parse(inspect.getsource(module))


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
    """Every `run(con, sql, ...)` call in a module's functions (the one way a db module runs SQL)."""
    for function in [n for n in tree.body if isinstance(n, ast.FunctionDef)]:
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "run":
                yield function, node


def _executes(tree: ast.Module) -> list[str]:
    """Every `.execute(`/`.sql(`/`.query(` call: SQL run some other way than through `run`."""
    return [
        ast.unparse(node) for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("execute", "sql", "query")
    ]


def test_every_sql_text_in_queries_is_a_constant():
    calls = 0
    for module in DB_MODULES:
        tree = _module(module)
        constants = _constants(tree)
        short = module.__name__.rsplit(".", 1)[1]
        assert _executes(tree) == [], f"{short} runs SQL other than through db.connection.run"
        for function, call in _query_calls(tree):
            calls += 1
            name = f"{short}.{function.name}"
            sql = call.args[1]
            if _is_constant_sql(sql, constants):
                continue
            # the only other form allowed: CONSTANT.format(...) of identifiers checked against _IDENTIFIER
            assert name in FORMATS_IDENTIFIERS, f"{name}: SQL built from something that is not a constant"
            assert isinstance(sql, ast.Call) and isinstance(sql.func, ast.Attribute) and sql.func.attr == "format"
            assert _is_constant_sql(sql.func.value, constants), name
            assert "_IDENTIFIER.match" in ast.unparse(function), f"{name} must check identifiers first"
        for constant, value in constants.items():
            assert not any(isinstance(n, ast.JoinedStr) for n in ast.walk(value)), f"{short}.{constant} is an f-string"
            assert not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mod)), f"{short}.{constant} uses % formatting"
    assert calls >= 40


def test_loading_a_build_puts_only_checked_table_names_into_sql():
    """build.database builds one statement from a name: each built table's, checked against TABLE_NAME first."""
    tree = _module(database)
    load = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "load")
    statements = [ast.unparse(node) for node in ast.walk(load) if isinstance(node, ast.Call)
                  and isinstance(node.func, ast.Attribute) and node.func.attr == "execute"]
    assert statements == ["connection.execute('CREATE TABLE ' + name + ' AS SELECT * FROM read_parquet(?)', [built.table_url(entry.file)])"]
    source = ast.unparse(load)
    assert source.index("TABLE_NAME.match(name)") < source.index("'CREATE TABLE ' + name")


def test_the_statement_runner_binds_every_value():
    run = next(n for n in _module(connection).body if isinstance(n, ast.FunctionDef) and n.name == "run")
    assert sorted(ast.unparse(n) for n in ast.walk(run) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                  and n.func.attr == "execute") == ["cursor.execute(_TABLE_HELD_SQL, [name])", "cursor.execute(sql, dict(params or {}))"]


def test_the_static_check_rejects_sql_built_from_a_value():
    tree = ast.parse('A = "SELECT 1"\ndef f(con, x):\n    return run(con, f"SELECT * FROM t WHERE id = {x}")\n'
                     'def g(con, x):\n    return run(con, A + x)\ndef h(con, x):\n    return run(con, A.replace("1", x))\n'
                     'def i(con, x):\n    return con.execute("SELECT " + x)\n')
    constants = _constants(tree)
    assert [_is_constant_sql(call.args[1], constants) for _, call in _query_calls(tree)] == [False, False, False]
    assert _executes(tree) == ["con.execute('SELECT ' + x)"]
