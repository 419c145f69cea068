"""The offline build: data/sources (and the public datasets under data/external) validated into Parquet with a
manifest, where the data lives, and publishing a build to object storage. It never loads Streamlit."""
