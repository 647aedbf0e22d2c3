"""Outcomes (``outcomes``): what the programme brought — from a file, or entered in the ledger.

An outcome file's rows are added; a row identical to a known outcome (day, type, person,
note) is counted as unchanged, so importing the same file twice adds nothing. The ledger
(:mod:`analytics.ledger`) records each change as an import of its own and keeps an edited or
deleted outcome in that import's undo snapshot (part ``outcomes``, columns :data:`FIELDS`):
undoing it goes through this kind like undoing a file.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from analytics.errors import CockpitError
from analytics.ingest import columns as C
from analytics.ingest.kinds.base import FreeText, Kind, Load, Loaded, PersonRows, Progress
from analytics.ingest.roster import Outcomes as StagedOutcomes
from analytics.ingest.roster import influencer_for, read_outcomes
from analytics.ingest.rows import table_records
from analytics.ingest.sources import Detected

# every column of an outcome row, in the order an undo snapshot keeps them
FIELDS = ("outcome_id", "occurred_on", "type", "type_other", "influencer_id", "post_id", "note", "is_demo",
          "import_id")


class Outcomes(Kind):
    """Internship and job inquiries, speaker and podcast requests, press: by day, type and person."""

    name = "outcomes"
    tables = ("outcomes",)
    unit = "outcomes"
    unit_words = ("unit_outcome", "unit_outcomes")
    people_refs = ("outcomes",)
    person_rows = (PersonRows("outcomes", "influencer_id = {id}",
                              columns="outcome_id, occurred_on, type, note, import_id",
                              order="occurred_on, outcome_id", older_than="occurred_on < $cut"),)
    free_text = (FreeText("outcomes", ("outcome_id",), "note"),)

    def stage(self, cur, det: Detected, author: str | None, step: Progress) -> StagedOutcomes:
        return read_outcomes(table_records(cur, det, C.OUTCOME_COLUMNS))

    def load(self, cur, staged: StagedOutcomes, load: Load) -> Loaded:
        if not staged.read:
            raise CockpitError("import_no_rows", file=load.file_name)
        loaded = Loaded(self.name, rows=staged.read, rejected=staged.rejected)
        # the demo's outcomes are never taken for a real one
        known = Counter() if load.demo else Counter(
            cur.execute("SELECT occurred_on, type, influencer_id, note FROM outcomes WHERE NOT is_demo").fetchall())
        for row in staged.rows:
            influencer_id = influencer_for(cur, row.person, load.import_id) if row.person else None
            identity = (row.occurred_on, row.type, influencer_id, row.note)
            if known[identity] > 0:
                known[identity] -= 1
                loaded.unchanged += 1
                continue
            cur.execute(
                "INSERT INTO outcomes (occurred_on, type, influencer_id, note, post_id, is_demo, import_id) "
                "VALUES (?, ?, ?, ?, (SELECT min(post_id) FROM posts WHERE post_key = ?), ?, ?)",
                [row.occurred_on, row.type, influencer_id, row.note, row.post_key, load.demo, load.import_id],
            )
            loaded.inserted += 1
        return loaded

    def undo(self, cur, import_id: int, snapshot: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
        """The import's outcomes go; those the ledger changed or deleted come back as they were."""
        removed, _ = super().undo(cur, import_id, snapshot)
        return removed, _restore(cur, snapshot.get("outcomes", []))


def _restore(cur, rows: list[dict[str, Any]]) -> int:
    """Put snapshot rows back (inside the undo's transaction); a row whose person or post has been
    deleted since is not brought back with them: the person stays erased, a vanished post is unnamed."""
    restored = 0
    for old in rows:
        if old["influencer_id"] is not None and cur.execute(
                "SELECT count(*) FROM influencers WHERE influencer_id = ?", [old["influencer_id"]]).fetchone()[0] == 0:
            continue
        post_id = old["post_id"]
        if post_id is not None and cur.execute(
                "SELECT count(*) FROM posts WHERE post_id = ?", [post_id]).fetchone()[0] == 0:
            post_id = None
        values = {**old, "occurred_on": date.fromisoformat(old["occurred_on"]), "post_id": post_id}
        cur.execute("DELETE FROM outcomes WHERE outcome_id = ?", [old["outcome_id"]])
        cur.execute(f"INSERT INTO outcomes ({', '.join(FIELDS)}) VALUES ({', '.join('?' * len(FIELDS))})",  # noqa: S608
                    [values[f] for f in FIELDS])
        restored += 1
    return restored
