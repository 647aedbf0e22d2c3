"""The outcome ledger: outcomes entered, edited and deleted one at a time in the app.

An outcome arrives by mail or phone; the lead records it here instead of uploading a file.
Every change is one transaction recorded as an import of kind ``ledger`` (in the import
history, undoable like a file): an added outcome carries the ledger import's id, an edited
or deleted one is kept as it was in the import's undo snapshot (``import_undo``, key
``outcomes``), which undoing the import (:func:`analytics.ingest.undo_last_import`) puts back
through the outcomes kind (:mod:`analytics.ingest.kinds.outcomes`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb
import pandas as pd

from analytics import privacy, store
from analytics.errors import CockpitError
from analytics.ingest import posts as post_parse
from analytics.ingest.kinds.outcomes import FIELDS
from analytics.queries.impact import OUTCOME_TYPES

OTHER = "other"
TYPES = (*OUTCOME_TYPES, OTHER)
KIND = "ledger"
NOTE_MAX = 2000
OTHER_MAX = 80


@dataclass(frozen=True)
class Entry:
    """One outcome as the ledger form gives it; ``post_link`` is resolved to ``post_id``."""

    occurred_on: date | None
    type: str
    type_other: str | None = None
    influencer_id: int | None = None
    post_id: int | None = None
    post_link: str | None = None
    note: str | None = None


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def resolve_link(cur: duckdb.DuckDBPyConnection, link: str) -> int | None:
    """The known post a pasted link names, by the importer's identity rules, else None.

    The importer keys a post by its LinkedIn id ('li:<id>' from the link's activity, share or
    ugcPost number, URL-encoded or not); a post kept without an id (a sheet without links) is
    found by its link as stored.
    """
    link = link.strip()
    post_parse.define_macros(cur)
    tail = post_parse._feed_tail("link")  # noqa: SLF001 - the importer's own rule (fixed SQL)
    sql = f"SELECT 'li:' || nullif(_ic_post_id_tail(link, {tail}), '') FROM (SELECT CAST(? AS VARCHAR) AS link)"  # noqa: S608
    key = cur.execute(sql, [link]).fetchone()[0]
    if key:
        row = cur.execute("SELECT post_id FROM posts WHERE post_key = ? LIMIT 1", [key]).fetchone()
        if row:
            return int(row[0])
    bare = link.split("?", 1)[0].rstrip("/")
    row = cur.execute(
        "SELECT post_id FROM posts WHERE rtrim(split_part(url, '?', 1), '/') = ? ORDER BY post_id LIMIT 1", [bare]
    ).fetchone()
    return int(row[0]) if row else None


def validate(cur: duckdb.DuckDBPyConnection, entry: Entry) -> dict[str, Any]:
    """The row to store (occurred_on, type, type_other, influencer_id, post_id, note), or a CockpitError."""
    if entry.occurred_on is None:
        raise CockpitError("ledger_no_date")
    if entry.type not in TYPES:
        raise CockpitError("ledger_bad_type", value=entry.type)
    type_other = _clean(entry.type_other) if entry.type == OTHER else None
    if entry.type == OTHER and type_other is None:
        raise CockpitError("ledger_other_missing")
    if type_other and len(type_other) > OTHER_MAX:
        raise CockpitError("ledger_other_long", n=OTHER_MAX)
    note = _clean(entry.note)
    if note and len(note) > NOTE_MAX:
        raise CockpitError("ledger_note_long", n=NOTE_MAX)
    person = entry.influencer_id
    if person is not None and cur.execute(
            "SELECT count(*) FROM influencers WHERE influencer_id = ?", [person]).fetchone()[0] == 0:
        raise CockpitError("person_unknown", id=person)
    post_id = entry.post_id
    link = _clean(entry.post_link)
    if post_id is None and link:
        post_id = resolve_link(cur, link)
        if post_id is None:
            raise CockpitError("ledger_link_unknown", link=link)
    if post_id is not None:
        row = cur.execute("SELECT influencer_id FROM posts WHERE post_id = ?", [post_id]).fetchone()
        if row is None:
            raise CockpitError("ledger_post_unknown", id=post_id)
        if person is None:
            person = int(row[0])  # a post names its author
        elif int(row[0]) != person:
            raise CockpitError("ledger_post_other_person")
    return {"occurred_on": entry.occurred_on, "type": entry.type, "type_other": type_other,
            "influencer_id": person, "post_id": post_id, "note": note}


def _record(cur: duckdb.DuckDBPyConnection, label: str, counts: dict[str, int]) -> int:
    return cur.execute(
        "INSERT INTO imports (file_name, format, kind, rows, inserted, updated, unchanged, rejected) "
        "VALUES (?, ?, ?, 1, ?, ?, 0, 0) RETURNING import_id",
        [label, KIND, KIND, counts.get("inserted", 0), counts.get("updated", 0)],
    ).fetchone()[0]


def _old_row(cur: duckdb.DuckDBPyConnection, outcome_id: int) -> dict[str, Any]:
    row = cur.execute(f"SELECT {', '.join(FIELDS)} FROM outcomes WHERE outcome_id = ?",  # noqa: S608
                      [outcome_id]).fetchone()
    if row is None:
        raise CockpitError("ledger_outcome_unknown", id=outcome_id)
    old = dict(zip(FIELDS, row, strict=True))
    old["occurred_on"] = old["occurred_on"].isoformat()
    return old


def _snapshot(cur: duckdb.DuckDBPyConnection, import_id: int, old: dict[str, Any]) -> None:
    cur.execute("INSERT INTO import_undo VALUES (?, ?)", [import_id, json.dumps({"outcomes": [old]})])


def add(cur: duckdb.DuckDBPyConnection, entry: Entry, label: str) -> int:
    """Record a new outcome (one transaction, one ledger import); its id."""
    with store.transaction(cur):
        row = validate(cur, entry)
        import_id = _record(cur, label, {"inserted": 1})
        return int(cur.execute(
            "INSERT INTO outcomes (occurred_on, type, type_other, influencer_id, post_id, note, import_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING outcome_id",
            [row["occurred_on"], row["type"], row["type_other"], row["influencer_id"], row["post_id"],
             row["note"], import_id],
        ).fetchone()[0])


def edit(cur: duckdb.DuckDBPyConnection, outcome_id: int, entry: Entry, label: str) -> None:
    """Change an outcome; what it was goes into the ledger import's undo snapshot."""
    with store.transaction(cur):
        old = _old_row(cur, outcome_id)
        row = validate(cur, entry)
        import_id = _record(cur, label, {"updated": 1})
        _snapshot(cur, import_id, old)
        cur.execute(
            "UPDATE outcomes SET occurred_on = ?, type = ?, type_other = ?, influencer_id = ?, post_id = ?, "
            "note = ?, import_id = ? WHERE outcome_id = ?",
            [row["occurred_on"], row["type"], row["type_other"], row["influencer_id"], row["post_id"],
             row["note"], import_id, outcome_id],
        )


def delete(cur: duckdb.DuckDBPyConnection, outcome_id: int, label: str) -> None:
    """Remove an outcome; undoing the ledger import brings it back."""
    with store.transaction(cur):
        old = _old_row(cur, outcome_id)
        import_id = _record(cur, label, {})
        _snapshot(cur, import_id, old)
        cur.execute("DELETE FROM outcomes WHERE outcome_id = ?", [outcome_id])


ENTRIES = """
SELECT o.outcome_id, o.occurred_on, o.type, o.type_other, o.influencer_id, {name} AS person, o.post_id,
       p.published_at AS post_published_at, p.url AS post_url, o.note
FROM outcomes o
LEFT JOIN influencers i ON i.influencer_id = o.influencer_id
LEFT JOIN posts p ON p.post_id = o.post_id
ORDER BY o.occurred_on DESC, o.outcome_id DESC
"""


def entries(cur: duckdb.DuckDBPyConnection, name_sql: str = "i.name") -> pd.DataFrame:
    """Every outcome for the ledger's list, newest first (``name_sql`` from Filters.name_sql)."""
    return cur.execute(ENTRIES.format(name=name_sql)).df()


PERSON_POSTS = """
SELECT p.post_id, p.published_at, p.text AS opening, p.url
FROM posts p WHERE p.influencer_id = ?
ORDER BY p.published_at DESC, p.post_id DESC
"""


def person_posts(cur: duckdb.DuckDBPyConnection, influencer_id: int, pseudonymise: bool = False) -> pd.DataFrame:
    """One person's posts to choose from, newest first: post_id, published_at, opening, url.
    ``pseudonymise``: every roster name in the openings replaced, links by the post's id alone."""
    posts = cur.execute(PERSON_POSTS, [influencer_id]).df()
    redact = privacy.roster_redactor(cur) if pseudonymise else None
    posts["opening"] = [privacy.shortened(text, privacy.OPENING, redact) for text in posts["opening"]]
    if pseudonymise:
        posts["url"] = posts["url"].map(privacy.pseudonymous_link)
    return posts
