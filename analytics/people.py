"""Canonical forms of roster attributes, shared by the demo loader and the importers."""

from __future__ import annotations

import functools
import re
import unicodedata

# each coded attribute's values in reading order, with their words for people
AGE_BAND_TEXT_KEYS = {"<30": "age_<30", "30-39": "age_30-39", "40-49": "age_40-49", "50-59": "age_50-59",
                      "60+": "age_60+"}
GENDER_TEXT_KEYS = {"female": "gender_female", "male": "gender_male", "diverse": "gender_diverse"}
EXPERIENCE_TEXT_KEYS = {"none": "experience_none", "low": "experience_low", "medium": "experience_medium",
                        "high": "experience_high"}
AGE_BANDS = tuple(AGE_BAND_TEXT_KEYS)
GENDERS = tuple(GENDER_TEXT_KEYS)
EXPERIENCE_LEVELS = tuple(EXPERIENCE_TEXT_KEYS)


@functools.lru_cache(maxsize=65_536)
def normalise_name(name: str) -> str:
    """Matching key for a person's name: case, extra spaces and emoji are ignored.

    >>> normalise_name("  Anna   MÜLLER 🚒 ")
    'anna müller'
    """
    if name and name.isascii() and "^" not in name and "`" not in name:
        # no ASCII character but these two is a symbol, modifier or mark: only spaces and case change
        return re.sub(r"\s+", " ", name).strip().casefold()
    return name_key_by_character(name)


def name_key_by_character(name: str) -> str:
    """:func:`normalise_name` character by character (the rule; normalise_name shortcuts plain ASCII)."""
    kept = []
    for char in unicodedata.normalize("NFC", name or ""):
        category = unicodedata.category(char)
        # So = other symbols (emoji), Sk/Mn cover skin-tone modifiers and variation selectors,
        # Cf = zero-width joiners inside emoji sequences.
        if category in ("So", "Sk", "Cs", "Co", "Cf") or char in "\ufe0f\u200d":
            kept.append(" ")
        elif category == "Mn" and not kept:
            continue
        else:
            kept.append(char)
    return re.sub(r"\s+", " ", "".join(kept)).strip().casefold()


def age_band(age: int | None) -> str | None:
    """The age band of an age in years."""
    if age is None:
        return None
    if age < 30:
        return "<30"
    if age >= 60:
        return "60+"
    low = age // 10 * 10
    return f"{low}-{low + 9}"


def age_band_from_birth_year(birth_year: int | None, reference_year: int) -> str | None:
    """The age band someone born in ``birth_year`` is in during ``reference_year``."""
    if birth_year is None:
        return None
    return age_band(reference_year - birth_year)
