"""Erasure that erases, right of access, retention (GDPR Art. 17, 15 and 5(1)(e)).

``erase`` deletes a person's rows (roster entry, posts and their earlier figures, follower
counts, outcomes, applications), takes them out of every undo snapshot, of the import log
(author cleared; a file name that holds their name gets a neutral placeholder, ``[…]``) and of
other people's post texts and outcome notes (their name replaced by ``[…]``), then rewrites
the workspace file (:func:`analytics.store.compact`), so that no byte of what was deleted is
left in the file's free blocks or its WAL. ``retention`` does the same for what is older than
the workspace's ``retention_months`` (posts, follower counts, outcomes) and for people who are
not (or no longer) in the roster and have no data left in the window. ``access_parts`` is
everything the workspace holds about one person (the right-of-access export). ``reset``
empties the workspace.

What a person's rows are, which of them age, and which texts may name them, each kind of
imported rows declares (:attr:`analytics.ingest.kinds.Kind.person_rows`, ``free_text``):
a new kind is erased, exported and aged without a change here.

Command line: ``python -m analytics erase --db PATH --person NAME`` and
``python -m analytics retention --db PATH [--apply]`` (JSON; exit 2 with a message on errors).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import duckdb
import pandas as pd

from analytics import programme, settings, store
from analytics.errors import CockpitError
from analytics.filters import parse_date
from analytics.i18n import fmt_date, t
from analytics.ingest import kinds
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


def _params(sql: str, values: dict[str, Any]) -> dict[str, Any]:
    """The named parameters ``sql`` uses (DuckDB refuses any it does not)."""
    return {name: value for name, value in values.items() if f"${name}" in sql}


def _person_values(person: Person) -> dict[str, Any]:
    return {"id": person.influencer_id if person.influencer_id is not None else -1, "key": person.key}


def _delete_rows(cur: duckdb.DuckDBPyConnection, person: Person) -> dict[str, int]:
    """The person's rows out of every kind's tables, people last; rows removed per table."""
    values = _person_values(person)
    removed: dict[str, int] = {}
    for kind in reversed(kinds.KINDS):
        for rows in reversed(kind.person_rows):
            sql = f"DELETE FROM {rows.table} WHERE {rows.where()}"  # noqa: S608 - declared by the kinds
            removed[rows.table] = removed.get(rows.table, 0) + cur.execute(sql, _params(sql, values)).fetchone()[0]
    return removed


def delete_person(cur: duckdb.DuckDBPyConnection, influencer_id: int) -> dict[str, int]:
    """The person's rows in every kind's tables (roster entry, posts and their earlier figures,
    follower counts, outcomes, applications), and their name as the author of imports; rows
    removed per table (inside the caller's transaction). :func:`erase` does more."""
    person = person_by_id(cur, influencer_id)
    removed = _delete_rows(cur, person)
    # the import history keeps the file, not whose it was
    for (author,) in cur.execute("SELECT DISTINCT author FROM imports WHERE author IS NOT NULL").fetchall():
        if normalise_name(author) == person.key:
            cur.execute("UPDATE imports SET author = NULL WHERE author = ?", [author])
    return removed


def erasure_counts(cur: duckdb.DuckDBPyConnection, influencer_id: int) -> dict[str, int]:
    """How many rows erasing this person would remove, per table (as :func:`delete_person` counts)."""
    values = _person_values(person_by_id(cur, influencer_id))
    counts: dict[str, int] = {}
    for kind in kinds.KINDS:
        for rows in kind.person_rows:
            sql = f"SELECT count(*) FROM {rows.table} WHERE {rows.where()}"  # noqa: S608 - declared by the kinds
            counts[rows.table] = counts.get(rows.table, 0) + cur.execute(sql, _params(sql, values)).fetchone()[0]
    return counts


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
        removed = delete_person(cur, person.influencer_id)
    else:
        removed = _delete_rows(cur, person)
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
    texts = [(text.table, text.ids, text.column) for kind in kinds.KINDS for text in kind.free_text]
    texts.append(("access_log", ("access_id",), "purpose"))  # why someone opened a view of named people
    mentions = sum(_replace_mentions(cur, table, ids, column, words, text_pattern) for table, ids, column in texts)
    return {"removed": removed, "changed": {"imports_author_cleared": authors, "imports_renamed": files,
                                            "mentions_replaced": mentions}}


def erase(con: duckdb.DuckDBPyConnection, person: str | int) -> dict[str, Any]:
    """Erase one person (a name as :func:`find_person` matches it, or an influencer id) and
    rewrite the workspace file. Call with the connection, outside any open cursor.

    The deletion and the mark that the file must be rewritten commit together; should the
    process die before the rewrite is done, the next opening of the workspace does it."""
    with store.cursor(con) as cur, store.transaction(cur):
        who = person_by_id(cur, person) if isinstance(person, int) else find_person(cur, person)
        result = _erase_rows(cur, who)
        store.mark_rewrite_pending(cur, "erase")  # a crash before the rewrite ends: the next opening does it
    store.compact(con)
    return {"person": who.name, **result, "file_rewritten": True}


def data_tables() -> tuple[str, ...]:
    """Every table that holds the workspace's data: the kinds', the goals, the import history,
    remembered column mappings and undo snapshots (not the settings, not the access log)."""
    owned = [table for kind in kinds.KINDS for table in kind.tables]
    return tuple(dict.fromkeys([*owned, "goals", "imports", "column_mappings", "import_undo"]))


def reset(cur: duckdb.DuckDBPyConnection) -> None:
    """Delete all data, keep the schema and the settings (inside the caller's transaction)."""
    for table in data_tables():
        cur.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
    programme.drop_demo_phases(cur)  # the demo's data is gone, so is its phase


# ---------------------------------------------------------------- right of access
# the sheet names of the right-of-access export's parts (the parts and their order come from the kinds)
PART_TEXT_KEYS = {
    "person": "life_part_person", "applications": "life_part_applications", "posts": "life_part_posts",
    "post_history": "life_part_post_history", "outcomes": "life_part_outcomes",
    "follower_counts": "life_part_follower_counts", "coverage": "life_part_coverage",
    "audience_windows": "life_part_audience_windows",
    "audience_values": "life_part_audience_values", "account_days": "life_part_account_days",
    "post_audience": "life_part_post_audience", "imports": "life_part_imports",
    "access_log": "life_part_access_log", "undo_snapshots": "life_part_undo_snapshots",
}


def _frame(cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> pd.DataFrame:
    """A query's rows as a frame; calendar days stay days (pandas would make them timestamps)."""
    relation = cur.execute(sql, params)
    days = [column for column, kind, *_ in relation.description if str(kind) == "DATE"]
    data = relation.df()
    for column in days:
        data[column] = data[column].map(lambda v: None if pd.isna(v) else v.date()).astype(object)
    return data


def access_parts(cur: duckdb.DuckDBPyConnection, person: Person) -> dict[str, pd.DataFrame]:
    """Everything the workspace holds about one person, one frame per part: each kind's rows of
    them (the roster entry as ``person``, applications, posts, their earlier figures, outcomes,
    follower counts), then the imports that name them, the access log's entries that do and
    their entries in undo snapshots."""
    values = _person_values(person)
    parts = {}
    for kind in kinds.KINDS:
        for rows in kind.person_rows:
            order = f" ORDER BY {rows.order}" if rows.order else ""
            sql = f"SELECT {rows.columns} FROM {rows.table} WHERE {rows.where()}{order}"  # noqa: S608 - declared
            parts[rows.name] = _frame(cur, sql, _params(sql, values))
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
    return parts


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
    out = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    with pd.ExcelWriter(out, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
        for part, frame in parts.items():
            sheet = t(PART_TEXT_KEYS[part], lang)[:31]
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


def _aged() -> list[kinds.PersonRows]:
    """The people's rows that retention removes once they are older than the cut-off."""
    return [rows for kind in kinds.KINDS for rows in kind.person_rows if rows.older_than]


def _leavers(cur: duckdb.DuckDBPyConnection, cut: date) -> list[int]:
    """People who are not (or no longer) in the roster and have no row left in the window."""
    recent = " ".join(f"AND NOT EXISTS (SELECT 1 FROM {rows.table} "  # noqa: S608 - declared by the kinds
                      f"WHERE ({rows.where('i.influencer_id', 'i.name_key')}) AND NOT ({rows.older_than}))"
                      for rows in _aged())
    sql = f"SELECT influencer_id FROM influencers i WHERE NOT in_roster {recent} ORDER BY influencer_id"  # noqa: S608
    return [pid for (pid,) in cur.execute(sql, _params(sql, {"cut": cut})).fetchall()]


def retention_due(cur: duckdb.DuckDBPyConnection, today: date | None = None) -> dict[str, Any]:
    """What has passed the retention setting: counts per table and the cut-off (first day kept).
    ``retention_not_set`` when the workspace keeps data without a limit."""
    months = settings.get(cur, "retention_months")
    if not months:
        raise CockpitError("retention_not_set")
    cut = cutoff_for(months, today)
    due = {}
    for rows in _aged():
        sql = f"SELECT count(*) FROM {rows.table} WHERE {rows.older_than}"  # noqa: S608 - declared by the kinds
        due[rows.table] = cur.execute(sql, _params(sql, {"cut": cut})).fetchone()[0]
    return {"retention_months": months, "cutoff": cut.isoformat(), "due": due | {"people": len(_leavers(cur, cut))}}


def _apply_retention(cur: duckdb.DuckDBPyConnection, today: date | None) -> dict[str, Any]:
    due = retention_due(cur, today)
    cut = date.fromisoformat(due["cutoff"])
    leavers = [person_by_id(cur, pid) for pid in _leavers(cur, cut)]
    old_keys = {key for (key,) in cur.execute("SELECT post_key FROM posts WHERE published_at < ?", [cut]).fetchall()}

    def drop(part: str, entry: Any) -> bool:  # earlier values of what goes
        if not isinstance(entry, dict):
            return False
        if part in ("follower_counts", "account_days") and str(entry.get("day", "9999")) < cut.isoformat():
            return True
        if part == "audience_windows" and str(entry.get("window_end", "9999")) < cut.isoformat():
            return True
        return entry.get("post_key") in old_keys

    removed = {"import_undo_entries": _scrub_snapshots(cur, drop)}
    for rows in reversed(_aged()):  # a post's earlier figures before the post
        sql = f"DELETE FROM {rows.table} WHERE {rows.older_than}"  # noqa: S608 - declared by the kinds
        removed[rows.table] = cur.execute(sql, _params(sql, {"cut": cut})).fetchone()[0]
    removed["people"] = 0
    for person in leavers:
        for table, count in _erase_rows(cur, person)["removed"].items():
            if table == "influencers":
                removed["people"] += count
            else:
                removed[table] = removed.get(table, 0) + count
    return {**due, "removed": removed}


def apply_retention(con: duckdb.DuckDBPyConnection, today: date | None = None) -> dict[str, Any]:
    """Delete what has passed the retention setting, then rewrite the file (as :func:`erase`)."""
    with store.cursor(con) as cur, store.transaction(cur):
        result = _apply_retention(cur, today)
        store.mark_rewrite_pending(cur, "retention")
    store.compact(con)
    return {**result, "applied": True, "file_rewritten": True}


# ---------------------------------------------------------------- a rewrite finished on opening
REWRITE_TEXT_KEYS = {"erase": "rewrite_finished_erase", "retention": "rewrite_finished_retention"}


def rewrite_notice(finished: dict[str, str], lang: str = "de") -> str:
    """What to say about a rewrite that opening the workspace finished (one of
    :func:`analytics.store.take_finished_rewrites`): what had deleted, and when."""
    try:
        moment = datetime.fromisoformat(finished.get("since", ""))
        since = f"{fmt_date(moment, lang)} {moment:%H:%M}"
    except ValueError:
        since = "?"
    return t(REWRITE_TEXT_KEYS.get(finished.get("reason", ""), "rewrite_finished_erase"), lang, since=since)


# ---------------------------------------------------------------- command line
def _print(payload: dict[str, Any]) -> None:
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
