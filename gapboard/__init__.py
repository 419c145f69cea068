"""Gapboard: how close open-weight LLMs have come to proprietary ones, with sourced numbers.

Layers, each importing only those below it: `core` (pure domain) ← `build` (the offline build) ← `db` (DuckDB and
the SQL) ← `views` (what pages draw, the only caching) ← `ui` (Streamlit) ← the pages.
"""
