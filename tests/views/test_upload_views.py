"""Uploads against the real build (moved from the old tests/test_uploads.py): the template reads cleanly against the
catalogue of the current build, and the cached look-up follows the uploaded rows' content."""
from gapboard.core import uploads
from gapboard.views import sources
from gapboard.views.session import SessionRows, frame_digest
from tests.support.core import TODAY, one_score


def _yours(value: float, model: str = "minimax-m2.5"):
    return one_score(value, model).rows


def test_the_template_reads_cleanly_against_the_real_catalogue():
    upload = uploads.read_upload("template.csv", uploads.template_csv(), sources.upload_catalogue(), TODAY)
    assert upload.error is None and upload.problems.empty and len(upload.rows) == 2
    assert upload.rows["model_is_new"].tolist() == [False, True]
    assert list(uploads.columns_frame()["column"]) == list(uploads.COLUMN_NAMES)


def test_the_cache_key_follows_the_frame_content():
    first = sources.lookup("minimax-m2.5", "swe-bench-verified", SessionRows.of(one_score(11.0))).scores.to_pandas()
    second = sources.lookup("minimax-m2.5", "swe-bench-verified", SessionRows.of(one_score(22.0))).scores.to_pandas()
    assert first[first["dataset"] == "yours"]["value"].tolist() == [11.0]
    assert second[second["dataset"] == "yours"]["value"].tolist() == [22.0]
    assert frame_digest(_yours(11.0)) == frame_digest(_yours(11.0)) != frame_digest(_yours(22.0))
