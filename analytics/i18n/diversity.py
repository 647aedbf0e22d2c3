"""diversity page strings: key -> {"de": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {}
