"""DuckDB access: every SQL statement, one module per subject, each behind a named function that binds its values as
parameters, run on any connection that holds the built tables (the app's, or the build's own while it judges the
claims). Nothing here imports Streamlit, knows where a build lives, or caches."""
