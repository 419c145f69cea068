"""One reader per public dataset under `data/external/`, each mapping the dataset's names to our ids through
an explicit table under `data/sources/mappings/` (helpers in `common`); names no table covers are reported
in a build note, never guessed."""
