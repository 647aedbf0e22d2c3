"""The support work in a real browser: the one-person view and the topics on the content page."""

from __future__ import annotations

import pytest
from browser import metric_value, rerun, screenshot, streamlit_server, wait_for_app
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

COLLEAGUES = ("Maximilian Obermaier", "Katharina Brunnhuber", "Mira Petrović", "Robin Achatz", "Sina Lechner")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    db = tmp_path_factory.mktemp("support") / "workspace.duckdb"
    with streamlit_server(db) as url:
        yield url


def test_one_person_view(browser, app_url) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    page.goto(f"{app_url}/Begleitung")
    wait_for_app(page, 90_000)
    expect(page.get_by_text("Bitte eine Person wählen")).to_be_visible(timeout=60_000)

    def choose() -> None:
        page.locator("[data-testid=stSelectbox]").first.click()
        page.keyboard.type("Renate")
        page.keyboard.press("Enter")

    rerun(page, choose, 90_000)
    expect(page.get_by_role("heading", name="Renate Feichtmayr")).to_be_visible(timeout=60_000)
    assert metric_value(page, "Beiträge im Zeitraum") == "32"
    assert metric_value(page, "Wochen mit Beitrag") == "19 von 26"
    screenshot(page, "person_1280")
    page.get_by_role("heading", name="Engagement-Rate im Verlauf").scroll_into_view_if_needed()
    expect(page.locator(".js-plotly-plot")).to_have_count(2, timeout=60_000)  # charts draw when scrolled to
    body = page.locator("[data-testid='stMain']").inner_text()
    for name in COLLEAGUES:
        assert name not in body
    assert "Renate" not in page.url and "Feichtmayr" not in page.url
    page.close()


def test_topics_on_the_content_page(browser, app_url) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.goto(f"{app_url}/Inhalt")
    wait_for_app(page, 90_000)
    heading = page.get_by_role("heading", name="Themen")
    heading.scroll_into_view_if_needed()
    expect(heading).to_be_visible(timeout=60_000)
    expect(page.get_by_text("326 von 326 Beiträgen der Auswahl haben eine")).to_be_visible(timeout=60_000)
    page.close()
