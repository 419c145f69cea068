"""The offline build: data/sources (and the public datasets under data/external) validated into Parquet with a
manifest, the tables derived from them (claims judged once per build), where the data lives, opening a build as
DuckDB, and publishing a build to object storage. It never loads Streamlit."""
