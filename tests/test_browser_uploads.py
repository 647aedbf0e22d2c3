"""In a real server: an upload left on a closed tab does not stay in the temporary folder."""

from __future__ import annotations

import pytest
from browser import streamlit_server, wait_for_app
from test_browser_import import upload
from test_uploads import FIXTURES

pytestmark = pytest.mark.browser


def test_a_closed_tab_leaves_no_uploaded_file(browser, empty_db, tmp_path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    # disconnected sessions expire after a second instead of two minutes
    env = {"TMPDIR": str(temp), "STREAMLIT_SERVER_DISCONNECTED_SESSION_TTL": "1"}
    with streamlit_server(empty_db, env) as url:
        page = browser.new_page()
        page.goto(f"{url}/Import")
        wait_for_app(page)
        upload(page, FIXTURES / "kader.csv")
        assert page.get_by_role("button", name="Importieren bestätigen").count() == 1
        folders = list(temp.glob("cockpit-upload-*"))
        assert len(folders) == 1 and len(list(folders[0].iterdir())) == 1
        page.close()  # the tab is closed without importing or discarding
        # the server lets go of an expired session when it next looks at its sessions: a new visitor
        for _ in range(30):
            other = browser.new_page()
            other.goto(url)
            wait_for_app(other)
            other.close()
            if not folders[0].exists():
                break
        assert not folders[0].exists()
