"""This browser session's own results ("yours"), kept in st.session_state and nowhere else: nothing is written to
disk or shared, and another session never sees these rows. Views take them as `views.session.SessionRows`."""
from __future__ import annotations

import streamlit as st

from gapboard.core import uploads
from gapboard.ui import registry
from gapboard.ui.format import plain
from gapboard.views import sources
from gapboard.views.session import SessionRows

_KEY = "_gapboard_yours"  # the Upload whose rows are in use
_ATTEMPT = "_gapboard_yours_attempt"  # the last Upload read, usable or not (for its messages)
_LOST = "_gapboard_yours_lost"  # rows a link said this view had, which this session never received
_MARK = registry.FrameParams.UPLOADED_ROWS


def current() -> uploads.Upload | None:
    """The upload whose rows are in use (the last file that could be read: its rows and problems), or None."""
    return st.session_state.get(_KEY)


def rows() -> SessionRows | None:
    """This session's uploaded rows as the views take them; None when nothing was uploaded."""
    return SessionRows.of(current())


def forget() -> None:
    st.session_state.pop(_KEY, None)
    st.session_state.pop(_ATTEMPT, None)
    st.query_params.pop(_MARK, None)


def lost_uploads_notice() -> None:
    """Uploaded rows live in one server's memory. When a session starts from a link that says it had some (the
    page was reloaded, its server restarted, or a replica behind a load balancer went away and the browser
    reconnected to another), say plainly that they are gone, for as long as this session lasts."""
    linked = st.query_params.get(_MARK)
    if current() is None and linked is not None and linked.isdigit() and int(linked) > 0:
        st.session_state[_LOST] = int(linked)
    lost = st.session_state.get(_LOST)
    if lost and current() is None:
        st.warning(
            f"This view had {lost} row{'' if lost == 1 else 's'} of your own uploaded results. Uploaded rows are kept "
            "only in the browser session that uploaded them, on the server that held it, and that session has ended (the "
            "page was reloaded, or its server restarted or was replaced), so they are not shown here. Upload the file "
            "again to see them.",
            icon=":material/cloud_off:",
        )
        st.page_link(registry.SOURCES.file, label="Upload your results again", query_params=registry.your_results_link(),
                     icon=":material/upload_file:")


def keep_in_link() -> None:
    """Keep in the URL how many rows this session uploaded, and drop a count this session does not hold."""
    upload = current()
    count = 0 if upload is None else len(upload.rows)
    if count and st.query_params.get(_MARK) != str(count):
        st.query_params[_MARK] = str(count)
    elif not count:
        st.query_params.pop(_MARK, None)


def last_attempt() -> uploads.Upload | None:
    """The last file read in this session, whether or not it could be used (for its messages)."""
    return st.session_state.get(_ATTEMPT)


def new_models() -> dict[str, str]:
    """Models this session added (not in Gapboard's list): id → name."""
    upload = current()
    if upload is None:
        return {}
    added = upload.rows[upload.rows["model_is_new"].fillna(False).astype(bool)]
    return dict(zip(added["model"], added["model_name"]))


def read_uploaded(widget_key: str) -> None:
    """on_change callback of the upload widget: read the file and keep its good rows for this session.

    A file that cannot be read at all changes nothing: the rows kept before stay in use. Removing the file from
    the widget keeps the rows too; `forget()` (the page's remove button) drops them."""
    uploaded = st.session_state.get(widget_key)
    if uploaded is None:
        st.session_state.pop(_ATTEMPT, None)
        return
    attempt = uploads.read_upload(uploaded.name, uploaded.getvalue(), sources.upload_catalogue())
    st.session_state[_ATTEMPT] = attempt
    if attempt.error is None:
        st.session_state[_KEY] = attempt


def notice(included: int, where: str = "") -> None:
    """On a page that shows uploaded rows: how many of them it includes (and `where`, our own text), that only
    this session sees them, and a link to the Sources page, where they are removed. Nothing without an upload."""
    upload = current()
    if upload is None or upload.rows.empty:
        return
    total = len(upload.rows)
    st.info(
        f"Including {included} of your {total} uploaded row{'' if total == 1 else 's'} from {plain(upload.file_name)}, "
        "marked “(yours)” — only you see them, in this browser session. Each is its own row beside the public ones: "
        "your values never replace a public value." + (f" {where}" if where else ""),
        icon=":material/person:",
    )
    st.page_link(registry.SOURCES.file, label="Your results on the Sources page (see or remove them)",
                 query_params=registry.your_results_link(), icon=":material/arrow_forward:")
