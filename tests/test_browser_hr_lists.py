"""HR lists and monthly workbooks in a real browser: what was recognised is shown before confirming,
and the numbers reach the overview."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import metric_value, rerun, screenshot, streamlit_server, wait_for_app
from playwright.sync_api import expect
from test_browser_import import confirm_first, open_import_page, upload

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser_hr") / "workspace.duckdb"
    with streamlit_server(db) as url:
        yield url, db


def test_hr_roster_and_monthly_workbook(browser, app) -> None:
    url, _ = app
    page = browser.new_page(viewport={"width": 1440, "height": 1400})
    page.goto(url)
    wait_for_app(page)
    rerun(page, page.get_by_role("button", name="Demodaten entfernen").click)
    open_import_page(page)
    upload(page, FIXTURES / "hr_roster.xlsx")
    expect(page.get_by_text("Geschlecht: 16 von 16 erkannt")).to_be_visible(timeout=60_000)
    expect(page.get_by_text("Social-Media-Erfahrung: 12 von 16 erkannt — 4 Werte nicht erkannt")).to_be_visible(timeout=60_000)
    expect(page.get_by_text("Erfahrung als Zahl auf der Skala 1–5 gelesen")).to_be_visible(timeout=60_000)
    screenshot(page, "import_hr_roster")
    confirm_first(page)
    expect(page.get_by_text("„hr_roster.xlsx“ importiert: 16 Personen neu")).to_be_visible(timeout=60_000)

    upload(page, FIXTURES / "monthly_sheets.xlsx")
    expect(page.get_by_text("Blatt „Februar“: 2 Zeilen, davon 0 abgelehnt")).to_be_visible(timeout=60_000)
    expect(page.get_by_text("Blatt „Notizen“ übersprungen")).to_be_visible(timeout=60_000)
    expect(page.get_by_text("3 Summenzeilen")).to_be_visible(timeout=60_000)
    screenshot(page, "import_monthly_sheets")
    confirm_first(page)
    expect(page.get_by_text("„monthly_sheets.xlsx“ importiert: 6 Beiträge neu")).to_be_visible(timeout=60_000)

    page.locator("[data-testid='stSidebarNav']").get_by_text("Überblick").click()
    page.get_by_role("heading", name="Überblick").wait_for(timeout=30_000)
    wait_for_app(page)
    assert metric_value(page, "Beiträge") == "6"
    assert metric_value(page, "Reaktionen") == "412"  # 120 + 87 + 45 + 60 + 30 + 70
    page.close()
