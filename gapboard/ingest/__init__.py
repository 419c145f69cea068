"""Readers for public external datasets under `data/external/`, one module per dataset.

Each module exposes readers (see `gapboard.build.Reader`) that turn the raw files into rows of a
Gapboard table, mapping external model names to our ids through an explicit table under
`data/sources/mappings/`; names no mapping covers are reported with `ctx.note(...)`, never guessed.
"""
