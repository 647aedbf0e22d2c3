"""Erasure that erases, right of access, retention (GDPR Art. 17, 15 and 5(1)(e)).

``erase`` deletes a person's rows (roster entry, posts and their earlier figures, follower
counts, outcomes, applications), takes them out of every undo snapshot, of the import log
(author cleared; a file name that holds their name gets a neutral placeholder, ``[…]``) and of
other people's post texts and outcome notes (their name replaced by ``[…]``), then rewrites
the workspace file (:func:`analytics.store.compact`), so that no byte of what was deleted is
left in the file's free blocks or its WAL. ``retention`` does the same for what is older than
the workspace's ``retention_months`` (posts, follower counts, outcomes) and for people who are
not (or no longer) in the roster and have no data left in the window. ``access_parts`` is
everything the workspace holds about one person (the right-of-access export).

Command line: ``python -m analytics erase --db PATH --person NAME`` and
``python -m analytics retention --db PATH [--apply]`` (JSON; exit 2 with a message on errors).
"""

from __future__ import annotations

import argparse
import io
import json
import re
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb
import pandas as pd

from analytics import settings, store
from analytics.errors import CockpitError
from analytics.people import normalise_name

PLACEHOLDER = "[…]"
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}


@dataclass(frozen=True)
class Person:
    """One person as the workspace knows them: a roster/author entry and/or applications."""

    key: str                    # normalise_name of the name
    name: str                   # the name as stored (roster spelling first)
    influencer_id: int | None   # None: known only as an applicant


# ---------------------------------------------------------------- finding a person
def _tokens(key: str) -> list[str]:
    return [token for token in key.split(" ") if token]


def find_person(cur: duckdb.DuckDBPyConnection, name: str) -> Person:
    """The one person ``name`` means: the same name as the roster matches names (case, spaces,
    emoji ignored), else the only person whose name holds all its words. ``person_not_found``
    when nobody, ``person_ambiguous`` (naming them) when several."""
    key = normalise_name(name or "")
    if not key:
        raise CockpitError("person_not_found", name=name or "")
    people: dict[str, tuple[str, int | None]] = {}
    for person_id, stored, stored_key in cur.execute(
            "SELECT influencer_id, name, name_key FROM influencers ORDER BY influencer_id").fetchall():
        people[stored_key] = (stored, person_id)
    for stored, stored_key in cur.execute(
            "SELECT name, name_key FROM applicants WHERE name_key IS NOT NULL ORDER BY applicant_id").fetchall():
        people.setdefault(stored_key, (stored, None))
    if key in people:
        return Person(key, *people[key])
    wanted = _tokens(key)
    matches = sorted(k for k in people if all(token in _tokens(k) for token in wanted))
    if not matches:
        raise CockpitError("person_not_found", name=name)
    if len(matches) > 1:
        raise CockpitError("person_ambiguous", name=name, matches=", ".join(people[k][0] for k in matches))
    return Person(matches[0], *people[matches[0]])


def person_by_id(cur: duckdb.DuckDBPyConnection, influencer_id: int) -> Person:
    """The roster/author entry ``influencer_id`` as a :class:`Person`."""
    row = cur.execute("SELECT name, name_key FROM influencers WHERE influencer_id = ?", [influencer_id]).fetchone()
    if row is None:
        raise CockpitError("person_unknown", id=influencer_id)
    return Person(row[1], row[0], influencer_id)


# ---------------------------------------------------------------- spellings of a name
def _token_pattern(token: str) -> str:
    """A name word in either spelling (Müller / Mueller), case-insensitive by the caller."""
    folded = "".join(UMLAUTS.get(char, char) for char in token)
    options = {re.escape(token), re.escape(folded)}
    return "(?:" + "|".join(sorted(options, key=len, reverse=True)) + ")"


def _name_words(cur: duckdb.DuckDBPyConnection, person: Person) -> list[list[str]]:
    """Every spelling the workspace holds of the person's name, as word lists."""
    names = {person.name}
    names.update(name for (name,) in cur.execute(
        "SELECT name FROM applicants WHERE name_key = ? AND name IS NOT NULL", [person.key]).fetchall())
    return sorted({tuple(_tokens(normalise_name(name))) for name in names if normalise_name(name)}, key=len,
                  reverse=True)


def mention_pattern(words: Iterable[Iterable[str]], *, in_text: bool = True) -> re.Pattern[str]:
    """The full name (words joined by spaces, '_', '.', '-' or nothing, either umlaut spelling);
    in text not inside a longer word."""
    parts = [r"[\s_.\-]*".join(_token_pattern(token) for token in name) for name in words]
    body = "(?:" + "|".join(parts) + ")"
    if in_text:
        body = r"(?<![^\W\d_])" + body + r"(?![^\W\d_])"
    return re.compile(body, re.IGNORECASE)


def file_name_pattern(words: list[list[str]]) -> re.Pattern[str]:
    """A file name's mention: the full name in any joining, or the surname alone (4+ letters)."""
    variants = [list(name) for name in words]
    variants += [[name[-1]] for name in words if len(name) > 1 and len(name[-1]) >= 4]
    return mention_pattern(variants, in_text=False)


# ---------------------------------------------------------------- erasure
def _scrub_snapshots(cur: duckdb.DuckDBPyConnection, drop) -> int:
    """Remove the entries ``drop(part, entry)`` names from every undo snapshot; returns how many."""
    removed = 0
    sources = [("import_undo", "import_id", "snapshot", cur.execute(
        "SELECT import_id, snapshot FROM import_undo").fetchall())]
    sources.append(("meta", "key", "value", cur.execute(
        "SELECT key, value FROM meta WHERE key LIKE 'import\\_undo:%' ESCAPE '\\'").fetchall()))
    for table, id_column, column, rows in sources:
        for ident, raw in rows:
            try:
                snapshot = json.loads(raw)
            except (TypeError, ValueError):
                continue
            if not isinstance(snapshot, dict):
                continue
            kept: dict[str, list] = {}
            for part, entries in snapshot.items():
                entries = entries if isinstance(entries, list) else [entries]
                left = [entry for entry in entries if not drop(part, entry)]
                removed += len(entries) - len(left)
                if left:
                    kept[part] = left
            if kept == snapshot:
                continue
            if kept:
                cur.execute(f"UPDATE {table} SET {column} = ? WHERE {id_column} = ?",  # noqa: S608 - fixed names
                            [json.dumps(kept, default=str), ident])
            else:
                cur.execute(f"DELETE FROM {table} WHERE {id_column} = ?", [ident])  # noqa: S608
    return removed


def _mentions(value: Any, pattern: re.Pattern[str]) -> bool:
    """True when a snapshot entry holds the name anywhere (any field, any spelling)."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return bool(pattern.search(text))


def _replace_mentions(cur: duckdb.DuckDBPyConnection, table: str, id_columns: tuple[str, ...], column: str,
                      words: list[list[str]], pattern: re.Pattern[str]) -> int:
    """Replace the name in ``table.column`` by the placeholder; returns the rows changed."""
    # a first cut in SQL: rows holding the start of a surname in either umlaut spelling
    params = sorted({"%" + spelling[:4] + "%" for name in words
                     for spelling in (name[-1], "".join(UMLAUTS.get(c, c) for c in name[-1]))})
    likes = " OR ".join(f"{column} ILIKE ?" for _ in params)
    ids = ", ".join(id_columns)
    changed = 0
    for row in cur.execute(f"SELECT {ids}, {column} FROM {table} WHERE {likes}", params).fetchall():  # noqa: S608
        text = row[-1]
        new = pattern.sub(PLACEHOLDER, text)
        if new != text:
            where = " AND ".join(f"{name} = ?" for name in id_columns)
            cur.execute(f"UPDATE {table} SET {column} = ? WHERE {where}", [new, *row[:-1]])  # noqa: S608
            changed += 1
    return changed


def _erase_rows(cur: duckdb.DuckDBPyConnection, person: Person) -> dict[str, Any]:
    """Everything of one person out of the tables (inside the caller's transaction)."""
    words = _name_words(cur, person)
    text_pattern = mention_pattern(words)
    post_keys: set[str] = set()
    if person.influencer_id is not None:
        post_keys = {key for (key,) in cur.execute(
            "SELECT post_key FROM posts WHERE influencer_id = ?", [person.influencer_id]).fetchall()}

    def drop(part: str, entry: Any) -> bool:
        if isinstance(entry, dict):
            if person.influencer_id is not None and entry.get("influencer_id") == person.influencer_id:
                return True
            if entry.get("name_key") == person.key or entry.get("post_key") in post_keys:
                return True
            if isinstance(entry.get("name"), str) and normalise_name(entry["name"]) == person.key:
                return True
        return _mentions(entry, text_pattern)

    undo_entries = _scrub_snapshots(cur, drop)
    if person.influencer_id is not None:
        removed = store.delete_person(cur, person.influencer_id)
    else:
        removed = {"post_history": 0, "posts": 0, "follower_counts": 0, "outcomes": 0, "influencers": 0,
                   "applicants": cur.execute("DELETE FROM applicants WHERE name_key = ?", [person.key]).fetchone()[0]}
    removed["import_undo_entries"] = undo_entries
    # the import log keeps counts, not names
    authors = 0
    for (author,) in cur.execute("SELECT DISTINCT author FROM imports WHERE author IS NOT NULL").fetchall():
        if normalise_name(author) == person.key or text_pattern.search(author):
            authors += cur.execute("UPDATE imports SET author = NULL WHERE author = ?", [author]).fetchone()[0]
    files = 0
    pattern = file_name_pattern(words)
    for import_id, file_name in cur.execute("SELECT import_id, file_name FROM imports").fetchall():
        renamed = pattern.sub(PLACEHOLDER, file_name)
        if renamed != file_name:
            cur.execute("UPDATE imports SET file_name = ? WHERE import_id = ?", [renamed, import_id])
            files += 1
    mentions = (_replace_mentions(cur, "posts", ("post_id",), "text", words, text_pattern)
                + _replace_mentions(cur, "post_history", ("import_id", "post_id"), "text", words, text_pattern)
                + _replace_mentions(cur, "outcomes", ("outcome_id",), "note", words, text_pattern)
                + _replace_mentions(cur, "access_log", ("access_id",), "purpose", words, text_pattern)
                + _replace_mentions(cur, "page_posts", ("page_post_id",), "text", words, text_pattern))
    return {"removed": removed, "changed": {"imports_author_cleared": authors, "imports_renamed": files,
                                            "mentions_replaced": mentions}}


def erase(con: duckdb.DuckDBPyConnection, person: str | int) -> dict[str, Any]:
    """Erase one person (a name as :func:`find_person` matches it, or an influencer id) and
    rewrite the workspace file. Call with the connection, outside any open cursor."""
    with store.cursor(con) as cur, store.transaction(cur):
        who = person_by_id(cur, person) if isinstance(person, int) else find_person(cur, person)
        result = _erase_rows(cur, who)
    store.compact(con)
    return {"person": who.name, **result, "file_rewritten": True}


# ---------------------------------------------------------------- right of access
ACCESS_PARTS = ("person", "applications", "posts", "post_history", "outcomes", "follower_counts", "imports",
                "access_log", "undo_snapshots")


def _frame(cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> pd.DataFrame:
    """A query's rows as a frame; calendar days stay days (pandas would make them timestamps)."""
    relation = cur.execute(sql, params)
    days = [column for column, kind, *_ in relation.description if str(kind) == "DATE"]
    data = relation.df()
    for column in days:
        data[column] = data[column].map(lambda v: None if pd.isna(v) else v.date()).astype(object)
    return data


def access_parts(cur: duckdb.DuckDBPyConnection, person: Person) -> dict[str, pd.DataFrame]:
    """Everything the workspace holds about one person, one frame per part (see ACCESS_PARTS)."""
    pid = person.influencer_id if person.influencer_id is not None else -1
    parts = {
        "person": _frame(
            cur, "SELECT name, birth_year, age_band, gender, profession, department, experience, joined_on, cohort, "
            "in_roster FROM influencers WHERE influencer_id = ?", [pid]),
        "applications": _frame(
            cur, "SELECT name, birth_year, age_band, gender, profession, department, experience, cohort, selected "
            "FROM applicants WHERE name_key = ? ORDER BY applicant_id", [person.key]),
        "posts": _frame(
            cur, "SELECT * EXCLUDE (influencer_id, is_demo) FROM posts WHERE influencer_id = ? "
            "ORDER BY published_at, post_id", [pid]),
        "post_history": _frame(
            cur, "SELECT h.* FROM post_history h JOIN posts p USING (post_id) WHERE p.influencer_id = ? "
            "ORDER BY h.post_id, h.import_id", [pid]),
        "outcomes": _frame(
            cur, "SELECT outcome_id, occurred_on, type, note, import_id FROM outcomes WHERE influencer_id = ? "
            "ORDER BY occurred_on, outcome_id", [pid]),
        "follower_counts": _frame(
            cur, "SELECT day, followers, new_followers, import_id FROM follower_counts WHERE influencer_id = ? "
            "ORDER BY day", [pid]),
    }
    words = _name_words(cur, person)
    text_pattern, file_pattern = mention_pattern(words), file_name_pattern(words)
    imports = _frame(
        cur, "SELECT import_id, file_name, format, kind, imported_at, author, covers_until, rows, inserted, updated, "
        "unchanged, rejected, undone FROM imports ORDER BY import_id", [])
    naming = [
        (isinstance(author, str) and normalise_name(author) == person.key) or bool(file_pattern.search(str(name)))
        for author, name in zip(imports["author"], imports["file_name"], strict=True)
    ]
    parts["imports"] = imports[naming].reset_index(drop=True)
    log = _frame(cur, "SELECT access_id, logged_at, user_email, action, view, purpose FROM access_log "
                 "ORDER BY access_id", [])
    parts["access_log"] = log[[bool(text_pattern.search(str(purpose or ""))) for purpose in log["purpose"]]
                              ].reset_index(drop=True)
    post_keys = set(parts["posts"]["post_key"])
    entries = []
    for import_id, raw in cur.execute("SELECT import_id, snapshot FROM import_undo ORDER BY import_id").fetchall():
        try:
            snapshot = json.loads(raw)
        except (TypeError, ValueError):
            continue
        for part, items in (snapshot.items() if isinstance(snapshot, dict) else ()):
            for entry in items if isinstance(items, list) else [items]:
                ours = isinstance(entry, dict) and (
                    (person.influencer_id is not None and entry.get("influencer_id") == person.influencer_id)
                    or entry.get("name_key") == person.key or entry.get("post_key") in post_keys)
                if ours or _mentions(entry, text_pattern):
                    entries.append({"import_id": import_id, "part": part,
                                    "values": json.dumps(entry, ensure_ascii=False, default=str)})
    parts["undo_snapshots"] = pd.DataFrame(entries, columns=["import_id", "part", "values"])
    return {part: parts[part] for part in ACCESS_PARTS}


def _plain(value: Any) -> Any:
    if value is None or (not isinstance(value, (str, bytes)) and pd.isna(value)):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def access_json(person: Person, parts: dict[str, pd.DataFrame]) -> bytes:
    """The parts as one JSON document: {"person_name": …, part: [rows]}."""
    body: dict[str, Any] = {"person_name": person.name}
    for part, frame in parts.items():
        body[part] = [{column: _plain(value) for column, value in row.items()}
                      for row in frame.astype(object).to_dict("records")]
    return json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8")


def access_xlsx(parts: dict[str, pd.DataFrame], lang: str = "de") -> bytes:
    """The parts as one workbook, a sheet per part (text written as text, never as a formula)."""
    from analytics.i18n import t

    out = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    with pd.ExcelWriter(out, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
        for part, frame in parts.items():
            sheet = t(f"life_part_{part}", lang)[:31]
            data = frame.copy()
            for column in data.columns:
                if isinstance(data[column].dtype, pd.DatetimeTZDtype):
                    data[column] = data[column].dt.tz_localize(None)
            data.to_excel(writer, sheet_name=sheet, index=False)
            worksheet = writer.sheets[sheet]
            worksheet.freeze_panes(1, 0)
            for index, column in enumerate(data.columns):
                filled = data[column].dropna()
                longest = int(filled.astype(str).str.len().max()) if len(filled) else 0
                worksheet.set_column(index, index, min(max(len(str(column)), longest) + 2, 60))
    return out.getvalue()


def access_export(cur: duckdb.DuckDBPyConnection, name: str | int, fmt: str = "xlsx",
                  lang: str = "de") -> tuple[Person, dict[str, int], bytes]:
    """(person, rows per part, file bytes) of the right-of-access export."""
    if fmt not in ("xlsx", "json"):
        raise CockpitError("export_unknown_format", fmt=fmt, choices="xlsx, json")
    person = person_by_id(cur, name) if isinstance(name, int) else find_person(cur, name)
    parts = access_parts(cur, person)
    data = access_json(person, parts) if fmt == "json" else access_xlsx(parts, lang)
    return person, {part: len(frame) for part, frame in parts.items()}, data


def access_file(cur: duckdb.DuckDBPyConnection, influencer_id: int, fmt: str = "xlsx", lang: str = "de") -> bytes:
    """The bytes of one person's right-of-access export (as :func:`access_export`), for a download."""
    return access_export(cur, influencer_id, fmt, lang)[2]


# ---------------------------------------------------------------- retention
def cutoff_for(months: int, today: date | None = None) -> date:
    """The first day still kept: ``today`` minus ``months`` months (31 March - 1 -> 28/29 Feb)."""
    today = today or date.today()
    total = today.year * 12 + today.month - 1 - months
    year, month = divmod(total, 12)
    return date(year, month + 1, min(today.day, monthrange(year, month + 1)[1]))


_LEAVERS = """
    SELECT influencer_id FROM influencers i WHERE NOT in_roster
      AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.influencer_id = i.influencer_id AND p.published_at >= $cut)
      AND NOT EXISTS (SELECT 1 FROM follower_counts f WHERE f.influencer_id = i.influencer_id AND f.day >= $cut)
      AND NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.influencer_id = i.influencer_id AND o.occurred_on >= $cut)
    ORDER BY influencer_id
"""


def retention_due(cur: duckdb.DuckDBPyConnection, today: date | None = None) -> dict[str, Any]:
    """What has passed the retention setting: counts per table and the cut-off (first day kept).
    ``retention_not_set`` when the workspace keeps data without a limit."""
    months = settings.get(cur, "retention_months")
    if not months:
        raise CockpitError("retention_not_set")
    cut = cutoff_for(months, today)
    params = {"cut": cut}
    row = cur.execute(
        """
        SELECT (SELECT count(*) FROM posts WHERE published_at < $cut),
               (SELECT count(*) FROM post_history h JOIN posts p USING (post_id) WHERE p.published_at < $cut),
               (SELECT count(*) FROM follower_counts WHERE day < $cut),
               (SELECT count(*) FROM outcomes WHERE occurred_on < $cut)
        """, params).fetchone()
    leavers = [pid for (pid,) in cur.execute(_LEAVERS, params).fetchall()]
    return {
        "retention_months": months, "cutoff": cut.isoformat(),
        "due": dict(zip(("posts", "post_history", "follower_counts", "outcomes"), row, strict=True))
        | {"people": len(leavers)},
    }


def _apply_retention(cur: duckdb.DuckDBPyConnection, today: date | None) -> dict[str, Any]:
    due = retention_due(cur, today)
    cut = date.fromisoformat(due["cutoff"])
    params = {"cut": cut}
    leavers = [person_by_id(cur, pid) for (pid,) in cur.execute(_LEAVERS, params).fetchall()]
    old_keys = {key for (key,) in cur.execute("SELECT post_key FROM posts WHERE published_at < $cut",
                                              params).fetchall()}

    def drop(part: str, entry: Any) -> bool:  # earlier values of what goes
        if not isinstance(entry, dict):
            return False
        if part == "follower_counts" and str(entry.get("day", "9999")) < cut.isoformat():
            return True
        return entry.get("post_key") in old_keys

    removed = {"import_undo_entries": _scrub_snapshots(cur, drop)}
    removed["post_history"] = cur.execute(
        "DELETE FROM post_history WHERE post_id IN (SELECT post_id FROM posts WHERE published_at < $cut)",
        params).fetchone()[0]
    removed["posts"] = cur.execute("DELETE FROM posts WHERE published_at < $cut", params).fetchone()[0]
    removed["follower_counts"] = cur.execute("DELETE FROM follower_counts WHERE day < $cut", params).fetchone()[0]
    removed["outcomes"] = cur.execute("DELETE FROM outcomes WHERE occurred_on < $cut", params).fetchone()[0]
    removed["people"] = 0
    for person in leavers:
        erased = _erase_rows(cur, person)["removed"]
        removed["people"] += erased["influencers"]
        for table in ("posts", "post_history", "follower_counts", "outcomes", "applicants", "import_undo_entries"):
            removed[table] = removed.get(table, 0) + erased[table]
    return {**due, "removed": removed}


def apply_retention(con: duckdb.DuckDBPyConnection, today: date | None = None) -> dict[str, Any]:
    """Delete what has passed the retention setting, then rewrite the file (as :func:`erase`)."""
    with store.cursor(con) as cur, store.transaction(cur):
        result = _apply_retention(cur, today)
    store.compact(con)
    return {**result, "applied": True, "file_rewritten": True}


# ---------------------------------------------------------------- command line
def _print(payload: dict[str, Any]) -> None:
    import sys

    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def cmd_erase(args: argparse.Namespace) -> int:
    con = store.open_existing(args.db)
    try:
        _print(erase(con, args.person))
    finally:
        con.close()
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    con = store.open_existing(args.db)
    try:
        today = None
        if args.today:
            from analytics.filters import parse_date

            today = parse_date(args.today)
        if args.apply:
            result = apply_retention(con, today)
        else:
            with store.cursor(con) as cur:
                result = {**retention_due(cur, today), "applied": False}
    finally:
        con.close()
    _print(result)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``erase`` and ``retention`` subcommands."""
    eraser = subparsers.add_parser("erase", help="erase one person completely (GDPR Art. 17)")
    eraser.add_argument("--db", required=True)
    eraser.add_argument("--person", required=True)
    eraser.set_defaults(func=cmd_erase)
    keeper = subparsers.add_parser("retention", help="what has passed the retention setting; --apply deletes it")
    keeper.add_argument("--db", required=True)
    keeper.add_argument("--apply", action="store_true")
    keeper.add_argument("--today", help="the day to count back from (YYYY-MM-DD; default: today)")
    keeper.set_defaults(func=cmd_retention)
