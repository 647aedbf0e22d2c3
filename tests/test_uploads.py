"""Uploaded files do not outlive their session, nor a killed server."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from analytics import uploads
from analytics.uploads import UploadFolder, sweep_leftovers

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import_page"


def test_a_session_folder_goes_with_its_session(tmp_path: Path) -> None:
    folder = UploadFolder(tmp_path)
    (folder.path / "export.csv").write_text("x")
    assert folder.path.name.startswith(f"cockpit-upload-{os.getpid()}-")
    path = folder.path
    del folder
    gc.collect()
    assert not path.exists()


def test_folders_of_a_killed_server_are_swept_and_live_ones_kept(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()  # a process id that has ended
    left = tmp_path / f"cockpit-upload-{dead}-abc123"
    left.mkdir()
    (left / "x.csv").write_text("118 MB of someone's export")
    mine = UploadFolder(tmp_path)
    old_style = tmp_path / "cockpit-upload-k2j4h5g6"  # the naming before process ids: swept after a day
    old_style.mkdir()
    other = tmp_path / "something-else"
    other.mkdir()
    now = old_style.stat().st_mtime
    assert sweep_leftovers(tmp_path, now=now + 3600) == [left]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.path.name, old_style.name, other.name])
    assert sweep_leftovers(tmp_path, now=now + uploads.STALE_SECONDS + 1) == [old_style]
    assert mine.exists() and other.exists()


def test_the_import_page_uses_one_folder_per_session_and_drops_it_at_the_end(empty_db: Path, monkeypatch,
                                                                              tmp_path: Path) -> None:
    monkeypatch.setenv("COCKPIT_DB", str(empty_db))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/7_Import.py").run()
    at.file_uploader[0].set_value([("kader.csv", (FIXTURES / "kader.csv").read_bytes(), "text/csv")]).run()
    assert not at.exception
    assert [b.label for b in at.button if b.label == "Importieren bestätigen"] == ["Importieren bestätigen"]
    folders = list(tmp_path.glob("cockpit-upload-*"))
    assert len(folders) == 1 and [p.name for p in folders[0].iterdir()][0].endswith(".csv")
    # the uploader holds the file until the browser deletes it, which the page asks it to do (in
    # AppTest there is no browser; tests/test_browser_uploads.py shows the bytes go): however
    # often the page runs meanwhile, the file is saved once and has one card
    at.run()
    assert len(list(folders[0].iterdir())) == 1
    assert [b.label for b in at.button if b.label == "Importieren bestätigen"] == ["Importieren bestätigen"]
    del at  # the session ends: its state, and with it the folder, is dropped
    gc.collect()
    assert not folders[0].exists()


def test_idle_folders_of_this_process_are_swept_and_busy_ones_kept(tmp_path: Path) -> None:
    """A session touches its folder while its tab is open; one nobody touched for longer than a
    closed tab's session lives goes, unless a file of it is being read (a long import)."""
    idle, busy, fresh = UploadFolder(tmp_path), UploadFolder(tmp_path), UploadFolder(tmp_path)
    for folder in (idle, busy, fresh):
        (folder.path / "export.csv").write_text("a lead's export")
    now = fresh.path.stat().st_mtime
    os.utime(idle.path, (now - 200, now - 200))
    os.utime(busy.path, (now - 200, now - 200))
    foreign = tmp_path / "cockpit-upload-1-abc"  # another server's (pid 1): not this process's to judge
    foreign.mkdir()
    os.utime(foreign, (now - 200, now - 200))
    with busy.in_use():
        assert uploads.sweep_idle(180, tmp_path, now=now) == [idle.path]
    assert not idle.exists() and busy.exists() and fresh.exists() and foreign.exists()
    # reading touched it: idle again only 180 s after that
    assert uploads.sweep_idle(180, tmp_path, now=busy.path.stat().st_mtime + 100) == []
    fresh.touch()
    assert uploads.sweep_idle(180, tmp_path, now=now + 150) == []
    assert sorted(uploads.sweep_idle(180, tmp_path, now=time.time() + 181)) == sorted([busy.path, fresh.path])
