"""Strings: Small-group suppression and the workspace's threshold (#14 items 2, 3)."""

STRINGS: dict[str, dict[str, str]] = {
}
