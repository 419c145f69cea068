"""The Benchmarks table as the browser gets it from `ui.tables.marked_table` under AppTest: each cell's own marker
text over the kept numbers, and the tints and weights colours (moved from the old tests/test_benchmark_table.py)."""
import re

import pandas as pd
import pyarrow as pa
from streamlit.testing.v1 import AppTest

from gapboard.ui import tables


def _styled(values, markers, tinted, numbers):
    """What the browser gets from ui.tables.marked_table: the display texts and the cell styles."""
    def page(values, markers, tinted, numbers):
        from gapboard.ui import tables

        tables.marked_table(values, markers, tinted, numbers)

    at = AppTest.from_function(page, args=(values, markers, tinted, numbers)).run()
    styler = at.dataframe[0].proto.arrow_data.styler
    return pa.ipc.open_stream(styler.display_values).read_all().to_pandas(), styler.styles, at.dataframe[0].value


def test_marked_cells_show_their_own_marker_even_when_a_column_repeats_a_number():
    # One number (69.2) in a column with three different markers, a missing cell and a reported zero: each
    # cell shows its own text while the table keeps the numbers, and only tinted cells get the tint.
    values = pd.DataFrame({
        "Model": ["a", "b", "c", "d", "e"], "Weights": ["open", "proprietary", "open", "open", "proprietary"],
        "B1": [69.2, 69.2, 69.2, None, 0.0], "B2": [1.5, 1.5, 2.0, 3.0, None],
    })
    markers = pd.DataFrame({"B1": ["V", "", "≠ ⚠2", "V", ""], "B2": ["", "V", "V", "", "V"]})
    tinted = pd.DataFrame({"B1": [True, False, False, True, False], "B2": [False, True, True, False, False]})
    shown, styles, numbers = _styled(values, markers, tinted, ["B1", "B2"])
    assert shown["B1"].tolist() == ["69.2 V", "69.2", "69.2 ≠ ⚠2", "not reported", "0"]
    assert shown["B2"].tolist() == ["1.5", "1.5 V", "2 V", "3", "not reported"]
    assert numbers["B1"].tolist()[:3] == [69.2, 69.2, 69.2] and numbers["B1"].tolist()[4] == 0.0
    css = {}  # "rowR_colC" → its style, from rules like "#T_id_row0_col2, #T_id_row1_col3 { background-color: … }"
    for rule in styles.splitlines():
        selectors, _, style = rule.partition(" { ")
        css.update({cell: style.removesuffix(" }") for cell in re.findall(r"row\d+_col\d+", selectors)})
    assert {cell for cell, style in css.items() if style == tables.TINT} == {"row0_col2", "row3_col2", "row1_col3", "row2_col3"}
    assert [css[f"row{r}_col1"] for r in range(5)] == [tables.WEIGHTS_TEXT[w] for w in values["Weights"]]
    assert len(css) == 4 + 5  # nothing else is styled
