"""Cells shown as the user's language writes them (#15.8): ISO dates in previews become German dates."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from analytics.i18n import fmt_date

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")


def local_date_text(value: object, lang: str) -> object:
    """'2024-01-08' -> '08.01.2024' (de) / '8 Jan 2024' (en); with a time '08.01.2024 14:05'.
    Anything that is not exactly an ISO date (a post text, a number) stays as it is."""
    if not isinstance(value, str):
        return value
    match = _ISO.fullmatch(value.strip())
    if not match:
        return value
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return value
    text = fmt_date(day, lang)
    if match[4] is not None:
        text = f"{text} {int(match[4]):02d}:{int(match[5]):02d}"
    return text


def localised_preview(preview: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A preview table with every ISO date cell written as a date of ``lang``."""
    return preview.apply(lambda column: column.map(lambda value: local_date_text(value, lang)))
