"""Erasure that finishes, whatever moment the process dies at.

An erasure deletes the rows (one transaction, which also marks the file as due for a rewrite)
and then rewrites the file (:func:`analytics.store.compact`: copy the live data into
``<file>.compact``, detach the workspace, swap the copy in). A process is killed with SIGKILL
at each step of that; afterwards the workspace is opened as the app or the command line opens
it, and the proof of erasure (the raw bytes of the file, see tests/test_lifecycle.py) must hold:
the rewrite is finished on opening, said so, and no ``.compact`` file is left behind.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from command_line import cli
from lifecycle_helpers import ANNA, XAVER, build_workspace
from test_lifecycle import ANNA_BYTES, XAVER_BYTES, present, query

from analytics import settings, store
from analytics.errors import CockpitError

ROOT = Path(__file__).resolve().parent.parent

# Runs in a child process: erase Xaver (or apply retention) and die by SIGKILL at a step.
ERASE_AND_DIE = r"""
import os, shutil, signal, sys, threading, time
from datetime import date
from pathlib import Path
from analytics import lifecycle, store

db, step, action = Path(sys.argv[1]), sys.argv[2], sys.argv[3]

def die(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

if step == "deleted":  # the deletion has committed, the rewrite has not begun
    store.compact = die
elif step == "copying":  # the live data is being copied into <file>.compact
    fresh = db.with_name(db.name + ".compact")
    def watch():
        while not fresh.exists():
            time.sleep(0.0005)
        die()
    threading.Thread(target=watch, daemon=True).start()
elif step == "detached":  # the copy is complete, the workspace detached, not yet swapped
    shutil.copymode = die
elif step == "swapped":  # the copy has replaced the workspace, which is not attached again
    replace = os.replace
    def replace_and_die(src, dst):
        replace(src, dst)
        die()
    os.replace = replace_and_die
if action == "retention":
    lifecycle.apply_retention(store.connect(db), date(2023, 8, 15))
else:
    lifecycle.erase(store.connect(db), action)
print("finished without being killed")
"""

STEPS = ("deleted", "copying", "detached", "swapped")


def erase_and_die(db: Path, step: str, action: str = XAVER) -> None:
    """Erase Xaver (``action``: a name, or "retention") in a child process killed (SIGKILL) at ``step``."""
    child = subprocess.run([sys.executable, "-c", ERASE_AND_DIE, str(db), step, action], cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, (child.returncode, child.stdout, child.stderr[-2000:])


def leftovers(db: Path) -> list[str]:
    """Files beside the workspace that a rewrite leaves while it runs."""
    return sorted(path.name for path in db.parent.iterdir()
                  if path.name.startswith(db.name + ".") and not path.name.endswith(".log"))


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return build_workspace(tmp_path / "w.duckdb", tmp_path)


@pytest.mark.parametrize("step", STEPS)
def test_an_erasure_killed_at_any_step_is_finished_when_the_workspace_is_opened(workspace: Path, step: str) -> None:
    erase_and_die(workspace, step)
    if step != "swapped":
        # killed before the swap: the deletion has committed, but the old file still holds him
        assert present(workspace, ("geheimnistr", "quellwasserprobe")) == {"geheimnistr": True,
                                                                          "quellwasserprobe": True}
    if step in ("copying", "detached"):
        assert "w.duckdb.compact" in leftovers(workspace)

    opened = cli("summary", "--db", str(workspace), lang="de")  # any command opens the workspace like this
    assert opened.code == 0
    said = [line for line in opened.err.splitlines() if line.strip()]
    if step == "swapped":
        assert said == []  # the rewritten file was in place: nothing was left to finish
    else:
        assert len(said) == 1 and said[0].startswith("Eine Löschung vom ")
        assert said[0].endswith("Die Arbeitsbereichsdatei wurde jetzt neu geschrieben; nichts Gelöschte steht "
                                "mehr darin.")
    assert present(workspace, XAVER_BYTES) == dict.fromkeys(XAVER_BYTES, False)
    assert present(workspace, ANNA_BYTES) == dict.fromkeys(ANNA_BYTES, True)
    assert leftovers(workspace) == []
    assert query(workspace, "SELECT name FROM influencers") == [(ANNA,)]
    assert query(workspace, "SELECT count(*) FROM posts") == [(2,)]
    assert query(workspace, "SELECT count(*) FROM meta WHERE key = 'rewrite_pending'") == [(0,)]
    # and opened again, there is nothing more to say
    again = cli("summary", "--db", str(workspace), lang="de")
    assert (again.code, again.err) == (0, "")


def test_retention_killed_before_the_rewrite_is_finished_on_opening(workspace: Path) -> None:
    with store.closing(store.connect(workspace)) as cur, store.transaction(cur):
        settings.put(cur, "retention_months", 5)
        cur.execute("UPDATE influencers SET in_roster = FALSE WHERE name = ?", [XAVER])  # he has left
    erase_and_die(workspace, "deleted", "retention")
    assert present(workspace, ("geheimnistr",)) == {"geheimnistr": True}
    opened = cli("summary", "--db", str(workspace), lang="en")
    assert opened.code == 0
    assert opened.err.strip().startswith("A deletion under the retention period of ")
    assert present(workspace, XAVER_BYTES) == dict.fromkeys(XAVER_BYTES, False)
    assert leftovers(workspace) == []


def test_a_stale_copy_without_a_pending_rewrite_is_removed_on_opening(workspace: Path) -> None:
    """A rewrite that was not needed to finish (the file was already swapped, or nothing was
    deleted) leaves no copy of the workspace lying about."""
    stale = workspace.with_name("w.duckdb.compact")
    stale.write_bytes(workspace.read_bytes())
    workspace.with_name("w.duckdb.compact.wal").write_bytes(b"half a log")
    opened = cli("summary", "--db", str(workspace), lang="de")
    assert (opened.code, opened.err) == (0, "")
    assert leftovers(workspace) == []


def test_a_read_only_opening_refuses_a_workspace_whose_rewrite_is_pending(workspace: Path) -> None:
    erase_and_die(workspace, "deleted")
    with pytest.raises(CockpitError) as refused:
        store.connect(workspace, read_only=True)
    assert refused.value.key == "workspace_rewrite_pending"
    assert present(workspace, ("geheimnistr",)) == {"geheimnistr": True}  # nothing was read, nothing changed
    store.connect(workspace).close()  # opened for writing, it finishes the rewrite
    assert present(workspace, ("geheimnistr",)) == {"geheimnistr": False}


def test_the_app_finishes_the_rewrite_and_says_so(workspace: Path, run_page) -> None:
    erase_and_die(workspace, "copying")
    at = run_page(workspace, "pages/0_overview.py")
    assert not at.exception
    shown = [item.value for item in at.info]
    assert any(text.startswith("Eine Löschung vom ") and "neu geschrieben" in text for text in shown), shown
    assert present(workspace, XAVER_BYTES) == dict.fromkeys(XAVER_BYTES, False)
    assert "w.duckdb.compact" not in leftovers(workspace)
