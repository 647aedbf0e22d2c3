"""Strings: Programme settings, phases, partial periods, ages (#15)."""

STRINGS: dict[str, dict[str, str]] = {
}
