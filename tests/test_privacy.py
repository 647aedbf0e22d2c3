"""Pseudonyms numbered 1…n and kept; names replaced in every spelling; every export follows the switch."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import openpyxl
import pytest
from command_line import cli

from analytics import lifecycle, store
from analytics.export import TABLES, export_table
from analytics.filters import Filters
from analytics.privacy import SHARED_NAME, NameRedactor, pseudonym_moves
from analytics.queries import engagement

# ---------------------------------------------------------------- names in free text
ROSTER = [("Anna Müller", "Person 01"), ("Jürgen Weiß-Schäfer", "Person 02"), ("Anna Berger", "Person 03"),
          ("Mira Petrović", "Person 04"), ("Karl von der Au", "Person 05")]


@pytest.mark.parametrize(("note", "expected"), [
    ("Vortrag von Anna Müller", "Vortrag von Person 01"),  # the full name: one pseudonym, not two
    ("Vortrag von anna   MÜLLER", "Vortrag von Person 01"),  # case, extra spaces
    ("Danke an AnnaMüller!", "Danke an Person 01!"),  # no space
    ("Frau Mueller hat angefragt", "Frau Person 01 hat angefragt"),  # umlaut written out
    ("Frau Muller hat angefragt", "Frau Person 01 hat angefragt"),  # umlaut dropped
    ("Müllers Idee", "Person 01 Idee"),  # genitive s
    ("Herr Juergen Weiss-Schaefer", "Herr Person 02"),
    ("Herr Weiß und Herr Schäfer", "Herr Person 02 und Herr Person 02"),  # each part of a double surname
    ("jürgen schrieb", "Person 02 schrieb"),  # the first name alone
    ("Anna war da", f"{SHARED_NAME} war da"),  # two Annas: neither pseudonym could be right
    ("Anna Berger war da", "Person 03 war da"),  # …but the full name is one person's
    ("Mira Petrovic (ohne Akzent)", "Person 04 (ohne Akzent)"),
    ("Herr von der Au", "Herr von der Person 05"),  # particles stay, the short surname goes
    ("Karl von der Au kam", "Person 05 kam"),
    ("Die Annahme, dass Müllerei …", "Die Annahme, dass Müllerei …"),  # inside other words: untouched
    ("", ""),
])
def test_names_in_notes_in_every_spelling(note: str, expected: str) -> None:
    assert NameRedactor.build(ROSTER)(note) == expected


def test_redactor_leaves_non_text_alone() -> None:
    redact = NameRedactor.build(ROSTER)
    assert redact(None) is None and redact(5) == 5
    assert NameRedactor.build([])("Anna Müller") == "Anna Müller"
    # a decomposed umlaut (u + U+0308) is an umlaut too
    assert redact("Frau Mu\u0308ller") == "Frau Person 01"


# ---------------------------------------------------------------- pseudonym numbers
def _add(cur, *names: str) -> None:
    for name in names:
        cur.execute("INSERT INTO influencers (name, name_key) VALUES (?, ?)", [name, name.lower()])


def _numbers(cur) -> dict[str, int]:
    return dict(cur.execute("SELECT name, pseudonym_no FROM influencers").fetchall())


def _md5_order(*names: str) -> list[str]:
    return sorted(names, key=lambda name: hashlib.md5(name.lower().encode()).hexdigest())


def test_pseudonyms_are_1_to_n_kept_and_not_alphabetical(cur) -> None:
    six = ("Anna Alt", "Berta Bach", "Clara Chor", "Dora Dorn", "Emil Eck", "Fritz Feld")
    with store.transaction(cur):
        _add(cur, *six)
    first = _numbers(cur)
    # 1 … 6 (not the internal ids), in the order of the name keys' md5, which is not alphabetical
    assert sorted(first.values()) == [1, 2, 3, 4, 5, 6]
    assert [name for name, _ in sorted(first.items(), key=lambda item: item[1])] == _md5_order(*six)
    assert _md5_order(*six) != sorted(six)
    # a later import numbers the newcomers after everyone else; nobody's number changes
    with store.transaction(cur):
        _add(cur, "Gabi Gut", "Hans Holz")
    second = _numbers(cur)
    assert {name: second[name] for name in six} == first
    assert sorted(second[name] for name in ("Gabi Gut", "Hans Holz")) == [7, 8]
    # filters never change a number: the per-person list of one chosen person still says their number
    anna_id = cur.execute("SELECT influencer_id FROM influencers WHERE name = 'Anna Alt'").fetchone()[0]
    named = cur.execute(f"SELECT {Filters(pseudonymise=True, influencer_ids=(anna_id,)).name_sql()} "
                        "FROM influencers i WHERE influencer_id = ?", [anna_id]).fetchone()[0]
    assert named == f"Person {first['Anna Alt']:02d}"


def test_after_an_erasure_the_highest_number_takes_the_gap_and_the_move_is_recorded(cur) -> None:
    names = [f"Person Nummer {n}" for n in range(1, 6)]
    with store.transaction(cur):
        _add(cur, *names)
    before = _numbers(cur)
    by_number = {number: name for name, number in before.items()}
    gone = by_number[2]
    gone_id = cur.execute("SELECT influencer_id FROM influencers WHERE name = ?", [gone]).fetchone()[0]
    with store.transaction(cur):
        lifecycle.delete_person(cur, gone_id)
    after = _numbers(cur)
    assert sorted(after.values()) == [1, 2, 3, 4]  # still 1 … n
    assert after[by_number[5]] == 2  # the highest number moved into the gap …
    assert {after[by_number[n]] for n in (1, 3, 4)} == {1, 3, 4}  # … and only that one moved
    assert [(move["from"], move["to"]) for move in pseudonym_moves(cur)] == [(5, 2)]


def test_migration_numbers_existing_people(tmp_path: Path) -> None:
    """A workspace from before the pseudonym numbers gets them 1…n on opening."""
    import duckdb

    path = tmp_path / "old.duckdb"
    old = duckdb.connect(str(path))
    store.migrate(old, target=6)
    old.execute("INSERT INTO influencers (influencer_id, name, name_key) VALUES (35, 'A', 'a'), (40, 'B', 'b'), "
                "(38, 'C', 'c')")
    old.close()
    con = store.connect(path)
    with store.cursor(con) as cur:
        numbers = dict(cur.execute("SELECT name_key, pseudonym_no FROM influencers").fetchall())
    con.close()
    assert sorted(numbers.values()) == [1, 2, 3]
    assert [key for key, _ in sorted(numbers.items(), key=lambda item: item[1])] == _md5_order("a", "b", "c")


def test_demo_pseudonyms_run_from_1_to_16(demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        numbers = sorted(n for (n,) in cur.execute("SELECT pseudonym_no FROM influencers").fetchall())
        people = engagement.per_person(cur, Filters(pseudonymise=True))
    con.close()
    assert numbers == list(range(1, 17))
    assert people["name"].tolist() == [f"Person {n:02d}" for n in range(1, 17)]


# ---------------------------------------------------------------- exports
def _roster_words(db: Path) -> set[str]:
    con = store.connect(db)
    with store.cursor(con) as cur:
        names = [name for (name,) in cur.execute("SELECT name FROM influencers").fetchall()]
    con.close()
    words = {part for name in names for part in name.replace("-", " ").split() if len(part) >= 3}
    return {*names, *words}


@pytest.fixture
def named_db(demo_db: Path) -> Path:
    """The demo with names written into notes and post texts in other spellings."""
    con = store.connect(demo_db)
    with store.cursor(con) as cur, store.transaction(cur):
        first, second = [row[0] for row in cur.execute(
            "SELECT name FROM influencers ORDER BY influencer_id LIMIT 2").fetchall()]
        given, surname = first.split()[0], first.split()[-1]
        cur.execute("UPDATE outcomes SET note = ? WHERE outcome_id = (SELECT min(outcome_id) FROM outcomes)",
                    [f"vermittelt von {given.upper()}  und Frau {surname}"])
        cur.execute("UPDATE posts SET text = ? WHERE post_id = (SELECT min(post_id) FROM posts)",
                    [f"Mit {second.lower()} und {given}s Team"])
    con.close()
    return demo_db


def _cells(payload: bytes, fmt: str, tmp_path: Path) -> list[str]:
    if fmt == "csv":
        return [cell for row in csv.reader(io.StringIO(payload.decode("utf-8-sig")), delimiter=";") for cell in row]
    target = tmp_path / "x.xlsx"
    target.write_bytes(payload)
    sheet = openpyxl.load_workbook(target).active
    return [str(value) for row in sheet.iter_rows(values_only=True) for value in row if value is not None]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_no_real_name_in_any_pseudonymised_export(named_db: Path, tmp_path: Path, fmt: str) -> None:
    words = _roster_words(named_db)
    con = store.connect(named_db)
    with store.cursor(con) as cur:
        exports = {table: _cells(export_table(cur, table, fmt, pseudonymise=True), fmt, tmp_path) for table in TABLES}
        plain = _cells(export_table(cur, "outcomes", fmt), fmt, tmp_path)
    con.close()
    for table, cells in exports.items():
        text = "\n".join(cells).casefold()
        leaked = sorted(word for word in words if any(
            word.casefold() in cell.casefold().split() or word.casefold() == cell.casefold() for cell in cells))
        assert not leaked, (table, leaked)
        assert "person 01" in text
    people = exports["influencers"]
    # the roster in pseudonym order 01 … 16
    assert [cell for cell in people if cell.startswith("Person ")] == [f"Person {n:02d}" for n in range(1, 17)]
    assert any(cell.startswith("vermittelt von Person ") and "und Frau Person " in cell for cell in exports["outcomes"])
    assert any(cell.startswith("Mit Person ") for cell in exports["posts"])
    # without the switch the export keeps the names (the lead's own data)
    assert any("vermittelt von" in cell and "Person" not in cell for cell in plain)


def test_export_command_pseudonymises(named_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "outcomes.csv"
    result = cli("export", "--db", str(named_db), "--table", "outcomes", "--format", "csv", "--out", str(out),
                 "--pseudonymise")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {"out": str(out), "table": "outcomes", "format": "csv", "rows": 15,
                                         "pseudonymised": True}
    text = out.read_text(encoding="utf-8-sig")
    assert not [word for word in _roster_words(named_db) if word in text.split() or f";{word}" in text]
    # the demo's 15 outcomes: 12 of a person (now a pseudonym), 3 of the programme (no person)
    rows = [line.split(";") for line in text.splitlines()[1:]]
    assert sum(row[2].startswith("Person ") for row in rows) == 12 and sum(row[2] == "" for row in rows) == 3
