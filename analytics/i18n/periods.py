"""Strings of partial periods (analytics.periods): a week, month or quarter the data covers only in part."""

STRINGS: dict[str, dict[str, str]] = {
    "prog_partial_until": {"de": "bis {date}", "en": "to {date}"},
    "prog_partial_from": {"de": "ab {date}", "en": "from {date}"},
    "prog_partial_between": {"de": "{start}–{end}", "en": "{start}–{end}"},
    "prog_partial_note": {
        "de": "„(bis …)“, schraffiert: Zeiträume, die die Daten nur zum Teil abdecken (Daten bis {until}) – nicht "
              "mit vollen vergleichen.",
        "en": "“(to …)”, hatched: periods the data covers only in part (data up to {until}) – not to be compared "
              "with full ones.",
    },
}
