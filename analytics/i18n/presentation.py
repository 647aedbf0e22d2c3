"""Strings: layouts, empty and thin data explained, briefing outputs without holes (#15 items 2, 3, 4, 8)."""

STRINGS: dict[str, dict[str, str]] = {
}
