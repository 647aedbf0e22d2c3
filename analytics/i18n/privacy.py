"""Strings: Pseudonyms in exports, staff-council mode and its access log, record of processing (#14 items 4, 5, 8)."""

STRINGS: dict[str, dict[str, str]] = {
}
