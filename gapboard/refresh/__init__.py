"""The maintenance command that keeps the public datasets current (`python -m gapboard.refresh`): the only part of
Gapboard that uses the network. It fetches, checks, reports and then swaps in atomically, or changes nothing."""
