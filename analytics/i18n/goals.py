"""Strings: Goals and the company page against the programme (#16 items 1, 2)."""

STRINGS: dict[str, dict[str, str]] = {
}
