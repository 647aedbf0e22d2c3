"""The demo cohort: the committed CSVs in data/demo/, loaded through the import kinds.

The demo is an import of its own (kind ``demo`` in the history, never undone). Its rows are
flagged as demo rows (the company page's follower days, which have no flag, are known by the
demo's import) and replaced as a whole on every load. Rows of real imports are never changed:
where the workspace already has a row of the same key (a company-page post or follower day),
the real one stays. Besides the kinds' tables the demo brings goals and the pilot's phase
(January to June 2023, :func:`analytics.programme.add_demo_phase`).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import duckdb

from analytics import programme, store
from analytics.errors import CockpitError
from analytics.ingest import kinds, posts
from analytics.ingest import values as V
from analytics.ingest.kinds.coverage import Covered
from analytics.ingest.kinds.posts import StagedPosts, stage_page_rows, stage_post_rows
from analytics.ingest.roster import PeopleBatch, read_outcomes
from analytics.ingest.sources import cell_text
from analytics.people import age_band_from_birth_year, normalise_name

DEMO_DIR = store.ROOT / "data" / "demo"
FILE_NAME = "data/demo"  # the demo's entry in the import history
REFERENCE_YEAR = 2023  # ages of the demo cohort are those during the pilot

FILES = {
    "influencers": {
        "name": "VARCHAR", "birth_year": "INTEGER", "gender": "VARCHAR", "profession": "VARCHAR",
        "department": "VARCHAR", "experience": "VARCHAR", "joined_on": "DATE", "cohort": "VARCHAR",
    },
    "applicants": {
        "name": "VARCHAR", "birth_year": "INTEGER", "gender": "VARCHAR", "profession": "VARCHAR",
        "department": "VARCHAR", "experience": "VARCHAR", "cohort": "VARCHAR", "selected": "VARCHAR",
    },
    "posts": {
        "activity_id": "VARCHAR", "author": "VARCHAR", "published_at": "TIMESTAMP", "url": "VARCHAR",
        "text": "VARCHAR", "media_type": "VARCHAR", "reactions": "INTEGER", "comments": "INTEGER",
        "reposts": "INTEGER", "impressions": "INTEGER", "clicks": "INTEGER", "topic": "VARCHAR",
    },
    "outcomes": {"occurred_on": "DATE", "type": "VARCHAR", "person": "VARCHAR", "note": "VARCHAR",
                 "post_activity_id": "VARCHAR"},
    "followers": {"author": "VARCHAR", "day": "DATE", "followers": "INTEGER"},
    # the city's company page (its content and followers exports) and the programme's goals
    "page_posts": {
        "activity_id": "VARCHAR", "published_at": "TIMESTAMP", "url": "VARCHAR", "text": "VARCHAR",
        "reactions": "INTEGER", "comments": "INTEGER", "reposts": "INTEGER", "impressions": "INTEGER",
        "clicks": "INTEGER",
    },
    "page_followers": {"day": "DATE", "followers": "INTEGER", "new_followers": "INTEGER"},
    "goals": {"metric": "VARCHAR", "target": "DOUBLE", "period_start": "DATE", "period_end": "DATE"},
}
Row = dict[str, Any]


def _read(cur: duckdb.DuckDBPyConnection, directory: Path, name: str) -> list[tuple[int, Row]]:
    """One demo CSV with explicit column types: (line, row) (the file path goes in as a parameter)."""
    path = directory / f"{name}.csv"
    if not path.is_file():
        raise CockpitError("demo_missing", path=str(directory))
    relation = cur.execute(
        "SELECT * FROM read_csv(?, header = true, delim = ',', quote = '\"', escape = '\"', "
        "auto_detect = false, columns = ?)",
        [str(path), FILES[name]],
    )
    columns = [column[0] for column in relation.description]
    return [(line, dict(zip(columns, values, strict=True))) for line, values in enumerate(relation.fetchall(), 2)]


def _people(rows: list[tuple[int, Row]], fields: tuple[str, ...]) -> PeopleBatch:
    """The demo's people as the people kinds take them; ages as they were during the pilot."""
    people = []
    for _line, row in rows:
        person = {field: row[field] for field in fields}
        person["name_key"] = normalise_name(row["name"])
        person["age_band"] = age_band_from_birth_year(row["birth_year"], REFERENCE_YEAR)
        if "selected" in row:
            person["selected"] = V.yes_no(row["selected"])
        people.append(person)
    return PeopleBatch(people=people, rows=len(rows))


def _text_cells(rows: list[tuple[int, Row]], cells: dict[str, str]) -> list[tuple[int, Row]]:
    """Rows as the posts parse reads a file: ``cells`` maps its columns to the demo's, every value text."""
    return [(line, {column: cell_text(row[source]) for column, source in cells.items()}) for line, row in rows]


_POST_CELLS = {"date": "published_at", "link": "url", "text": "text", "reactions": "reactions",
               "comments": "comments", "reposts": "reposts", "impressions": "impressions", "clicks": "clicks"}


def _follower_days(rows: list[tuple[int, Row]]) -> dict[str, list[tuple[Any, ...]]]:
    """Each person's follower days, with the new followers since their previous day."""
    by_person: dict[str, list[tuple[int, Row]]] = {}
    for line, row in rows:
        by_person.setdefault(row["author"], []).append((line, row))
    out = {}
    for person, days in by_person.items():
        previous = None
        out[person] = []
        for line, row in sorted(days, key=lambda item: item[1]["day"]):
            new = None if previous is None else row["followers"] - previous
            out[person].append((line, row["day"], row["followers"], new))
            previous = row["followers"]
    return out


def _check_names(cur: duckdb.DuckDBPyConnection, tables: dict[str, list[tuple[int, Row]]]) -> None:
    """A demo person may not share a real person's name; every name of the demo is in its roster."""
    keys = [normalise_name(row["name"]) for _line, row in tables["influencers"]]
    clashes = cur.execute(
        "SELECT name FROM influencers WHERE name_key IN (SELECT unnest(?::VARCHAR[])) ORDER BY name", [keys]
    ).fetchall()
    if clashes:
        raise CockpitError("demo_conflict", names=", ".join(row[0] for row in clashes))
    named = {row[column] for name, column in (("posts", "author"), ("outcomes", "person"), ("followers", "author"))
             for _line, row in tables[name] if row[column]}
    missing = sorted(name for name in named if normalise_name(name) not in keys)
    if missing:
        raise ValueError(f"demo data names people not in the demo roster: {missing}")


def _loaded(cur: duckdb.DuckDBPyConnection, kind: str, staged: Any, load: kinds.Load,
            entries: list[dict[str, Any]]) -> int:
    """Load the demo's rows of one kind; how many arrived (every row must: it is the demo). Its
    counts join ``entries`` (the history says per kind what the demo brought)."""
    loaded = kinds.kind(kind).load(cur, staged, load)
    if loaded.rejected:
        raise ValueError(f"the demo's {kind} has rows the importer rejects: {loaded.rejected[:3]}")
    entries.append(loaded.entry(kinds.kind(kind).unit))
    return loaded.inserted


def _merged(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per kind (the demo loads each person's follower days apart), counts added up."""
    merged: dict[str, dict[str, Any]] = {}
    for entry in entries:
        if entry["kind"] in merged:
            for key, value in entry.items():
                if isinstance(value, int):
                    merged[entry["kind"]][key] += value
        else:
            merged[entry["kind"]] = dict(entry)
    return list(merged.values())


def load_demo(cur: duckdb.DuckDBPyConnection, directory: Path | None = None) -> dict[str, int]:
    """Replace the demo data with the CSVs in ``directory`` (default :data:`DEMO_DIR`).

    All-or-nothing: on any error (for example a real roster person with a demo person's name,
    ``demo_conflict``) the workspace stays as it was. Returns the rows inserted per table.
    """
    directory = Path(directory) if directory is not None else DEMO_DIR
    tables = {name: _read(cur, directory, name) for name in FILES}
    try:
        return _load(cur, tables)
    finally:
        posts.drop_temp(cur)  # the posts parse's temporary tables


def _load(cur: duckdb.DuckDBPyConnection, tables: dict[str, list[tuple[int, Row]]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    with store.transaction(cur):
        clear_demo(cur)
        import_id = cur.execute(
            "INSERT INTO imports (file_name, format, kind) VALUES (?, 'demo', 'demo') RETURNING import_id", [FILE_NAME]
        ).fetchone()[0]
        _check_names(cur, tables)
        load = kinds.Load(import_id, FILE_NAME, demo=True)
        entries: list[dict[str, Any]] = []
        counts["influencers"] = _loaded(cur, "roster", _people(tables["influencers"], (
            "name", "birth_year", "gender", "profession", "department", "experience", "joined_on", "cohort")),
            load, entries)
        stage_post_rows(cur, _text_cells(tables["posts"], {**_POST_CELLS, "author": "author",
                                                           "media_type": "media_type", "topic": "topic"}))
        counts["posts"] = _loaded(cur, "posts", StagedPosts(), load, entries)
        kinds.kind("coverage").load(cur, Covered("programme"), load)  # its first to its last post
        counts["applicants"] = _loaded(cur, "applicants", _people(tables["applicants"], (
            "name", "birth_year", "gender", "profession", "department", "experience", "cohort")), load, entries)
        counts["outcomes"] = _loaded(cur, "outcomes", read_outcomes(
            (line, {"date": row["occurred_on"], "type": row["type"], "person": row["person"], "note": row["note"],
                    "post_key": "li:" + row["post_activity_id"] if row["post_activity_id"] else None})
            for line, row in tables["outcomes"]), load, entries)
        counts["follower_counts"] = sum(_loaded(cur, "member_followers", days, replace(load, author=person), entries)
                                        for person, days in _follower_days(tables["followers"]).items())
        stage_page_rows(cur, _text_cells(tables["page_posts"], _POST_CELLS))
        counts["page_posts"] = _loaded(cur, "page_posts", StagedPosts(), load, entries)
        counts["page_followers"] = _loaded(cur, "page_followers", [
            (line, row["day"], row["followers"], row["new_followers"]) for line, row in tables["page_followers"]],
            load, entries)
        for _line, goal in tables["goals"]:
            cur.execute(
                "INSERT INTO goals (metric, target, period_start, period_end, is_demo) VALUES (?, ?, ?, ?, TRUE)",
                [goal["metric"], goal["target"], goal["period_start"], goal["period_end"]])
        counts["goals"] = len(tables["goals"])
        total = sum(counts.values())
        cur.execute("UPDATE imports SET rows = ?, inserted = ?, kinds = ? WHERE import_id = ?",
                    [total, total, json.dumps(_merged(entries)), import_id])
        programme.add_demo_phase(cur)
        store.set_meta(cur, "demo_dismissed", None)
    return counts


def clear_demo(cur: duckdb.DuckDBPyConnection) -> None:
    """Remove every demo row, the demo's goals and its pilot phase (inside the caller's transaction).

    The user's own phases and goals stay.
    """
    for each in reversed(kinds.KINDS):
        each.drop_demo(cur)
    cur.execute("DELETE FROM goals WHERE is_demo")
    cur.execute("DELETE FROM imports WHERE kind = 'demo'")
    programme.drop_demo_phases(cur)


def remove_demo(cur: duckdb.DuckDBPyConnection) -> None:
    """Remove the demo for good: its rows, and the demo is not loaded again (caller's transaction)."""
    clear_demo(cur)
    store.set_meta(cur, "demo_dismissed", "1")


def has_demo(cur: duckdb.DuckDBPyConnection) -> bool:
    """True when demo data is loaded."""
    return bool(
        cur.execute(
            "SELECT EXISTS (SELECT 1 FROM influencers WHERE is_demo) OR EXISTS (SELECT 1 FROM posts WHERE is_demo)"
        ).fetchone()[0]
    )


def is_empty(cur: duckdb.DuckDBPyConnection) -> bool:
    """True when the workspace holds no posts and no roster."""
    posts, people = cur.execute(
        "SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM influencers)"
    ).fetchone()
    return posts == 0 and people == 0


def holds_nothing(cur: duckdb.DuckDBPyConnection) -> bool:
    """True when nothing but the demo was ever imported (or all of it undone) and no posts or roster are
    held: the workspace a lead starts from, where "Erste Schritte" says which files to bring."""
    if not is_empty(cur):
        return False
    return not cur.execute("SELECT EXISTS (SELECT 1 FROM imports WHERE NOT undone AND kind <> 'demo')").fetchone()[0]


def ensure_demo_if_empty(con: duckdb.DuckDBPyConnection) -> bool:
    """Load the demo into an empty workspace unless the user removed it once; True when it did."""
    with store.cursor(con) as cur:
        if not is_empty(cur) or store.get_meta(cur, "demo_dismissed"):
            return False
        load_demo(cur)
        return True
