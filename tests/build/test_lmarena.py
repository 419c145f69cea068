"""The LMArena history ingester: wide CSV → (model, snapshot, score) rows, 0.0 is missing, ids mapped or reported.

The reader is checked on hand-made folders; a score the build's validation refuses, on a build of a small data
folder (two snapshots of the project's history, tests/support/ingest.py); the project's whole history, on the
project's own build (current for the session)."""
import csv
import shutil
import datetime as dt

import pyarrow.parquet as pq
import pytest

from gapboard.build.config import DataPaths
from gapboard.build.ingest import lmarena
from gapboard.build.rows import BuildContext, BuildFailed, BuildOptions
from gapboard.build.run import build
from gapboard.core import schema
from tests.support.ingest import PROJECT, small_data

MODELS_HEADER = "id,name,family,vendor,weights,release_date,release_date_precision\n"
MAPPING_HEADER = "lmarena_id,model,name,family,vendor,weights,note\n"
HISTORY = (
    ",claude-3-7-sonnet-20250219,gpt-4o-2024-05-13,mystery-bot\n"
    "20250101,0.0,1285.5,1000.0\n"
    "20250227,1309.25,1280.0,0.0\n"
)


def _data(tmp_path, mapping_rows: list[str], history: str = HISTORY) -> BuildContext:
    paths = DataPaths(tmp_path)
    (paths.sources / "mappings").mkdir(parents=True)
    (paths.external / "lmarena-history").mkdir(parents=True)
    (paths.sources / "models.csv").write_text(MODELS_HEADER + "claude-sonnet-3.7,Claude Sonnet 3.7,Claude,Anthropic,proprietary,,\n")
    (paths.sources / lmarena.MAPPING).write_text(MAPPING_HEADER + "".join(row + "\n" for row in mapping_rows))
    (paths.external / lmarena.HISTORY).write_text(history)
    shutil.copy(PROJECT.sources / "datasets.csv", paths.sources / "datasets.csv")  # the registry names the source link
    return BuildContext(paths, BuildOptions())


def _problems(ctx: BuildContext) -> list[str]:
    """What reading the history reports as build problems (it must report some)."""
    with pytest.raises(BuildFailed) as failed:
        list(lmarena.read_history(ctx))
    return [str(problem) for problem in failed.value.problems]


GOOD_MAPPING = [
    "claude-3-7-sonnet-20250219,claude-sonnet-3.7,,,,,",
    "gpt-4o-2024-05-13,not tracked,gpt-4o-2024-05-13,GPT-4o,OpenAI,proprietary,",
]


def test_cells_become_rows_and_zero_is_missing_not_a_score(tmp_path):
    ctx = _data(tmp_path, GOOD_MAPPING)
    rows = list(lmarena.read_history(ctx))
    found = [(r.values["lmarena_id"], r.values["as_of"], r.values["score"], r.line) for r in rows]
    assert found == [
        ("gpt-4o-2024-05-13", "2025-01-01", "1285.5", 2),
        ("claude-3-7-sonnet-20250219", "2025-02-27", "1309.25", 3),
        ("gpt-4o-2024-05-13", "2025-02-27", "1280.0", 3),
    ]
    assert {r.file for r in rows} == {"external/lmarena-history/result.csv"}


def test_a_tracked_id_names_our_model_and_an_untracked_one_describes_itself(tmp_path):
    rows = [schema.ArenaScore.model_validate({k: v for k, v in r.values.items() if v is not None})
            for r in lmarena.read_history(_data(tmp_path, GOOD_MAPPING))]
    tracked = [r for r in rows if r.model]
    assert [(r.model, r.name, r.family) for r in tracked] == [("claude-sonnet-3.7", None, None)]
    other = next(r for r in rows if not r.model)
    assert (other.name, other.family, other.vendor, other.weights) == ("gpt-4o-2024-05-13", "GPT-4o", "OpenAI", "proprietary")
    assert other.source_url.startswith("https://github.com/nakasyou/lmarena-history/blob/")
    assert other.source_note == "output/result.csv row 20250101, column gpt-4o-2024-05-13"


def test_unmapped_ids_are_reported_and_left_out(tmp_path):
    ctx = _data(tmp_path, [*GOOD_MAPPING, "retired-bot,not tracked,retired-bot,Retired,Nobody,,"])
    ids = {r.values["lmarena_id"] for r in lmarena.read_history(ctx)}
    assert "mystery-bot" not in ids
    assert ctx.notes == [
        "LMArena history: 1 model id(s) not in mappings/lmarena_models.csv, left out: mystery-bot",
        "mappings/lmarena_models.csv: 1 id(s) do not occur in the LMArena history: retired-bot",
    ]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("gpt-4o-2024-05-13,not tracked,gpt-4o,,OpenAI,,", "lmarena_models.csv:3: a model that is not tracked needs"),
        ("gpt-4o-2024-05-13,claude-opus-9,,,,,", "lmarena_models.csv:3: [model] unknown model 'claude-opus-9'"),
        ("gpt-4o-2024-05-13,claude-sonnet-3.7,Claude,Claude,Anthropic,,", "lmarena_models.csv:3: a tracked model takes"),
        ("gpt-4o-2024-05-13,not tracked,gpt-4o,GPT-4o,OpenAI,closed,", "lmarena_models.csv:3: [weights]"),
        ("claude-3-7-sonnet-20250219,not tracked,x,X,Y,,", "lmarena_models.csv:3: [lmarena_id] duplicate of line 2"),
        ("gpt 4o,not tracked,gpt-4o,GPT-4o,OpenAI,,", "lmarena_models.csv:3: [lmarena_id]"),
    ],
)
def test_every_bad_mapping_line_is_a_build_problem_with_its_line(tmp_path, row, expected):
    problems = _problems(_data(tmp_path, [GOOD_MAPPING[0], row]))
    assert any(expected in problem for problem in problems), problems


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        (",claude-3-7-sonnet-20250219\n2025-01-01,1200.0\n", "result.csv:2: [as_of] not a yyyymmdd date"),
        (",claude-3-7-sonnet-20250219\n20250101,1200.0,7\n", "result.csv:2: 3 fields, the header has 2"),
        ("", "result.csv:1: expected a date column followed by LMArena model ids"),
    ],
)
def test_a_malformed_history_is_reported_with_its_line(tmp_path, history, expected):
    problems = _problems(_data(tmp_path, GOOD_MAPPING, history))
    assert any(expected in problem for problem in problems), problems


def test_a_score_that_is_not_a_number_fails_the_build_at_its_line(tmp_path, monkeypatch):
    paths = small_data(tmp_path / "data", monkeypatch)
    history = paths.external / lmarena.HISTORY
    rows = list(csv.reader(history.open()))
    column = rows[0].index("gpt-4o-2024-05-13")
    line = next(i for i, r in enumerate(rows) if i and r[column] != "0.0") + 1
    rows[line - 1][column] = "n/a"
    with history.open("w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    with pytest.raises(BuildFailed) as failed:
        build(paths)
    assert any(str(p).startswith(f"external/lmarena-history/result.csv:{line}: [score]") for p in failed.value.problems)


@pytest.fixture(scope="module")
def project_arena(project_build):
    return project_build, pq.read_table(project_build.table_path(PROJECT, "arena_scores")).to_pandas()


def test_the_project_history_builds_every_nonzero_cell_of_every_mapped_id(project_arena):
    manifest, arena = project_arena
    with open(PROJECT.external / lmarena.HISTORY) as handle:
        rows = list(csv.reader(handle))
    unmapped = {"late-june-chatbot", "im-also-a-late-june-chatbot"}
    expected = sum(1 for r in rows[1:] for i, cell in zip(rows[0][1:], r[1:]) if float(cell) != 0 and i not in unmapped)
    assert len(arena) == manifest.tables["arena_scores"].rows == expected == 11825
    assert (arena["score"] > 0).all() and arena["as_of"].nunique() == 98
    assert (arena["as_of"].min(), arena["as_of"].max()) == (dt.date(2023, 5, 8), dt.date(2025, 2, 27))
    assert any(n.startswith("LMArena history: 2 model id(s)") and "late-june-chatbot" in n for n in manifest.notes)


def test_the_mapping_uses_our_vendor_names_so_families_line_up(project_arena):
    _, arena = project_arena
    assert set(arena.loc[arena["model"] == "claude-sonnet-3.7", "lmarena_id"]) == {"claude-3-7-sonnet-20250219"}
    vendors = set(arena["vendor"].dropna())
    assert {"Anthropic", "OpenAI", "Google", "DeepSeek", "Alibaba Qwen", "Z.ai (Zhipu)"} <= vendors
    assert set(arena.loc[arena["lmarena_id"].str.startswith("claude"), "family"].dropna()) == {"Claude"}
    assert (arena["dataset"] == "lmarena-history").all()
