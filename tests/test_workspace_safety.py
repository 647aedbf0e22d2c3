"""Nothing is lost: a backup at any moment, honest workspace errors."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import duckdb
import pytest
from apptest_helpers import open_tab

from analytics import store
from analytics.errors import CockpitError


def posts_in(path: Path) -> int:
    with duckdb.connect(str(path), read_only=True) as copy:
        return copy.execute("SELECT count(*) FROM posts").fetchone()[0]


def test_backup_after_a_write_on_a_reopened_workspace(demo_db: Path, tmp_path: Path) -> None:
    """Reopened, written to once: DuckDB refused the CHECKPOINT the backup used to start with."""
    con = store.connect(demo_db)
    with store.cursor(con) as cur, store.transaction(cur):
        cur.execute("DELETE FROM posts WHERE post_id = (SELECT min(post_id) FROM posts)")
    first = store.backup(con, tmp_path / "first.duckdb")
    with store.cursor(con) as cur, store.transaction(cur):
        cur.execute("DELETE FROM posts WHERE post_id = (SELECT min(post_id) FROM posts)")
    second = store.backup(con, tmp_path / "second.duckdb")
    con.close()
    assert (posts_in(first), posts_in(second)) == (325, 324)


def test_backup_waits_for_a_running_write_and_includes_it(demo_db: Path, tmp_path: Path) -> None:
    con = store.connect(demo_db)
    writing, release = threading.Event(), threading.Event()

    def slow_import() -> None:
        with store.cursor(con) as cur, store.transaction(cur):
            cur.execute("DELETE FROM posts WHERE post_id IN (SELECT post_id FROM posts ORDER BY post_id LIMIT 26)")
            writing.set()
            release.wait()

    results: list[object] = []

    def make_backup() -> None:
        try:
            results.append(store.backup(con, tmp_path / "during.duckdb"))
        except Exception as exc:  # noqa: BLE001 - the test reports what happened
            results.append(exc)

    writer = threading.Thread(target=slow_import)
    writer.start()
    writing.wait()
    backup = threading.Thread(target=make_backup)
    backup.start()
    try:
        backup.join(0.5)
        waited = backup.is_alive() and results == []  # waiting for the import, not failing
    finally:
        release.set()
        writer.join()
        backup.join()
        con.close()
    assert waited, results
    assert results == [tmp_path / "during.duckdb"]
    assert posts_in(tmp_path / "during.duckdb") == 300  # the import's result is in the copy


def test_a_backup_that_cannot_be_written_says_so(demo_db: Path, tmp_path: Path) -> None:
    con = store.connect(demo_db)
    with pytest.raises(CockpitError) as info:
        store.backup(con, tmp_path / "no such folder" / "backup.duckdb")
    with store.cursor(con) as cur:
        assert cur.execute("SELECT count(*) FROM posts").fetchone()[0] == 326
    con.close()
    assert info.value.key == "backup_failed"
    assert info.value.message("en").startswith("The backup could not be made (")


def test_backup_button_after_a_write(demo_db: Path, run_page) -> None:
    at = open_tab(run_page(demo_db, "pages/7_Import.py"), "import_tab", "Sicherung & Zurücksetzen")
    at.checkbox(key="imp_reset_sure_0").check().run()
    next(b for b in at.button if b.label == "Zurücksetzen").click().run()  # a write in this server
    assert not [b for b in at.get("download_button") if b.label == "Sicherung herunterladen"]
    at.button(key="imp_backup_make").click().run()
    assert not at.exception and not at.error
    assert [b.label for b in at.get("download_button") if b.label == "Sicherung herunterladen"] == \
        ["Sicherung herunterladen"]


IMPORT_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import_page"


def test_undo_refuses_when_a_newer_import_exists(empty_db: Path) -> None:
    from analytics.ingest import import_file, undo_last_import

    con = store.connect(empty_db)
    with store.cursor(con) as cur:
        import_file(cur, IMPORT_FIXTURES / "kader.csv")
        shown = cur.execute("SELECT max(import_id) FROM imports").fetchone()[0]
        import_file(cur, IMPORT_FIXTURES / "controlling_2023.csv")  # another session, meanwhile
        with pytest.raises(CockpitError) as info:
            undo_last_import(cur, shown)
        assert info.value.key == "import_undo_newer"
        assert info.value.params == {"file": "kader.csv", "newer": "controlling_2023.csv"}
        assert cur.execute("SELECT count(*) FROM posts").fetchone()[0] == 3  # nothing undone
        assert cur.execute("SELECT count(*) FILTER (undone) FROM imports").fetchone()[0] == 0
        newest = cur.execute("SELECT max(import_id) FROM imports").fetchone()[0]
        assert undo_last_import(cur, newest)["file"] == "controlling_2023.csv"
        assert cur.execute("SELECT count(*) FROM posts").fetchone()[0] == 0
    con.close()


def test_undo_on_the_page_undoes_the_import_it_shows(empty_db: Path, run_page) -> None:
    from apptest_helpers import texts

    from analytics.ingest import import_file

    at = run_page(empty_db, "pages/7_Import.py")
    at.file_uploader[0].set_value([("kader.csv", (IMPORT_FIXTURES / "kader.csv").read_bytes(), "text/csv")]).run()
    next(b for b in at.button if b.label == "Importieren bestätigen").click().run()
    assert "Letzter Import: „kader.csv“" in texts(at)
    at.checkbox(key="imp_undo_sure_0").check().run()
    con = store.connect(empty_db)  # another session imports while this one looks at "kader.csv"
    with store.cursor(con) as cur:
        import_file(cur, IMPORT_FIXTURES / "controlling_2023.csv")
    at.button(key="imp_undo").click().run()
    assert not at.exception
    shown = texts(at)
    assert "„kader.csv“ wurde nicht rückgängig gemacht: Inzwischen ist „controlling_2023.csv“ importiert" in shown
    with store.cursor(con) as cur:
        assert cur.execute("SELECT count(*) FILTER (undone), count(*) FROM imports").fetchone() == (0, 2)
        assert cur.execute("SELECT count(*) FROM posts").fetchone()[0] == 3
    con.close()


def test_demo_removal_and_import_are_one_transaction(demo_db: Path, run_page, monkeypatch) -> None:
    """The server dies in the middle of the import (here: the upsert fails): the demo stays."""
    from apptest_helpers import texts

    from analytics.ingest.kinds.people import Roster

    at = run_page(demo_db, "pages/7_Import.py")
    at.file_uploader[0].set_value([("kader.csv", (IMPORT_FIXTURES / "kader.csv").read_bytes(), "text/csv")]).run()
    assert at.checkbox(key="imp_remove_demo").value

    def killed(*args, **kwargs):
        raise CockpitError("unexpected", detail="killed")

    with monkeypatch.context() as patched:
        patched.setattr(Roster, "load", killed)
        next(b for b in at.button if b.label == "Importieren bestätigen").click().run()
    assert not at.exception
    assert "Unerwarteter Fehler: killed" in texts(at)
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        assert cur.execute("SELECT count(*) FILTER (is_demo), count(*) FROM posts").fetchone() == (326, 326)
        assert cur.execute("SELECT count(*) FROM imports WHERE kind <> 'demo'").fetchone()[0] == 0
        assert store.get_meta(cur, "demo_dismissed") is None
    con.close()
    next(b for b in at.button if b.label == "Importieren bestätigen").click().run()
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        assert cur.execute("SELECT count(*) FROM posts").fetchone()[0] == 0
        assert cur.execute("SELECT count(*), count(*) FILTER (is_demo) FROM influencers").fetchone() == (3, 0)
        assert store.get_meta(cur, "demo_dismissed") == "1"
    con.close()


# ---------------------------------------------------------------- honest workspace errors
def full_disk_workspace(folder: Path) -> Path:
    """A workspace whose write-ahead log is /dev/full: every write fails with ENOSPC, as on a full disk."""
    path = folder / "full.duckdb"
    store.connect(path).close()
    (folder / "full.duckdb.wal").symlink_to("/dev/full")
    return path


def test_a_full_disk_reports_the_real_error_and_keeps_the_data(tmp_path: Path) -> None:
    from analytics.ingest import import_file

    path = full_disk_workspace(tmp_path)
    con = store.connect(path)
    with store.cursor(con) as cur, pytest.raises(CockpitError) as info:
        import_file(cur, IMPORT_FIXTURES / "kader.csv")
    con.close()
    assert info.value.key == "workspace_full"
    assert "No space left on device" in info.value.params["detail"]  # not "cannot rollback"
    assert info.value.message("en").startswith("The disk is full: the change was not saved (")
    (tmp_path / "full.duckdb.wal").unlink()
    con = store.connect(path)
    with store.cursor(con) as cur:
        assert cur.execute("SELECT count(*) FROM influencers").fetchone()[0] == 0
    con.close()


def test_the_cause_of_a_failed_transaction_is_not_hidden_by_its_rollback(tmp_path: Path) -> None:
    """When DuckDB has already ended the transaction, ROLLBACK fails; the cause must surface."""
    con = store.connect(tmp_path / "w.duckdb")
    with store.cursor(con) as cur, pytest.raises(ValueError, match="the real cause"):
        with store.transaction(cur):
            cur.execute("COMMIT")  # the transaction is over, as after a failed write
            raise ValueError("the real cause")
    con.close()


def test_a_full_disk_on_the_page(tmp_path: Path, run_page) -> None:
    from apptest_helpers import texts

    at = run_page(full_disk_workspace(tmp_path))  # the first write: the demo for an empty workspace
    assert not at.exception
    assert "Der Speicherplatz ist voll: Die Änderung wurde nicht gespeichert (" in texts(at)
    assert "No space left on device" in texts(at) and "cannot rollback" not in texts(at)


def test_a_locked_workspace_is_called_locked_and_not_set_aside(demo_db: Path, run_page) -> None:
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys; c = duckdb.connect({str(demo_db)!r}); print('held', flush=True); "
                               "sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        at = run_page(demo_db)
        shown = [error.value for error in at.error]
    finally:
        holder.communicate("")
    assert len(shown) == 1 and "ist gerade von einem anderen Programm geöffnet" in shown[0]
    assert not [b for b in at.button if b.label.startswith("Neuen Arbeitsbereich beginnen")]
    assert demo_db.exists() and not list(demo_db.parent.glob("*.broken-*"))


def test_a_workspace_without_permission_is_not_called_unreadable(demo_db: Path) -> None:
    """The file belongs to someone else: a permission message, never 'not a readable workspace'."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    demo_db.chmod(0o600)
    # root may read anything: the command then drops to 'nobody' after its imports
    drop = "os.setgid(65534); os.setuid(65534)" if os.geteuid() == 0 else "demo.chmod(0)"
    code = ("import os, sys; from pathlib import Path; from analytics.__main__ import main; "
            f"demo = Path({str(demo_db)!r}); {drop}; sys.exit(main(['summary', '--db', str(demo)]))")
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                            env={"COCKPIT_LANG": "en", "PATH": "", "PYTHONPATH": str(root)}, timeout=120)
    demo_db.chmod(0o600)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"The cockpit may not open or write the file {demo_db} ("), result.stderr
    assert "Permission denied" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("message", "key"), [
    ('IO Error: Cannot open file "/w/c.duckdb": Permission denied', "workspace_permission"),
    ('IO Error: Cannot open file "/w/c.duckdb": Read-only file system', "workspace_permission"),
    ('IO Error: Could not set lock on file "/w/c.duckdb": Conflicting lock is held in python (PID 7)', "workspace_locked"),
    ('IO Error: The file "/w/c.duckdb" exists, but it is not a valid DuckDB database file!', "workspace_corrupt"),
    ("Corrupt database file: computed checksum 4658 does not match stored checksum 1844 in block at location 8192",
     "workspace_corrupt"),
    ('IO Error: Could not read enough bytes from file "/w/c.duckdb": attempted to read 262144 bytes', "workspace_corrupt"),
    ('IO Error: Could not write file "/w/c.duckdb.wal": No space left on device', "workspace_full"),
    ('IO Error: Cannot open file "/w/c.duckdb": Input/output error', "workspace_unreadable"),
])
def test_each_open_problem_gets_its_own_message(message: str, key: str) -> None:
    """DuckDB's own messages (as it words them) for each kind of problem; only corrupt files are set aside."""
    assert store._translate_open_error(Path("/w/c.duckdb"), duckdb.IOException(message)).key == key
