"""The build checks the models a claim row names (moved from the old tests/test_claims.py)."""
import pytest

from gapboard.build.rows import BuildFailed
from gapboard.build.run import build
from tests.support.data import copy_sources, edit_csv


@pytest.fixture
def sources_copy(tmp_path):
    """A private copy of the project's sources, unbuilt: the build below fails at validation and writes nothing."""
    return copy_sources(tmp_path / "data")


def test_the_build_reports_a_claim_about_an_unknown_model(sources_copy):
    edit_csv(sources_copy.sources / "claims.csv", 2, "comparator", "claude-opus-4.66")
    with pytest.raises(BuildFailed) as failed:
        build(sources_copy)
    assert [str(p) for p in failed.value.problems] == [
        "sources/claims.csv:2: [comparator] unknown model 'claude-opus-4.66'; did you mean 'claude-opus-4.6'?"
    ]
