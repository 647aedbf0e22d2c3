"""The import history: what each import brought, and taking the last one back.

Every file (and every change in the outcome ledger, and the demo) is an entry of ``imports``.
Undoing the newest one asks every kind (:mod:`analytics.ingest.kinds`) to remove the rows the
import added and to restore what its undo snapshot holds; the people it brought in go with it
unless rows of another import still name them.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from analytics import store
from analytics.errors import CockpitError
from analytics.ingest import kinds, notices

# every entry, newest first; the demo and the ledger's entries are no file and have no checksum
HISTORY = """
SELECT imported_at, file_name, format, kind, rows, inserted, updated, unchanged, rejected,
       coalesce(checksum, '') AS checksum, undone, kinds
FROM imports ORDER BY import_id DESC
"""


class _Entries(kinds.Kind):
    """The rows of an import recorded before the history kept its counts per kind: one count,
    which for a member export held posts and follower days alike – said as entries."""

    name = "entries"
    tables = ()
    unit = "entries"
    unit_words = ("unit_entry", "unit_entries")


def import_history(cur) -> pd.DataFrame:
    """Every import, newest first: when, which file, its format and kind, its counts (``kinds``:
    per kind of rows, as JSON), its checksum ('' where there is no file) and whether it was undone."""
    return cur.execute(HISTORY).df()


def counts_words(entry: dict[str, Any], lang: str) -> str:
    """What one import of :func:`import_history` did, in its kinds' own words ('5 Beiträge neu ·
    90 Follower-Tage neu'), its rejected rows apart ('1 Zeile abgelehnt')."""
    recorded = entry.get("kinds")  # NULL (read as None or NaN) before the history kept them
    words = (notices.kinds_summary(json.loads(recorded), lang) if isinstance(recorded, str) and recorded
             else _Entries().summary(entry, lang))
    if entry["rejected"]:
        words += " · " + notices.rejected_words(int(entry["rejected"]), lang)
    return words


def last_undoable_import(cur) -> tuple[int, str, str, Any] | None:
    """(import_id, file name, kind, time) of the newest import that can be undone, else None."""
    return cur.execute(
        "SELECT import_id, file_name, kind, imported_at FROM imports WHERE NOT undone AND kind <> 'demo' "
        "ORDER BY import_id DESC LIMIT 1"
    ).fetchone()


def undo_last_import(cur, import_id: int | None = None) -> dict[str, Any]:
    """Take back the last import that is not undone yet: remove what it added, restore what it changed.

    ``import_id`` names the import the user was shown: when another one is newer by now (another
    session imported meanwhile), nothing is undone and ``import_undo_newer`` says which.
    """
    with store.transaction(cur):
        row = last_undoable_import(cur)  # inside the writers' turn: no import can slip in between
        if row is None:
            raise CockpitError("import_nothing_to_undo")
        if import_id is not None and row[0] != import_id:
            shown = cur.execute("SELECT file_name FROM imports WHERE import_id = ?", [import_id]).fetchone()
            raise CockpitError("import_undo_newer", file=shown[0] if shown else "?", newer=row[1])
        import_id, file_name, kind, _ = row
        snap_row = cur.execute("SELECT snapshot FROM import_undo WHERE import_id = ?", [import_id]).fetchone()
        legacy_key = f"import_undo:{import_id}"  # where workspaces before schema 3 kept snapshots
        if snap_row is None:
            snap_row = cur.execute("SELECT value FROM meta WHERE key = ?", [legacy_key]).fetchone()
        snapshot = json.loads(snap_row[0]) if snap_row else {}
        removed = restored = 0
        for each in reversed(kinds.KINDS):  # what refers to people first, the people last
            gone, back = each.undo(cur, import_id, snapshot)
            removed, restored = removed + gone, restored + back
        removed += kinds.forget_new_people(cur, import_id)
        cur.execute("DELETE FROM import_undo WHERE import_id = ?", [import_id])
        cur.execute("DELETE FROM meta WHERE key = ?", [legacy_key])
        cur.execute("UPDATE imports SET undone = TRUE WHERE import_id = ?", [import_id])
    return {"import_id": import_id, "file": file_name, "kind": kind, "removed": removed, "restored": restored}
