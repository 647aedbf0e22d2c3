"""In a real server: an uploaded file is held once, on disk, only as long as it is needed.

Streamlit's own copy of the bytes (its upload store, reported by ``/_stcore/metrics`` as
``UploadedFileManager``) goes as soon as the file is saved; the saved copy goes when the file is
imported, and with its folder when the tab is closed (nobody else needs to visit the server).
"""

from __future__ import annotations

import re
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from browser import rerun, streamlit_server, wait_for_app
from ingest_helpers import write_csv
from test_browser_import import upload

from analytics import store

pytestmark = pytest.mark.browser

UPLOAD_STORE = re.compile(r'^cache_memory_bytes\{cache_type="UploadedFileManager"[^}]*\}\s+(\d+)', re.M)
CHIPS = "[data-testid='stFileUploader'] [data-testid='stFileChip']"


def held_by_streamlit(url: str) -> int:
    """Bytes of uploads in Streamlit's upload store (the metric is recomputed every 5 s)."""
    with urllib.request.urlopen(f"{url}/_stcore/metrics?families=cache_memory_bytes", timeout=10) as reply:  # noqa: S310
        return sum(int(value) for value in UPLOAD_STORE.findall(reply.read().decode()))


def eventually(check: Callable[[], object], seconds: float = 30) -> object:
    """``check()`` once it is truthy (polled every half second), else its last value."""
    deadline = time.monotonic() + seconds
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.5)


def controlling_sheet(path: Path, posts: int) -> Path:
    """A controlling sheet of ``posts`` posts by 20 people, about 300 bytes a post."""
    header = ["Datum", "Uhrzeit", "Autor:in", "Link zum Beitrag", "Beitragstext", "Reaktionen", "Kommentare",
              "Reposts", "Impressionen"]
    rows = [[f"{1 + n % 28:02d}.{1 + n // 28 % 12:02d}.{2020 + n // 336 % 5}", "08:30", f"Person {n % 20:02d}",
             f"https://www.linkedin.com/feed/update/urn:li:activity:{7000000000000000000 + n}",
             f"Beitrag {n}: " + "Ein Tag in der Verwaltung, erzählt für alle, die es wissen wollen. " * 3,
             n % 97, n % 13, n % 5, 1000 + n % 4000] for n in range(posts)]
    return write_csv(path, [header, *rows])


def folders(temp: Path) -> list[Path]:
    return sorted(temp.glob("cockpit-upload-*"))


def test_the_upload_is_released_once_saved_and_its_copy_once_imported(browser, empty_db, tmp_path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    sheet = controlling_sheet(tmp_path / "Controlling_2020-2024.csv", 30_000)
    size = sheet.stat().st_size
    assert size > 9_000_000
    with streamlit_server(empty_db, {"TMPDIR": str(temp)}) as url:
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(f"{url}/Import")
        wait_for_app(page)
        assert held_by_streamlit(url) == 0
        upload(page, sheet)
        confirm = page.get_by_role("button", name="Importieren bestätigen")
        confirm.wait_for(timeout=120_000)
        # saved once to the session's folder; Streamlit's copy is gone, the uploader empty again
        saved = [file for folder in folders(temp) for file in folder.iterdir()]
        assert [file.stat().st_size for file in saved] == [size]
        assert eventually(lambda: held_by_streamlit(url) == 0)
        assert page.locator(CHIPS).count() == 0
        rerun(page, confirm.click, timeout=300_000)
        page.get_by_text("Controlling_2020-2024.csv", exact=False).first.wait_for(timeout=60_000)
        # imported: the saved copy is gone too, and nothing came back into Streamlit's store
        assert [list(folder.iterdir()) for folder in folders(temp)] == [[]]
        assert held_by_streamlit(url) == 0
        page.close()
    with store.closing(store.connect(empty_db)) as cur:
        assert cur.execute("SELECT count(*) FROM posts").fetchone() == (30_000,)


def test_a_closed_tab_leaves_nothing_behind(browser, empty_db, tmp_path) -> None:
    """A file uploaded and left on a tab that is closed, without importing: its copy and folder go
    once the session could no longer come back, with nobody else visiting the server."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    sheet = controlling_sheet(tmp_path / "Controlling_2024.csv", 3_000)
    # disconnected sessions expire after a second instead of two minutes; the heartbeat follows
    env = {"TMPDIR": str(temp), "STREAMLIT_SERVER_DISCONNECTED_SESSION_TTL": "1"}
    with streamlit_server(empty_db, env) as url:
        page = browser.new_page()
        page.goto(f"{url}/Import")
        wait_for_app(page)
        upload(page, sheet)
        page.get_by_role("button", name="Importieren bestätigen").wait_for(timeout=60_000)
        assert len(folders(temp)) == 1 and len(list(folders(temp)[0].iterdir())) == 1
        time.sleep(8)  # the open tab keeps its file: its heartbeat touches the folder
        assert len(folders(temp)) == 1 and len(list(folders(temp)[0].iterdir())) == 1
        page.close()  # the tab is closed without importing or discarding
        assert eventually(lambda: folders(temp) == [], seconds=30)
        assert held_by_streamlit(url) == 0
