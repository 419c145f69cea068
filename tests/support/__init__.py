"""Helpers the tests share: data folders (`data`), small folders for the readers (`ingest`), the app server and
browser (`server`), pages under AppTest (`pages`), hand-made rows (`rows`) and uploads (`core`, `uploads`),
hostile data (`hostile`), SQL-injection strings (`injection`) and Streamlit's own chart conversion (`charts`)."""
