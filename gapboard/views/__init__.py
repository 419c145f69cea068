"""What each page draws, computed from the build: one module of views per page plus the lookups they share.

A view is called with plain values (what the page's widgets hold) and is the only code that keeps results
(`cache.view`); its chart specs come from `charts`. Nothing here imports Streamlit.
"""
