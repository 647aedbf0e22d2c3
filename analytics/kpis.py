"""KPI tiles with their change against the previous period, for the overview page and the briefing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from analytics.i18n import fmt_change, fmt_number, fmt_percent, t


@dataclass(frozen=True)
class Tile:
    """One KPI: label, value in the locale, change against the previous period ('+12', '-0,4 Pp.')."""

    key: str
    label: str
    value: float | int | None
    text: str
    delta: str | None
    help: str | None = None


def format_value(value: float | None, lang: str, kind: str = "int") -> str:
    """A tile value in the user's locale ('1.234', '4,1 %')."""
    if kind == "percent":
        return fmt_percent(value, lang, 1)
    return fmt_number(value, lang)


def kpi_tiles(current: Mapping[str, Any], previous: Mapping[str, Any] | None,
              rows: Sequence[tuple[str, str, str, str | None]], lang: str) -> tuple[Tile, ...]:
    """One tile per row ``(key, label key, kind, help)``; ``kind`` is 'int' or 'percent'.

    No change is shown against a previous period without any posts: "+326" would mislead.
    """
    compare = previous if previous and previous["posts"] else None
    tiles = []
    for key, label, kind, help_text in rows:
        value = current[key]
        delta = fmt_change(value, compare[key], lang, percent=kind == "percent") if compare else None
        tiles.append(Tile(key=key, label=t(label, lang), value=value, text=format_value(value, lang, kind),
                          delta=delta, help=help_text))
    return tuple(tiles)
