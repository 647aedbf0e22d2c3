"""The element-cost benchmark's bare app (pages/timing/elements_app.py): each kind's page draws exactly
COUNT elements of its kind, so that its per-element figure in docs/BENCHMARK.md divides by the truth."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from pages.timing import elements_app

# kind -> the element type AppTest reports for it
EXPECTED = {
    "markdown": "markdown", "caption": "caption", "subheader": "subheader", "divider": "divider",
    "info": "info", "button": "button", "download_button": "download_button", "toggle": "toggle",
    "checkbox": "checkbox", "segmented_control": "button_group", "text_input": "text_input",
    "number_input": "number_input", "selectbox": "selectbox", "selectbox_with_width": "selectbox",
    "selectbox_in_columns": "selectbox", "date_input": "date_input", "date_in_popover": "date_input",
    "date_in_expander": "date_input",
}


def _draw(kind: str) -> None:  # the script AppTest runs: its imports are its own
    from pages.timing.elements_app import KINDS

    KINDS[kind]()


def test_every_kind_is_checked() -> None:
    assert list(EXPECTED) == list(elements_app.KINDS)


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_a_kinds_page_draws_count_elements_of_it(kind: str) -> None:
    at = AppTest.from_function(_draw, args=(kind,), default_timeout=60).run()
    assert not at.exception
    drawn = at.get(EXPECTED[kind])
    assert len(drawn) == elements_app.COUNT == 20
