"""Strings: Erasure, right of access, retention (#14 items 1, 6, 7)."""

STRINGS: dict[str, dict[str, str]] = {
}
