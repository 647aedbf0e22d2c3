"""The workspace file: migrations keep data, transactions are all-or-nothing, erasure is complete."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from command_line import cli, cli_process

from analytics import lifecycle, store
from analytics.errors import CockpitError
from analytics.ingest import demo

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_new_workspace_has_current_schema(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "w.duckdb")
    with store.cursor(con) as cur:
        assert store.schema_version(cur) == store.SCHEMA_VERSION
        tables = {row[0] for row in cur.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert set(lifecycle.data_tables()) <= tables


def test_migration_of_an_old_workspace_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    old = duckdb.connect(str(path))
    store.migrate(old, target=1)  # a workspace as the first release left it
    old.execute("INSERT INTO influencers (name, name_key) VALUES ('Anna Berger', 'anna berger')")
    old.execute(
        "INSERT INTO posts (post_key, influencer_id, published_at, reactions) VALUES ('li:1', 1, '2023-01-05 08:00', 42)"
    )
    old.close()

    con = store.connect(path)
    with store.cursor(con) as cur:
        assert store.schema_version(cur) == store.SCHEMA_VERSION
        assert cur.execute("SELECT name FROM influencers").fetchall() == [("Anna Berger",)]
        assert cur.execute("SELECT post_key, reactions FROM posts").fetchall() == [("li:1", 42)]
        # tables added by later migrations exist and are usable
        assert cur.execute("SELECT count(*) FROM column_mappings").fetchone() == (0,)
    con.close()


def test_transaction_rolls_back_and_keeps_data_version(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "w.duckdb")
    with store.cursor(con) as cur:
        with store.transaction(cur):
            cur.execute("INSERT INTO influencers (name, name_key) VALUES ('A', 'a')")
        version = store.data_version(cur)
        assert version == 1
        with pytest.raises(RuntimeError), store.transaction(cur):
            cur.execute("INSERT INTO influencers (name, name_key) VALUES ('B', 'b')")
            raise RuntimeError("boom")
        assert store.data_version(cur) == version
        assert cur.execute("SELECT count(*) FROM influencers").fetchone() == (1,)


def test_delete_person_removes_all_their_data(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "w.duckdb")
    with store.cursor(con) as cur, store.transaction(cur):
        cur.execute("INSERT INTO influencers (influencer_id, name, name_key) VALUES (1, 'Anna', 'anna'), (2, 'Ben', 'ben')")
        cur.execute(
            "INSERT INTO posts (post_key, influencer_id, published_at) VALUES "
            "('li:1', 1, '2023-01-05'), ('li:2', 1, '2023-01-06'), ('li:3', 2, '2023-01-07')"
        )
        cur.execute("INSERT INTO follower_counts (influencer_id, day, followers) VALUES (1, '2023-01-31', 100)")
        cur.execute("INSERT INTO outcomes (occurred_on, type, influencer_id) VALUES ('2023-02-01', 'press', 1)")
        cur.execute("INSERT INTO applicants (name, name_key, selected) VALUES ('Anna', 'anna', TRUE)")
        # what Anna's member export and the team's sheet covered: hers goes with her, the team's stays
        cur.execute("INSERT INTO coverage (import_id, scope, influencer_id, first_day, last_day) VALUES "
                    "(1, 'person', 1, '2023-01-01', '2023-01-31'), (2, 'programme', NULL, '2023-01-01', '2023-03-31')")
        counts = lifecycle.delete_person(cur, 1)
    assert counts == {
        "post_history": 0, "posts": 2, "follower_counts": 1, "outcomes": 1, "applicants": 1, "influencers": 1,
        "coverage": 1, "audience_windows": 0, "audience_values": 0, "account_days": 0, "post_audience": 0,
    }
    with store.cursor(con) as cur:
        assert cur.execute("SELECT post_key FROM posts").fetchall() == [("li:3",)]
        assert cur.execute("SELECT scope FROM coverage").fetchall() == [("programme",)]
        with pytest.raises(CockpitError) as info:
            lifecycle.delete_person(cur, 1)
    assert info.value.key == "person_unknown"


def test_backup_is_a_complete_copy(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "w.duckdb")
    with store.cursor(con) as cur, store.transaction(cur):
        cur.execute("INSERT INTO influencers (name, name_key) VALUES ('Anna', 'anna')")
    copy = store.backup(con, tmp_path / "backup.duckdb")
    con.close()
    restored = store.connect(copy)
    with store.cursor(restored) as cur:
        assert cur.execute("SELECT name FROM influencers").fetchall() == [("Anna",)]
        assert store.schema_version(cur) == store.SCHEMA_VERSION


def test_second_process_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    con = store.connect(path)
    result = cli_process("summary", "--db", str(path), timeout=60)
    con.close()
    assert result.code == 2
    assert result.err.strip().splitlines() == [
        f"The workspace {path} is open in another program (for example the running app). Close it there and try again."
    ]
    assert "Traceback" not in result.err


def test_a_file_that_is_no_workspace_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "broken.duckdb"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CockpitError) as info:
        store.connect(path)
    assert info.value.key == "workspace_corrupt"
    assert str(path) in info.value.message("de")
    aside = store.set_aside(path)
    assert not path.exists() and aside.exists()
    con = store.connect(path)  # a new workspace starts where the broken one was
    with store.cursor(con) as cur:
        assert demo.is_empty(cur)


@pytest.mark.parametrize("command", ["import", "summary", "erase", "demo"])
def test_a_db_that_is_not_a_workspace_is_refused_and_left_untouched(tmp_path: Path, command: str) -> None:
    """``--db kader.csv`` (the roster named where the workspace belongs): DuckDB would attach the
    CSV as a database, the import would report its rows as inserted and keep nothing."""
    roster = FIXTURES / "import_page" / "kader.csv"
    target = tmp_path / "kader.csv"
    target.write_bytes(roster.read_bytes())
    before = target.read_bytes()
    args = {"import": [str(roster)], "summary": [], "erase": ["--person", "Anna Müller"], "demo": []}[command]
    result = cli(command, "--db", str(target), *args, lang="de")
    assert result.code == 2
    assert result.err.strip().splitlines() == [
        f"„{target}“ ist kein Arbeitsbereich des Cockpits (eine DuckDB-Datei wie data/cockpit.duckdb) und wird "
        "weder geöffnet noch verändert. --db bzw. COCKPIT_DB nennt den Arbeitsbereich; Dateien zum Importieren "
        "stehen am Ende des Aufrufs."]
    assert "inserted" not in result.out
    assert target.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["kader.csv"]  # nothing written beside it


def test_a_new_workspace_is_not_created_under_the_name_of_a_file_to_import(tmp_path: Path) -> None:
    result = cli("demo", "--db", str(tmp_path / "neu.xlsx"), lang="en")
    assert result.code == 2
    assert result.err.startswith(f"“{tmp_path / 'neu.xlsx'}” is not a cockpit workspace")
    assert list(tmp_path.iterdir()) == []


def test_a_workspace_is_a_workspace_whatever_its_name(tmp_path: Path) -> None:
    """A real workspace file renamed (a backup saved as .db, or even .csv) still opens."""
    original = tmp_path / "w.duckdb"
    demo_con = store.connect(original)
    with store.cursor(demo_con) as cur, store.transaction(cur):
        store.set_meta(cur, "demo_dismissed", "1")
    demo_con.close()
    for name in ("backup.db", "odd-name.csv"):
        copy = tmp_path / name
        copy.write_bytes(original.read_bytes())
        with store.closing(store.connect(copy)) as cur:
            assert store.get_meta(cur, "demo_dismissed") == "1"


def test_the_engine_prints_nothing_on_stdout(tmp_path: Path) -> None:
    """DuckDB draws a progress bar on stdout for any query that runs over two seconds (a large
    import on a busy machine): it would land in front of the JSON the command line prints."""
    con = store.connect(tmp_path / "w.duckdb")
    with store.cursor(con) as cur:
        assert cur.execute("SELECT current_setting('enable_progress_bar')").fetchone() == (False,)
    con.close()
