"""Name keys: the shortcut for plain ASCII names gives what the character-by-character rule gives."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from analytics.people import normalise_name


def _by_character(name: str) -> str:
    """The rule spelled out (as normalise_name applies it to names that are not plain ASCII)."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFC", name):
        category = unicodedata.category(char)
        if category in ("So", "Sk", "Cs", "Co", "Cf") or char in "\ufe0f\u200d":
            kept.append(" ")
        elif category == "Mn" and not kept:
            continue
        else:
            kept.append(char)
    return re.sub(r"\s+", " ", "".join(kept)).strip().casefold()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_names_follow_the_rule(name: str) -> None:
    assert normalise_name(name) == _by_character(name)


def test_examples() -> None:
    assert normalise_name("  Anna   MÜLLER 🚒 ") == "anna müller"
    assert normalise_name("Influencer 0135") == "influencer 0135"
    assert normalise_name("Ben^Carter") == "ben carter"  # '^' is a modifier symbol, like an emoji
    assert normalise_name("\tJörg\u00a0Groß ") == "jörg gross"
