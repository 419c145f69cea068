"""The one caching rule (`views.cache.view`) and the check that keeps the build current (`views.data`).

A view's result is kept per build and handed out so that no caller can change what the others see; a view is
keyed by plain values only (a frame is refused); a rebuild, or a switch to another build version, never serves
an old result; and every view's table is bounded."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pytest

from gapboard.build.manifest import read_manifest
from gapboard.views import cache, common, data
from gapboard.views.session import SessionRows, frame_digest
from tests.support.data import edit_csv
from tests.support.uploads import our_rows

# --- the build in use is current ------------------------------------------------------------------


def test_a_current_build_is_used_as_it_is(private_data):
    before = read_manifest(private_data).version
    status = data.ensure_current(private_data)
    assert status.ok and not status.rebuilt_because and status.manifest.version == before


def test_an_edited_source_is_rebuilt_before_anything_reads_it(private_data):
    assert common.models().set_index("id").loc["minimax-m2.5", "name"] == "MiniMax-M2.5"  # kept by the view
    edit_csv(private_data.sources / "models.csv", 5, "name", "MiniMax-M2.5 (edited)")
    status = data.ensure_current(private_data)
    assert status.ok and status.rebuilt_because == ["source changed: sources/models.csv"]
    assert common.models().set_index("id").loc["minimax-m2.5", "name"] == "MiniMax-M2.5 (edited)"


def test_a_deleted_or_truncated_parquet_file_is_rebuilt(private_data):
    manifest = read_manifest(private_data)
    (private_data.built / manifest.tables["scores"].file).unlink()
    models_file = private_data.built / manifest.tables["models"].file
    models_file.write_bytes(models_file.read_bytes()[:100])
    status = data.ensure_current(private_data)
    assert status.ok
    assert "built table damaged or missing: scores" in status.rebuilt_because
    assert "built table damaged or missing: models" in status.rebuilt_because
    assert len(common.models()) == manifest.tables["models"].rows  # the whole table again, as first built


def test_broken_sources_are_reported_and_the_old_build_is_not_used(private_data):
    edit_csv(private_data.sources / "scores.csv", 2, "value", "180")
    status = data.ensure_current(private_data)
    assert not status.ok
    assert any("sources/scores.csv:2" in problem for problem in status.problems)
    assert status.fix_command == "make data"


def test_a_missing_sources_folder_is_reported(private_data, tmp_path):
    (private_data.built / "manifest.json").unlink()
    status = data.ensure_current(type(private_data)(tmp_path / "nowhere"))
    assert not status.ok and "missing" in status.problems[0]


# --- results are shared, never changed by a caller --------------------------------------------------


def test_a_view_result_is_shared_but_a_caller_cannot_change_it_for_others():
    first = common.models()
    first["name"] = "renamed by one caller"
    first.loc[0, "id"] = "edited"
    del first["weights"]
    again = common.models()
    assert "renamed by one caller" not in set(again["name"]) and "edited" not in set(again["id"])
    assert "weights" in again.columns
    assert again is not first


def test_an_in_place_edit_of_a_handed_out_frame_leaves_the_kept_one_whole():
    calls = []

    @cache.view(max_entries=4)
    def numbers(n: int) -> pd.DataFrame:
        calls.append(n)
        return pd.DataFrame({"v": list(range(n))})

    mine = numbers(3)
    mine.loc[0, "v"] = 99
    mine["v"] *= 10
    mine.insert(0, "w", ["a", "b", "c"])
    del mine["v"]
    theirs = numbers(3)
    assert calls == [3]  # the second call was served the kept result
    assert theirs["v"].tolist() == [0, 1, 2]


# --- a view is keyed by plain values ----------------------------------------------------------------


@dataclass(frozen=True)
class _WithFrame:
    name: str
    rows: pd.DataFrame


@dataclass(frozen=True)
class _Plain:
    name: str
    sizes: tuple[int, ...]


def test_a_view_keyed_by_a_frame_or_a_mutable_value_is_refused():
    calls = []

    @cache.view()
    def echo(value: object, **options: object) -> str:
        calls.append(value)
        return "ran"

    frame = pd.DataFrame({"v": [1.0]})
    for refused in (frame, frame["v"], [1, 2], {"a": 1}, {1, 2}, (1, frame), _WithFrame("x", frame)):
        with pytest.raises(TypeError, match="plain values"):
            echo(refused)
        with pytest.raises(TypeError, match="plain values"):
            echo("plain", option=refused)
    assert calls == []  # refused before the view ran
    assert echo(_Plain("x", (1, 2))) == echo(_Plain("x", (1, 2))) == "ran"
    assert len(calls) == 1


def test_session_rows_key_a_view_by_their_content():
    calls = []

    @cache.view()
    def rows_of(yours: SessionRows | None) -> int:
        calls.append(yours)
        return 0 if yours is None else len(yours.rows)

    assert rows_of(our_rows()) == 2 and rows_of(our_rows()) == 2  # two sessions, identical uploads: one result
    assert len(calls) == 1
    fewer = SessionRows(our_rows().rows.iloc[:1], frame_digest(our_rows().rows.iloc[:1]))
    assert rows_of(fewer) == 1 and rows_of(None) == 0
    assert len(calls) == 3


def test_frame_digests_follow_their_content_not_how_they_were_built():
    frame = pd.DataFrame({"s": ["x", "y", "z"], "v": [1.0, 2.0, 3.0]})
    pieces = pd.concat([frame.iloc[:1], frame.iloc[1:]])  # equal content, assembled from two slices
    assert frame_digest(frame) == frame_digest(pieces)
    assert frame_digest(frame) != frame_digest(frame.assign(v=[1.0, 2.0, 4.0]))
    assert frame_digest(frame) != frame_digest(frame.rename(columns={"v": "w"}))
    assert frame_digest(frame) != frame_digest(frame.iloc[:2])
    assert frame_digest(frame) != frame_digest(frame.astype({"v": "float32"}))  # same values, another type
    # The index is not content: DuckDB, where session rows go, never reads it.
    assert frame_digest(frame) == frame_digest(frame.set_axis(pd.Index([0, 1, 2])))


# --- a rebuild never serves an old result -----------------------------------------------------------


def test_another_build_version_never_serves_an_old_result(private_data):
    calls = []

    @cache.view()
    def answer() -> int:
        calls.append(cache.current()[1])
        return len(calls)

    built, version = cache.current()
    assert answer() == answer() == 1
    cache.use(built, "another-version")
    assert answer() == 2 and calls == [version, "another-version"]
    cache.use(built, version)  # and back: the first version's result was emptied too
    assert answer() == 3
    assert answer() == 3


def test_a_clear_forgets_every_kept_result(private_data):
    calls = []

    @cache.view()
    def answer() -> int:
        calls.append(1)
        return len(calls)

    assert answer() == 1
    cache.clear()
    assert answer() == 2


# --- bounded ----------------------------------------------------------------------------------------


def test_a_view_keeps_at_most_its_entries_least_recently_used_first_out():
    calls = []

    @cache.view(max_entries=3)
    def square(n: int) -> int:
        calls.append(n)
        return n * n

    for n in (1, 2, 3):
        square(n)
    square(1)  # 1 is now the most recently used: 2 goes first
    square(4)
    assert calls == [1, 2, 3, 4]
    square(1), square(3), square(4)
    assert calls == [1, 2, 3, 4]  # all three still kept
    square(2)
    assert calls == [1, 2, 3, 4, 2]  # 2 had been dropped; keeping it again drops 1, the least recently used
    square(1)  # 1 had been dropped: kept again, it drops 3
    assert calls == [1, 2, 3, 4, 2, 1]
    square(4), square(2), square(1)
    assert calls == [1, 2, 3, 4, 2, 1]
    square(3)
    assert calls == [1, 2, 3, 4, 2, 1, 3]
