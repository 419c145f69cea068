"""DuckDB access: the connection to one build and every SQL statement, one module per subject, each statement
behind a named function that binds its values as parameters. Nothing here imports Streamlit or caches."""
