"""The page "Publikum" in Debian's Chromium at 1280×720, German and English, on four people's member exports
(tests/fixtures/audience): the tiles say what test_audience computes by hand, no tile or button text is cut,
no two texts of a chart overlap, no name shows; the one-person view shows the person's audience.
Screenshots go to artifacts/screenshots."""

from __future__ import annotations

import pytest
from browser import metric_value, rerun, screenshot, streamlit_server, wait_for_app
from fixtures import build_audience
from playwright.sync_api import expect
from test_browser_layout import CUT, OVERLAPS

pytestmark = pytest.mark.browser

QUARTER = "from=2026-01-01&to=2026-03-31"
NAMES = ("Anna Albers", "Ben Brandt", "Cem Özdemir", "Dana Dorn")


@pytest.fixture(scope="module")
def audience_app(tmp_path_factory):
    with streamlit_server(build_audience(tmp_path_factory.mktemp("audience") / "audience.duckdb")) as url:
        yield url


@pytest.mark.parametrize(("lang", "tiles"), [
    ("de", {"Erreichte Mitglieder": "12.000", "In der Zielregion": "47 %", "Interne Reichweite": "12 %"}),
    ("en", {"Members reached": "12,000", "In the target region": "47%", "Internal reach": "12%"}),
])
def test_the_audience_page_at_1280(browser, audience_app, lang, tiles) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    page.goto(f"{audience_app}/Publikum?{QUARTER}&lang={lang}")
    wait_for_app(page, 90_000)
    page.locator("[data-testid='stMetric']").first.wait_for(timeout=90_000)
    assert {label: metric_value(page, label) for label in tiles} == tiles
    # six categories, the course, the activity (drawn after the tiles: waited for)
    expect(page.locator("[data-testid='stPlotlyChart']")).to_have_count(8, timeout=60_000)
    assert page.evaluate(CUT) == []
    assert page.evaluate(OVERLAPS) == []
    assert page.locator("[data-testid='stException']").count() == 0
    body = page.locator("[data-testid='stMain']").inner_text()
    assert not any(name in body for name in NAMES)
    screenshot(page, f"publikum_{lang}_1280")
    page.close()


def test_the_one_person_view_shows_the_person_s_audience(browser, audience_app) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    page.goto(f"{audience_app}/Begleitung?{QUARTER}")
    wait_for_app(page, 90_000)
    expect(page.get_by_text("Bitte eine Person wählen")).to_be_visible(timeout=60_000)

    def choose() -> None:
        page.locator("[data-testid=stSelectbox]").first.click()
        page.keyboard.type("Anna")
        page.keyboard.press("Enter")

    rerun(page, choose, 90_000)
    window = page.get_by_text("Export 01.01.–31.03.2026: 6.000 erreichte Mitglieder, 15.000 Impressionen.")
    window.scroll_into_view_if_needed()
    expect(window).to_be_visible(timeout=60_000)
    screenshot(page, "begleitung_publikum_de_1280")
    page.get_by_role("heading", name="Publikum eines Beitrags").scroll_into_view_if_needed()
    expect(page.get_by_text("1.100 erreichte Mitglieder, 1.500 Impressionen.")).to_be_visible(timeout=60_000)
    assert page.locator("[data-testid='stException']").count() == 0
    screenshot(page, "begleitung_beitragspublikum_de_1280")
    page.close()
