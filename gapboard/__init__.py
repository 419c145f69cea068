"""Gapboard: how close open-weight LLMs have come to proprietary ones, with sourced numbers."""
