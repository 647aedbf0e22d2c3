"""In a real browser, with staff-council mode on: a link that chooses a person opens the briefing
only with a purpose, and the downloaded file is written to the access log before it arrives."""

from __future__ import annotations

import shutil

import pytest
from browser import rerun, screenshot, streamlit_server, wait_for_app
from playwright.sync_api import expect
from test_privacy_page import council_on, log_rows

pytestmark = pytest.mark.browser


def test_a_link_to_one_person_s_briefing_opens_with_a_purpose_and_its_download_is_logged(
        browser, demo_template, tmp_path) -> None:
    db = tmp_path / "council.duckdb"
    shutil.copy(demo_template, db)
    council_on(db)
    with streamlit_server(db) as url:
        context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
        page = context.new_page()
        page.goto(f"{url}/Briefing?pseudonym=12")  # Person 12: Renate Feichtmayr, 32 posts
        wait_for_app(page)
        page.get_by_role("button", name="Für diese Sitzung öffnen").wait_for()
        main = page.locator("[data-testid='stMain']")
        assert "„Auswahl einzelner Personen“ ist geschlossen" in main.inner_text()
        assert page.locator("[data-testid='stDownloadButton']").count() == 0
        assert page.locator("[data-testid='stPlotlyChart']").count() == 0
        screenshot(page, "gate_selection_closed_1440")
        page.get_by_label("Zweck der Einsichtnahme").fill("Jahresgespräch vorbereiten")
        rerun(page, page.get_by_role("button", name="Für diese Sitzung öffnen").click)
        page.locator("[data-testid='stPlotlyChart']").first.wait_for()  # the run after the opening's rerun
        wait_for_app(page)
        assert "ist geschlossen" not in main.inner_text().split("Datenexporte")[0]
        expect(page.locator("[data-testid='stPlotlyChart']")).to_have_count(4, timeout=60_000)  # (mounted one by one)
        screenshot(page, "gate_selection_opened_1440")
        with page.expect_download(timeout=60_000) as info:
            page.get_by_role("button", name="HTML (eine Datei, offline lesbar)").click()
        target = tmp_path / info.value.suggested_filename
        info.value.save_as(target)
        context.close()
    assert "32 Beiträge" in target.read_text(encoding="utf-8")  # her briefing, not the group's 326
    assert log_rows(db) == [(None, "open", "people_selection", "Jahresgespräch vorbereiten"),
                            (None, "download", "briefing_html", "Jahresgespräch vorbereiten")]
