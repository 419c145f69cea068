"""Errors every layer may raise or show."""


class DataUnavailable(Exception):
    """The built data cannot be read; the message says why and names the command that fixes it."""
