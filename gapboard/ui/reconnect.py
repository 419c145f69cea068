"""Keeping a page live when the browser reconnects to another server (a replica behind a load balancer, or a
restarted one): Streamlit's frontend reconnects on its own but keeps drawing the old page until the next
interaction. This invisible element watches the connection and asks for a rerun once it is back, so the live server
redraws the view from the URL at once (and the page can say what the old session held that is gone)."""
from __future__ import annotations

import streamlit as st

# Runs in the page itself (no iframe): remembers the newest mount's trigger, and watches the app's connection state.
_WATCH = """
export default function (component) {
    window.__gapboardReconnected = component.setTriggerValue;
    if (window.__gapboardWatching) return;
    window.__gapboardWatching = true;
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app) return;
    let lost = false;
    new MutationObserver(() => {
        if (app.dataset.testConnectionState !== "CONNECTED") {
            lost = true;
        } else if (lost) {
            lost = false;
            window.__gapboardReconnected("reconnected", Date.now());
        }
    }).observe(app, {attributes: true, attributeFilter: ["data-test-connection-state"]});
}
"""
_watcher = st.components.v2.component("gapboard_reconnect", js=_WATCH, isolate_styles=False)


def watch() -> None:
    """Mount the watcher (once per page run, in the sidebar, where it takes no room from the page); a reconnection
    then reruns the page."""
    with st.sidebar:
        _watcher(key="gapboard_reconnect", on_reconnected_change=lambda: None, height=0)
