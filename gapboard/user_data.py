"""This browser session's own results ("yours"), kept in st.session_state and nowhere else.

Nothing here is written to disk or shared: another session never sees these rows. A page includes them
in a query by passing the session frame as an extra table of that one query:

    from gapboard import user_data
    frame = queries.some_query(..., user_scores=user_data.scores())
    # in the query function:  query(SQL, params, extra_tables={"user_scores": user_scores})
    # in SQL:                 ... FROM scores ... UNION ALL BY NAME SELECT ... FROM user_scores

`user_scores` has the columns of the built `scores` table plus `model_name`, `weights`, `model_is_new`,
`benchmark_name`, `harness_name`, `cost_usd_per_task` and `tokens_per_task` (see
`uploads.USER_SCORES_SCHEMA`); its `dataset` and `reported_by` are "yours". It is empty, with every
column typed, when nothing was uploaded, so the same SQL works either way.
"""
from __future__ import annotations

import functools

import pandas as pd
import streamlit as st

from gapboard import queries, ui, uploads

_KEY = "_gapboard_yours"  # the Upload whose rows are in use
_ATTEMPT = "_gapboard_yours_attempt"  # the last Upload read, usable or not (for its messages)


def current() -> uploads.Upload | None:
    """The upload whose rows are in use (the last file that could be read: its rows and problems), or None."""
    return st.session_state.get(_KEY)


def keep(upload: uploads.Upload) -> None:
    st.session_state[_KEY] = upload


def forget() -> None:
    st.session_state.pop(_KEY, None)
    st.session_state.pop(_ATTEMPT, None)


def scores() -> pd.DataFrame:
    """This session's uploaded rows as the typed `user_scores` frame (empty if none)."""
    upload = current()
    return upload.rows if upload is not None else _no_rows().copy()


@functools.cache
def _no_rows() -> pd.DataFrame:
    """The empty typed frame, built once (each caller gets a copy)."""
    return uploads.user_scores_frame()


def marked_scores() -> pd.DataFrame | None:
    """This session's uploaded rows as their own "(yours)" models (`uploads.marked`), or None when there
    are none, so a page without an upload runs exactly the queries it ran before uploads existed."""
    upload = current()
    return uploads.marked(upload.rows) if upload is not None and not upload.rows.empty else None


def notice(included: int, where: str = "") -> None:
    """On a page that shows uploaded rows: how many of them it includes (and `where`, our own text), that
    only this session sees them, and a link to the Sources page, where they are removed. Nothing when
    nothing was uploaded."""
    upload = current()
    if upload is None or upload.rows.empty:
        return
    total = len(upload.rows)
    st.info(
        f"Including {included} of your {total} uploaded row{'' if total == 1 else 's'} from {ui.plain(upload.file_name)}, "
        "marked “(yours)” — only you see them, in this browser session. Each is its own row beside the public ones: "
        "your values never replace a public value." + (f" {where}" if where else ""),
        icon=":material/person:",
    )
    st.page_link("pages/sources.py", label="Your results on the Sources page (see or remove them)",
                 query_params={"tab": "Your results"}, icon=":material/arrow_forward:")


def new_models() -> dict[str, str]:
    """Models this session added (not in Gapboard's list): id → name."""
    if current() is None:
        return {}
    rows = scores()
    rows = rows[rows["model_is_new"].fillna(False).astype(bool)]
    return dict(zip(rows["model"], rows["model_name"]))


def last_attempt() -> uploads.Upload | None:
    """The last file read in this session, whether or not it could be used (for its messages)."""
    return st.session_state.get(_ATTEMPT)


def catalogue() -> uploads.Catalogue:
    """What uploaded names are matched against, from the current build."""
    return uploads.Catalogue.from_frames(queries.models(), queries.upload_benchmarks(), queries.upload_harnesses())


def read_uploaded(widget_key: str) -> None:
    """on_change callback of the upload widget: read the file and keep its good rows for this session.

    A file that cannot be read at all changes nothing: the rows kept before stay in use. Removing the
    file from the widget keeps the rows too; `forget()` (the page's remove button) drops them."""
    uploaded = st.session_state.get(widget_key)
    if uploaded is None:
        st.session_state.pop(_ATTEMPT, None)
        return
    attempt = uploads.read_upload(uploaded.name, uploaded.getvalue(), catalogue())
    st.session_state[_ATTEMPT] = attempt
    if attempt.error is None:
        keep(attempt)
