"""Gapboard entry point: page config, the data check, the shared sidebar, then the chosen page."""
import streamlit as st

from gapboard.ui import frame
from gapboard.views import data

st.set_page_config(page_title="Gapboard", page_icon=":material/compare_arrows:", layout="wide")

status = data.ensure_current()
frame.choose_language()
page = frame.navigation()
frame.sidebar(status)
if not status.ok:
    frame.fault_page(status.problems, status.fix_command, status.rebuilt_because)
frame.run(page)
