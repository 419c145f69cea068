"""Tables handed to a page ready to draw: converted to Arrow once, inside the view that keeps them."""
from __future__ import annotations

import pandas as pd
import pyarrow as pa


def arrow(frame: pd.DataFrame) -> pa.Table:
    """`frame` as the Arrow table `st.dataframe` would make of it (a default index stays schema metadata), so a
    rerun draws it without converting it again."""
    return pa.Table.from_pandas(frame)
