"""Values by meaning: gender, social-media experience and yes/no as HR lists and teams write them.

Each reader returns the canonical code, or ``None`` with ``understood=False`` for a value it
cannot read (the importer lists those with their count instead of rejecting the person).

Experience given as a number is read on a scale, stated in docs/formats.md and on the import page:

==========  ======  =====  ========  =====
scale       none    low    medium    high
==========  ======  =====  ========  =====
0–3         0       1      2         3
1–5         (0,) 1  2      3         4, 5
0–10        0       1–3    4–6       7–10
==========  ======  =====  ========  =====

The scale is the one the header names (``Erfahrung (1–5)``, ``0-10``); without one, the
largest number in the column decides (up to 3: 0–3, up to 5: 1–5, up to 10: 0–10), and the
report says which scale was used.
"""

from __future__ import annotations

import re
from typing import Any

from analytics.ingest.columns import normalise_header

GENDERS: dict[str, tuple[str, ...]] = {
    "female": ("weiblich", "w", "f", "female", "frau", "woman", "fem", "weibl", "wbl", "femme"),
    "male": ("maennlich", "m", "male", "mann", "man", "maennl", "herr", "mnl"),
    "diverse": (
        "divers", "d", "diverse", "x", "nicht binaer", "nichtbinaer", "non binary", "nonbinary", "other",
        "andere", "anderes", "inter", "nb", "div",
    ),
}
# an answer that says "not stated": understood, the gender stays unknown
GENDER_UNSTATED = ("keine angabe", "k a", "ka", "ohne angabe", "not specified", "prefer not to say",
                   "no answer", "n a", "unbekannt", "unknown")
EXPERIENCE_WORDS: dict[str, tuple[str, ...]] = {
    "none": ("keine", "kein", "none", "no", "nein", "ohne", "keine erfahrung", "gar keine", "nicht vorhanden"),
    "low": ("gering", "wenig", "low", "little", "beginner", "anfaenger", "niedrig", "einsteiger", "basic",
            "sehr gering", "sehr wenig", "eher wenig", "eher gering", "geringe", "wenige"),
    "medium": ("mittel", "medium", "some", "intermediate", "etwas", "fortgeschritten", "moderate", "mittelmaessig",
               "durchschnittlich", "mittlere", "average"),
    "high": ("hoch", "viel", "high", "expert", "advanced", "profi", "experte", "sehr hoch", "gross", "sehr viel",
             "sehr gut", "gut", "viele", "hohe", "very high", "a lot", "eher viel", "eher hoch"),
}
_SCALE_BANDS: dict[str, dict[int, str]] = {
    "0–3": {0: "none", 1: "low", 2: "medium", 3: "high"},
    "1–5": {0: "none", 1: "none", 2: "low", 3: "medium", 4: "high", 5: "high"},
    "0–10": {0: "none", 1: "low", 2: "low", 3: "low", 4: "medium", 5: "medium", 6: "medium",
             7: "high", 8: "high", 9: "high", 10: "high"},
}
_SCALE_IN_HEADER = re.compile(r"(?<!\d)([01])\s*(?:-|–|—|bis|to|/)\s*(3|5|10)(?!\d)", re.I)

YES = ("ja", "j", "yes", "y", "x", "1", "true", "wahr", "ausgewaehlt", "selected", "angenommen", "zusage",
       "aufgenommen")
NO = ("nein", "n", "no", "0", "false", "falsch", "abgelehnt", "absage", "rejected", "not selected",
      "nicht ausgewaehlt", "nicht angenommen")
_YES_SYMBOLS = ("✓", "✔", "☑", "✅", "☒")
_NO_SYMBOLS = ("✗", "✘", "☐", "❌", "-", "–", "—")


def gender(text: str) -> tuple[str | None, bool]:
    """(code, understood): 'w' -> ('female', True); 'keine Angabe' -> (None, True)."""
    norm = normalise_header(text)
    for code, names in GENDERS.items():
        if norm in names:
            return code, True
    return None, norm in GENDER_UNSTATED


def _number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip()
    match = re.fullmatch(r"(\d{1,2})(?:[.,]0+)?", text)
    return int(match.group(1)) if match else None


def experience_scale(header: str | None, values: list[Any]) -> str | None:
    """The scale numbers in an experience column are read on ('0–3', '1–5', '0–10'), or None."""
    numbers = [n for n in (_number(v) for v in values) if n is not None]
    if not numbers:
        return None
    match = _SCALE_IN_HEADER.search(header or "")
    if match:
        low, high = match.groups()
        return {"3": "0–3", "5": "1–5", "10": "0–10"}[high] if (low, high) != ("0", "5") else "1–5"
    top = max(numbers)
    return "0–3" if top <= 3 else "1–5" if top <= 5 else "0–10" if top <= 10 else None


def experience(value: Any, scale: str | None) -> tuple[str | None, bool]:
    """(band, understood) of a word ('wenig') or a number on ``scale``."""
    number = _number(value)
    if number is not None:
        band = _SCALE_BANDS.get(scale or "", {}).get(number)
        return band, band is not None
    norm = normalise_header(value)
    for code, names in EXPERIENCE_WORDS.items():
        if norm in names or norm == code:
            return code, True
    return None, False


def yes_no(value: Any) -> bool | None:
    """True / False for ja/nein, x, ✓, 1/0, yes/no, true/false (an empty cell is no); None when unclear."""
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = str(value).strip()
    if not text:
        return False
    if text in _YES_SYMBOLS:
        return True
    if text in _NO_SYMBOLS:
        return False
    norm = normalise_header(text)
    if norm in YES:
        return True
    if norm in NO:
        return False
    return None
