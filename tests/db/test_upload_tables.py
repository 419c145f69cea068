"""This session's uploaded rows as tables of one DuckDB statement (moved from the old tests/test_uploads.py): they
join the look-up, exist only for their own statement, may not shadow a built table, and concurrent sessions each
see only their own."""
import threading

import pytest

from gapboard.core import uploads
from gapboard.db import scores
from gapboard.db.connection import run
from gapboard.views import cache
from tests.support.core import one_score


def _yours(value: float, model: str = "minimax-m2.5"):
    return one_score(value, model).rows


def test_session_rows_join_the_lookup_and_an_empty_frame_adds_nothing():
    public = scores.lookup_scores(cache.connection(), "minimax-m2.5", "swe-bench-verified", uploads.user_scores_frame())
    mixed = scores.lookup_scores(cache.connection(), "minimax-m2.5", "swe-bench-verified", _yours(66.6))
    assert len(mixed) == len(public) + 1
    mine = mixed[mixed["dataset"] == "yours"]
    assert mine["value"].tolist() == [66.6] and mine["harness_name"].tolist() == ["not stated"]
    assert str(mixed["as_of"].dtype).startswith("datetime64")  # DATE from the build and from the upload unite


def test_a_session_table_exists_only_for_its_own_query():
    run(cache.connection(), "SELECT count(*) AS n FROM user_scores", extra_tables={"user_scores": _yours(33.0)})
    with pytest.raises(Exception, match="user_scores"):
        run(cache.connection(), "SELECT count(*) AS n FROM user_scores")
    with cache.connection().cursor() as cursor, pytest.raises(Exception, match="user_scores"):
        cursor.execute("SELECT * FROM user_scores")


@pytest.mark.parametrize("name", ["scores", "models", "User_Scores", "x; DROP TABLE scores", ""])
def test_a_session_table_may_not_shadow_a_built_table_or_have_an_odd_name(name):
    with pytest.raises(ValueError, match="extra table name"):
        run(cache.connection(), "SELECT 1", extra_tables={name: _yours(1.0)})


def test_concurrent_sessions_each_see_only_their_own_frame():
    results, errors = {}, []

    def session(value: float):
        try:
            for _ in range(10):
                # db.connection.run keeps no result (the old query did, so the old test cleared its cache here):
                # every iteration runs the statement on its own cursor of the one shared connection
                frame = run(cache.connection(), "SELECT value FROM user_scores", extra_tables={"user_scores": _yours(value)})
                results.setdefault(value, set()).update(frame["value"].tolist())
        except Exception as exc:  # noqa: BLE001 — reported below
            errors.append(exc)

    threads = [threading.Thread(target=session, args=(float(v),)) for v in range(1, 7)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert results == {float(v): {float(v)} for v in range(1, 7)}
