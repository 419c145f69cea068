"""The pure rules for uploaded rows ("yours"): each is a model of its own, sits beside the public cell and never
decides a column's main harness or is hidden by the harness threshold."""
import pandas as pd

from gapboard.core import harness
from gapboard.core.headline import benchmark_cells
from tests.support.rows import frame, score
from tests.support.uploads import our_rows


def test_marked_rows_are_models_of_their_own():
    marked = our_rows().marked
    assert marked["model"].tolist() == ["minimax-m2.5~yours", "yours-our-model-b-v1-b~yours"]
    assert marked["model_id"].tolist() == ["minimax-m2.5", "yours-our-model-b-v1-b"]
    assert marked["model_name"].tolist() == ["MiniMax-M2.5 (yours)", "Our Model <b>v1</b> (yours)"]


def test_a_yours_cell_sits_beside_the_public_one_and_never_decides_the_main_harness():
    def yours(model: str, value: float) -> dict:
        row = score(model, value, harness="h2", dataset="yours", reported_by="yours", confidence=None, source_url=None)
        return row | {"model": f"{model}~yours", "model_name": row["model_name"] + " (yours)"}

    rows = frame(score("o1", 70, harness="h1"), score("p1", 72, harness="h2"), yours("o1", 99), yours("o2", 98))
    cells = benchmark_cells(rows).set_index("model")
    assert cells.loc["o1", "value"] == 70.0 and cells.loc["o1~yours", "value"] == 99.0
    # h1 and h2 each cover one public model; the tie goes to h1 by id. Yours (two models under h2) do not count.
    assert set(cells["main_harness"]) == {"h1"}
    assert bool(cells.loc["o1", "harness_differs"]) is False


def test_the_harness_threshold_never_hides_your_models():
    cells = pd.DataFrame({
        "model_key": ["a", "a", "b", "c~yours"], "harness": ["h1", "h2", "h1", "h1"],
        "dataset": ["d", "d", "d", "yours"],
    })
    assert harness.with_min_harnesses(cells, 2)["model_key"].tolist() == ["a", "a", "c~yours"]
