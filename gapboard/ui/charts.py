"""Drawing a chart a view made (`gapboard.views.charts`)."""
from __future__ import annotations

import copy

import streamlit as st


def draw(spec: dict | None, width: str = "stretch", key: str | None = None, height: str | int = "content") -> None:
    """Draw a view's chart spec; nothing when it is None. Streamlit edits the spec it is given, so it gets a copy
    and the view's kept spec stays whole for the next rerun. `height` "stretch": fill the container it is in."""
    if spec is not None:
        st.vega_lite_chart(spec=copy.deepcopy(spec), width=width, key=key, height=height)
