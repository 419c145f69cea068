"""A session's uploaded rows live in one server's memory; the link carries how many there were, so a session that
starts without them (a reload, a restarted server, a replica that went away) says plainly that they are gone.
What only a browser shows (AppTest runs a switched-to page without app.py's frame, and does not show a script's
own link writes) is in tests/browser/test_replicas.py: an upload writes its count into the link, and the notice
stays on every page of the session."""
from gapboard.ui.registry import FrameParams
from tests.support.pages import open_page

MARK = FrameParams.UPLOADED_ROWS


def _lost(at) -> list[str]:
    return [w.value for w in at.warning if "uploaded results" in w.value]


def test_a_session_without_the_rows_its_link_names_says_they_are_gone_and_drops_the_count():
    at = open_page("pages/benchmarks.py", **{MARK: "2"})
    (notice,) = _lost(at)
    assert "This view had 2 rows of your own uploaded results" in notice.replace("\\", "")
    assert MARK not in at.query_params  # a link copied from here no longer claims them
    assert any("Upload your results again" in link.proto.label for link in at.main.get("page_link"))


def test_a_hand_edited_count_is_ignored():
    for value in ("abc", "-1", "0"):
        at = open_page("pages/overview.py", **{MARK: value})
        assert not at.exception and not _lost(at) and MARK not in at.query_params
