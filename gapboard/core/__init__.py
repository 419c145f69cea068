"""Pure domain code: the vocabulary, the row schema and every rule and computation on rows.

Nothing here imports Streamlit, DuckDB or any other Gapboard layer.
"""
