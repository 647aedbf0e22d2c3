"""German and English strings, number and date formatting (also of ISO dates in preview tables).

Strings live in one module per feature, named like the feature's modules in ``analytics``
(``core``, ``ingest``, one per page such as ``support`` or ``impact``, ``briefing``, ``record`` …),
so that each feature keeps its own; :func:`t` looks a key up in all of them. German is the default.
"""

from __future__ import annotations

import logging
import math
import os
import re
from datetime import date, datetime
from typing import Any

import pandas as pd

from analytics.i18n import (
    audience,
    briefing,
    company_page,
    content,
    core,
    coverage,
    covered,
    diversity,
    engagement,
    frequency,
    goals,
    impact,
    importpage,
    ingest,
    lifecycle,
    periods,
    privacy,
    programme,
    record,
    support,
    suppression,
)

LANGUAGES = ("de", "en")
DEFAULT_LANG = "de"
# Set (to 1) by the tests: a key without text then raises instead of showing the key.
STRICT_ENV = "COCKPIT_STRICT_STRINGS"

STRINGS: dict[str, dict[str, str]] = {}
for _area in (core, ingest, coverage, covered, periods, engagement, frequency, support, diversity, content, impact,
              company_page, goals, programme, briefing, importpage, lifecycle, suppression, privacy, record,
              audience):
    _clash = STRINGS.keys() & _area.STRINGS.keys()
    if _clash:
        raise RuntimeError(f"string keys defined twice: {sorted(_clash)}")
    STRINGS.update(_area.STRINGS)

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}
MONTHS_SHORT = {
    "de": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def lang_or_default(lang: str | None) -> str:
    """A supported language code; German when unknown."""
    return lang if lang in LANGUAGES else DEFAULT_LANG


class MissingString(KeyError):
    """A message key without text: raised only where strings are checked (``COCKPIT_STRICT_STRINGS=1``)."""


def t(key: str, lang: str = DEFAULT_LANG, **params: Any) -> str:
    """The string ``key`` in ``lang`` with ``params`` filled in.

    A key without text shows as the key itself (and is logged): the running app never fails over
    a missing string. Under the tests (``COCKPIT_STRICT_STRINGS=1``) it raises :class:`MissingString`.
    """
    entry = STRINGS.get(key)
    if entry is None:
        if os.environ.get(STRICT_ENV) == "1":
            raise MissingString(key)
        logging.getLogger(__name__).warning("no text for the message key %r", key)
        return key
    text = entry.get(lang_or_default(lang)) or entry[DEFAULT_LANG]
    return text.format(**params) if params else text


def _group(digits: str, sep: str) -> str:
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


def fmt_number(value: float | int | None, lang: str = DEFAULT_LANG, decimals: int = 0) -> str:
    """15496 -> '15.496' (de) or '15,496' (en); None -> '–'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    thousands, point = (".", ",") if lang_or_default(lang) == "de" else (",", ".")
    negative = value < 0
    text = f"{abs(value):.{decimals}f}"
    whole, _, frac = text.partition(".")
    result = _group(whole, thousands) + (point + frac if frac else "")
    return ("−" if negative else "") + result


def fmt_percent(value: float | None, lang: str = DEFAULT_LANG, decimals: int = 1) -> str:
    """0.0472 -> '4,7 %' (de) or '4.7%' (en)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    number = fmt_number(value * 100, lang, decimals)
    return f"{number} %" if lang_or_default(lang) == "de" else f"{number}%"


def fmt_date(value: date | datetime | None, lang: str = DEFAULT_LANG) -> str:
    """2023-01-02 -> '02.01.2023' (de) or '2 Jan 2023' (en)."""
    if value is None:
        return "–"
    if lang_or_default(lang) == "de":
        return value.strftime("%d.%m.%Y")
    return f"{value.day} {MONTHS_SHORT['en'][value.month - 1]} {value.year}"


def fmt_month(value: date | datetime, lang: str = DEFAULT_LANG, short: bool = False) -> str:
    """2023-03-01 -> 'März 2023' / 'March 2023' (short: 'Mär 2023')."""
    names = MONTHS_SHORT if short else MONTHS
    return f"{names[lang_or_default(lang)][value.month - 1]} {value.year}"


def fmt_change(current: float | None, previous: float | None, lang: str = DEFAULT_LANG,
               percent: bool = False) -> str | None:
    """Change against a previous value: '+12', '-1,3 Pp.' (de) / '-1.3 pp' (en); None if unknown.

    The sign is an ASCII '+'/'-' because st.metric reads it to choose the arrow and colour; a change
    that shows as zero is '±0' ('±0,0 Pp.'), no rise (:func:`no_change`).
    """
    if current is None or previous is None:
        return None
    change = current - previous
    if percent:
        unit = " Pp." if lang_or_default(lang) == "de" else " pp"
        text = fmt_number(abs(change) * 100, lang, 1) + unit
    else:
        text = fmt_number(abs(change), lang)
    if not any(digit in text for digit in "123456789"):
        return NO_CHANGE + text
    return ("-" if change < 0 else "+") + text


NO_CHANGE = "±"


def first_upper(text: str) -> str:
    """``text`` with its first letter a capital, the rest as it is ('birth year' → 'Birth year')."""
    return text[:1].upper() + text[1:]


def no_change(delta: str | None) -> bool:
    """True for a change of :func:`fmt_change` that shows as zero ('±0'): drawn without arrow or colour."""
    return bool(delta) and delta.startswith(NO_CHANGE)


def plotly_separators(lang: str = DEFAULT_LANG) -> str:
    """Plotly's ``layout.separators``: decimal mark then thousands separator."""
    return ",." if lang_or_default(lang) == "de" else ".,"


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")


def local_date_text(value: object, lang: str) -> object:
    """'2024-01-08' -> '08.01.2024' (de) / '8 Jan 2024' (en); with a time '08.01.2024 14:05'.
    Anything that is not exactly an ISO date (a post text, a number) stays as it is: a file's
    preview shows its cells as the user's language writes them."""
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
