"""Strings: Outcome ledger, topics and the one-person support view (#16 items 3, 4, 5)."""

STRINGS: dict[str, dict[str, str]] = {
}
