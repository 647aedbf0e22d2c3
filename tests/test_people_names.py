"""Name keys: the shortcut for plain ASCII names gives what the character-by-character rule gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analytics.people import name_key_by_character, normalise_name


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_names_follow_the_rule(name: str) -> None:
    assert normalise_name(name) == name_key_by_character(name)


def test_examples() -> None:
    assert normalise_name("  Anna   MÜLLER 🚒 ") == "anna müller"
    assert normalise_name("Influencer 0135") == "influencer 0135"
    assert normalise_name("Ben^Carter") == "ben carter"  # '^' is a modifier symbol, like an emoji
    assert normalise_name("Zoë`s") == name_key_by_character("Zoë`s") == "zoë s"
    assert normalise_name("\tJörg\u00a0Groß ") == "jörg gross"
