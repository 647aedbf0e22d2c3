"""The only module that opens DuckDB: workspace location, schema migrations, transactions.

A workspace is one DuckDB file. Streamlit sessions share one connection (cached by the app)
and take a cursor per use, because a DuckDB connection object must not be used from two
threads at once while cursors (duplicates of the connection) may.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from analytics.errors import CockpitError

T = TypeVar("T")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "data" / "cockpit.duckdb"

# Each entry migrates the schema from version i to i + 1. Never edit a released entry:
# append a new one, so that existing workspaces keep their data.
MIGRATIONS: list[str] = [
    # 1: the core tables
    """
    CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
    CREATE SEQUENCE seq_influencer START 1;
    CREATE SEQUENCE seq_post START 1;
    CREATE SEQUENCE seq_applicant START 1;
    CREATE SEQUENCE seq_outcome START 1;
    CREATE SEQUENCE seq_import START 1;
    CREATE TABLE imports (
        import_id INTEGER PRIMARY KEY DEFAULT nextval('seq_import'),
        file_name VARCHAR NOT NULL,
        checksum VARCHAR,
        format VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        imported_at TIMESTAMP NOT NULL DEFAULT current_localtimestamp(),
        rows INTEGER NOT NULL DEFAULT 0,
        inserted INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0,
        undone BOOLEAN NOT NULL DEFAULT FALSE
    );
    CREATE TABLE influencers (
        influencer_id INTEGER PRIMARY KEY DEFAULT nextval('seq_influencer'),
        name VARCHAR NOT NULL,
        name_key VARCHAR NOT NULL UNIQUE,
        birth_year INTEGER,
        age_band VARCHAR,
        gender VARCHAR,
        profession VARCHAR,
        department VARCHAR,
        experience VARCHAR,
        joined_on DATE,
        cohort VARCHAR,
        in_roster BOOLEAN NOT NULL DEFAULT TRUE,
        is_demo BOOLEAN NOT NULL DEFAULT FALSE,
        import_id INTEGER
    );
    CREATE TABLE posts (
        post_id INTEGER PRIMARY KEY DEFAULT nextval('seq_post'),
        post_key VARCHAR NOT NULL UNIQUE,
        influencer_id INTEGER NOT NULL,
        published_at TIMESTAMP NOT NULL,
        has_time BOOLEAN NOT NULL DEFAULT TRUE,
        url VARCHAR,
        text VARCHAR,
        text_length INTEGER,
        ends_with_question BOOLEAN,
        media_type VARCHAR,
        reactions INTEGER,
        comments INTEGER,
        reposts INTEGER,
        impressions INTEGER,
        clicks INTEGER,
        is_demo BOOLEAN NOT NULL DEFAULT FALSE,
        import_id INTEGER,
        updated_import_id INTEGER
    );
    CREATE INDEX posts_author ON posts (influencer_id);
    CREATE INDEX posts_published ON posts (published_at);
    CREATE TABLE applicants (
        applicant_id INTEGER PRIMARY KEY DEFAULT nextval('seq_applicant'),
        name VARCHAR,
        name_key VARCHAR,
        birth_year INTEGER,
        age_band VARCHAR,
        gender VARCHAR,
        profession VARCHAR,
        department VARCHAR,
        experience VARCHAR,
        cohort VARCHAR,
        selected BOOLEAN NOT NULL DEFAULT FALSE,
        is_demo BOOLEAN NOT NULL DEFAULT FALSE,
        import_id INTEGER
    );
    CREATE TABLE outcomes (
        outcome_id INTEGER PRIMARY KEY DEFAULT nextval('seq_outcome'),
        occurred_on DATE NOT NULL,
        type VARCHAR NOT NULL,
        influencer_id INTEGER,
        note VARCHAR,
        is_demo BOOLEAN NOT NULL DEFAULT FALSE,
        import_id INTEGER
    );
    CREATE TABLE follower_counts (
        influencer_id INTEGER NOT NULL,
        day DATE NOT NULL,
        followers INTEGER,
        new_followers INTEGER,
        is_demo BOOLEAN NOT NULL DEFAULT FALSE,
        import_id INTEGER,
        PRIMARY KEY (influencer_id, day)
    );
    """,
    # 2: remembered column mappings and the previous values of updated posts (for undo)
    """
    CREATE TABLE column_mappings (
        header_signature VARCHAR PRIMARY KEY,
        mapping VARCHAR NOT NULL,
        saved_at TIMESTAMP NOT NULL DEFAULT current_localtimestamp()
    );
    CREATE TABLE post_history (
        import_id INTEGER NOT NULL,
        post_id INTEGER NOT NULL,
        reactions INTEGER,
        comments INTEGER,
        reposts INTEGER,
        impressions INTEGER,
        clicks INTEGER,
        text VARCHAR,
        media_type VARCHAR,
        updated_import_id INTEGER
    );
    """,
    # 3: a post's engagement total where an export gives only that (LinkedIn's member TOP POSTS
    # list), and snapshots of roster/applicant/follower rows an import changed (for undo)
    """
    ALTER TABLE posts ADD COLUMN engagements_total INTEGER;
    ALTER TABLE post_history ADD COLUMN engagements_total INTEGER;
    CREATE TABLE import_undo (
        import_id INTEGER PRIMARY KEY,
        snapshot VARCHAR NOT NULL
    );
    """,
    # 4: posts without ART indexes (primary key, unique post_key, two secondary indexes). They
    # made bulk imports several times slower than reading the file, and DuckDB's scans do not
    # need them; the importer keeps post_key unique (it matches before inserting and checks
    # for duplicates inside its transaction).
    """
    CREATE TABLE posts_v4 (
        post_id INTEGER NOT NULL DEFAULT nextval('seq_post'),
        post_key VARCHAR NOT NULL,
        influencer_id INTEGER NOT NULL,
        published_at TIMESTAMP NOT NULL,
        has_time BOOLEAN NOT NULL DEFAULT TRUE,
        url VARCHAR,
        text VARCHAR,
        text_length INTEGER,
        ends_with_question BOOLEAN,
        media_type VARCHAR,
        reactions INTEGER,
        comments INTEGER,
        reposts INTEGER,
        impressions INTEGER,
        clicks INTEGER,
        is_demo BOOLEAN NOT NULL DEFAULT FALSE,
        import_id INTEGER,
        updated_import_id INTEGER,
        engagements_total INTEGER
    );
    INSERT INTO posts_v4 BY NAME SELECT * FROM posts;
    DROP TABLE posts;
    ALTER TABLE posts_v4 RENAME TO posts;
    """,
    # 5: post texts and links compressed with zstd. DuckDB's default for strings (dictionary
    # and FSST) suits short repeated values; for long free text zstd writes twice as fast and
    # half as large (measured on 200,000 posts; see docs/BENCHMARK.md), at the price of slower
    # full scans of the text, which the pages can afford
    """
    CREATE TABLE posts_v5 (
        post_id INTEGER NOT NULL DEFAULT nextval('seq_post'),
        post_key VARCHAR NOT NULL,
        influencer_id INTEGER NOT NULL,
        published_at TIMESTAMP NOT NULL,
        has_time BOOLEAN NOT NULL DEFAULT TRUE,
        url VARCHAR USING COMPRESSION zstd,
        text VARCHAR USING COMPRESSION zstd,
        text_length INTEGER,
        ends_with_question BOOLEAN,
        media_type VARCHAR,
        reactions INTEGER,
        comments INTEGER,
        reposts INTEGER,
        impressions INTEGER,
        clicks INTEGER,
        is_demo BOOLEAN NOT NULL DEFAULT FALSE,
        import_id INTEGER,
        updated_import_id INTEGER,
        engagements_total INTEGER
    );
    INSERT INTO posts_v5 BY NAME SELECT * FROM posts;
    DROP TABLE posts;
    ALTER TABLE posts_v5 RENAME TO posts;
    """,
    # 6: the figures only LinkedIn's exports have (NULL = unknown, never zero); a post's publish
    # time in its history (a later file may give the time of a post known by its date); the author and
    # the last day covered of an import (a member export's window, so that the import page shows
    # whose export is missing); the company page's own follower growth (its followers export)
    """
    ALTER TABLE posts ADD COLUMN members_reached INTEGER;
    ALTER TABLE posts ADD COLUMN saves INTEGER;
    ALTER TABLE posts ADD COLUMN sends INTEGER;
    ALTER TABLE posts ADD COLUMN profile_viewers INTEGER;
    ALTER TABLE posts ADD COLUMN followers_gained INTEGER;
    ALTER TABLE posts ADD COLUMN link_engagements INTEGER;
    ALTER TABLE post_history ADD COLUMN published_at TIMESTAMP;
    ALTER TABLE post_history ADD COLUMN has_time BOOLEAN;
    ALTER TABLE imports ADD COLUMN author VARCHAR;
    ALTER TABLE imports ADD COLUMN covers_until DATE;
    CREATE TABLE page_followers (
        day DATE PRIMARY KEY,
        followers INTEGER,
        new_followers INTEGER,
        import_id INTEGER
    );
    """,
    # 7: each person's pseudonym number, 1…n within the workspace, kept from their first
    # appearance (numbered in the order of a hash of the name key, so the numbers reveal neither
    # the alphabetical nor the file order; see analytics.privacy.number_pseudonyms), and the
    # staff-council access log: who opened which view of named individuals, when, for what purpose
    """
    ALTER TABLE influencers ADD COLUMN pseudonym_no INTEGER;
    UPDATE influencers SET pseudonym_no = numbered.n
    FROM (SELECT influencer_id, row_number() OVER (ORDER BY md5(name_key), influencer_id) AS n
          FROM influencers) AS numbered
    WHERE influencers.influencer_id = numbered.influencer_id;
    CREATE SEQUENCE seq_access START 1;
    CREATE TABLE access_log (
        access_id INTEGER PRIMARY KEY DEFAULT nextval('seq_access'),
        logged_at TIMESTAMP NOT NULL DEFAULT current_localtimestamp(),
        user_email VARCHAR,
        action VARCHAR NOT NULL,
        view VARCHAR,
        purpose VARCHAR
    );
    """,
    # 8: outcomes entered in the app (the ledger) may name the post they came from and a type of
    # their own ('other' with a free text); a post's topic from the controlling sheet (Thema,
    # Kampagne, Serie …), kept in the post history too so that undoing an update restores it
    """
    ALTER TABLE outcomes ADD COLUMN post_id INTEGER;
    ALTER TABLE outcomes ADD COLUMN type_other VARCHAR;
    ALTER TABLE posts ADD COLUMN topic VARCHAR;
    ALTER TABLE post_history ADD COLUMN topic VARCHAR;
    """,
    # 9: the company page's own posts, kept apart from the cohort's (no influencer, so no
    # cohort query can count them), and the programme's goals (a metric, a target, a period)
    """
    CREATE SEQUENCE seq_page_post START 1;
    CREATE TABLE page_posts (
        page_post_id INTEGER PRIMARY KEY DEFAULT nextval('seq_page_post'),
        post_key VARCHAR NOT NULL UNIQUE,
        published_at TIMESTAMP NOT NULL,
        url VARCHAR,
        text VARCHAR,
        reactions INTEGER,
        comments INTEGER,
        reposts INTEGER,
        impressions INTEGER,
        clicks INTEGER,
        is_demo BOOLEAN NOT NULL DEFAULT FALSE,
        import_id INTEGER
    );
    CREATE SEQUENCE seq_goal START 1;
    CREATE TABLE goals (
        goal_id INTEGER PRIMARY KEY DEFAULT nextval('seq_goal'),
        metric VARCHAR NOT NULL,
        target DOUBLE NOT NULL,
        period_start DATE NOT NULL,
        period_end DATE NOT NULL,
        created_at TIMESTAMP NOT NULL DEFAULT current_localtimestamp(),
        is_demo BOOLEAN NOT NULL DEFAULT FALSE
    );
    """,
    # 10: what each import covers (analytics.ingest.kinds.coverage): for whom ('programme': everyone
    # in the programme then; 'person'; 'post': one post, no days; 'page': the company page), which
    # days and which figures; and the day a person left the programme (joined_on is its start)
    """
    CREATE TABLE coverage (
        import_id INTEGER NOT NULL,
        scope VARCHAR NOT NULL,
        influencer_id INTEGER,
        first_day DATE,
        last_day DATE,
        post_key VARCHAR,
        figures VARCHAR[]
    );
    ALTER TABLE influencers ADD COLUMN left_on DATE;
    """,
    # 11: what an import did per kind of rows (posts, follower days, people …) in the import
    # report's own counts, so that the history says it in the kind's words instead of adding
    # posts to follower days
    """
    ALTER TABLE imports ADD COLUMN kinds VARCHAR;
    """,
    # 12: who the programme reaches (LinkedIn's member exports): each export's window with the
    # impressions and members reached in it, the demographics of its viewers (LinkedIn's top values
    # per category, as fractions; '< 1%' kept as 0.005 and flagged), the account's impressions and
    # engagements per day (all its posts, older ones included), and one post's audience from its
    # single-post export
    """
    CREATE TABLE audience_windows (
        influencer_id INTEGER NOT NULL,
        window_start DATE NOT NULL,
        window_end DATE NOT NULL,
        impressions INTEGER,
        members_reached INTEGER,
        is_demo BOOLEAN NOT NULL DEFAULT FALSE,
        import_id INTEGER,
        PRIMARY KEY (influencer_id, window_start, window_end)
    );
    CREATE TABLE audience_values (
        influencer_id INTEGER NOT NULL,
        window_start DATE NOT NULL,
        window_end DATE NOT NULL,
        position INTEGER NOT NULL,
        category VARCHAR NOT NULL,
        value VARCHAR NOT NULL,
        share DOUBLE NOT NULL,
        below_one_percent BOOLEAN NOT NULL DEFAULT FALSE,
        is_demo BOOLEAN NOT NULL DEFAULT FALSE,
        import_id INTEGER
    );
    CREATE TABLE account_days (
        influencer_id INTEGER NOT NULL,
        day DATE NOT NULL,
        impressions INTEGER,
        engagements INTEGER,
        is_demo BOOLEAN NOT NULL DEFAULT FALSE,
        import_id INTEGER,
        PRIMARY KEY (influencer_id, day)
    );
    CREATE TABLE post_audience (
        post_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        category VARCHAR NOT NULL,
        value VARCHAR NOT NULL,
        share DOUBLE NOT NULL,
        below_one_percent BOOLEAN NOT NULL DEFAULT FALSE,
        import_id INTEGER
    );
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)

_migrate_lock = threading.Lock()
_write_lock = threading.RLock()


class _SwapGate:
    """Cursors share the workspace; :func:`compact` (which swaps the file) needs it alone.

    Any number of threads may hold cursors (a thread may nest them); a swap waits until none
    is open, and cursors asked for while a swap waits or runs wait for it to end.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._swapping = False
        self._local = threading.local()

    @contextmanager
    def reading(self) -> Iterator[None]:
        depth = getattr(self._local, "depth", 0)
        if depth == 0:
            with self._cond:
                while self._swapping:
                    self._cond.wait()
                self._readers += 1
        self._local.depth = depth + 1
        try:
            yield
        finally:
            self._local.depth -= 1
            if self._local.depth == 0:
                with self._cond:
                    self._readers -= 1
                    self._cond.notify_all()

    @contextmanager
    def alone(self) -> Iterator[None]:
        if getattr(self._local, "depth", 0):
            raise RuntimeError("compact() called while this thread holds a cursor")
        with self._cond:
            while self._swapping:
                self._cond.wait()
            self._swapping = True
            while self._readers:
                self._cond.wait()
        try:
            yield
        finally:
            with self._cond:
                self._swapping = False
                self._cond.notify_all()


_gate = _SwapGate()


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The workspace file: an explicit path, else ``$COCKPIT_DB``, else ``data/cockpit.duckdb``."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("COCKPIT_DB")
    return Path(env) if env else DEFAULT_DB


# What DuckDB (and the operating system through it) says for each kind of problem; only a file
# DuckDB cannot read as a database is called corrupt, and only that is offered to be set aside.
_PERMISSION = ("permission denied", "read-only file system", "operation not permitted", "access is denied")
_CORRUPT = ("not a valid duckdb database", "corrupt", "checksum", "could not read enough bytes", "serialization error")


def _disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "no space left" in text or "disk full" in text or "not enough space" in text


def _translate_open_error(path: Path, exc: duckdb.Error | OSError) -> CockpitError:
    """Each cause its own message: locked, no permission, disk full, corrupt, else unreadable."""
    text = str(exc).lower()
    detail = str(exc).splitlines()[0][:200]
    if "could not set lock" in text or "conflicting lock" in text:  # not "block": corrupt blocks say that
        return CockpitError("workspace_locked", path=str(path))
    if any(sign in text for sign in _PERMISSION):
        return CockpitError("workspace_permission", path=str(path), detail=detail)
    if _disk_full(exc):
        return CockpitError("workspace_full", detail=detail)
    if any(sign in text for sign in _CORRUPT):
        return CockpitError("workspace_corrupt", path=str(path), detail=detail)
    return CockpitError("workspace_unreadable", path=str(path), detail=detail)


def connect(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) a workspace and bring its schema up to date.

    A rewrite of the file that an erasure or a retention deletion left unfinished (the process
    died after the deletion committed) is finished here, before anything reads the workspace;
    :func:`take_finished_rewrites` tells what was finished. A copy left by an interrupted
    rewrite is removed. A read-only opening refuses a workspace whose rewrite is pending.
    """
    target = db_path(path)
    try:  # a folder the cockpit may not enter raises PermissionError already here
        if not read_only:
            target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() and target.is_dir():
            raise CockpitError("workspace_corrupt", path=str(target), detail="is a directory")
        _refuse_other_files(target)
        con = _open(target, read_only=read_only)
    except (duckdb.Error, OSError) as exc:  # DuckDB raises PermissionError for a file it may not open
        raise _translate_open_error(target, exc) from None
    try:
        if not read_only:
            migrate(con)
            _finish_rewrite(con, target)
        elif schema_version(con) != SCHEMA_VERSION:
            raise CockpitError("workspace_outdated", path=str(target))
        elif rewrite_pending(con) is not None:
            raise CockpitError("workspace_rewrite_pending", path=str(target))
    except duckdb.Error as exc:
        con.close()
        raise _translate_open_error(target, exc) from None
    except CockpitError:
        con.close()
        raise
    return con


# The first bytes of a DuckDB database file: a checksum (8 bytes), then the magic "DUCK".
_DUCKDB_MAGIC = b"DUCK"
# Files a lead imports: a workspace is never one of these (``--db roster.csv`` is a mistake).
_IMPORT_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xls", ".xlsm", ".xlsb", ".json", ".zip")


def _refuse_other_files(target: Path) -> None:
    """A file that is not a DuckDB database is refused, never attached or set aside: an
    existing file named like anything but a workspace, and any name of a file to import."""
    if target.suffix.lower() in _IMPORT_SUFFIXES and not _is_duckdb_file(target):
        raise CockpitError("workspace_not_duckdb", path=str(target))
    if target.exists() and target.suffix.lower() not in (".duckdb", ".db", "") and not _is_duckdb_file(target):
        raise CockpitError("workspace_not_duckdb", path=str(target))


def _is_duckdb_file(path: Path) -> bool:
    """True for an existing file that starts like a DuckDB database."""
    try:
        with path.open("rb") as handle:
            return handle.read(12)[8:12] == _DUCKDB_MAGIC
    except OSError:
        return False


# Rows per row group of the workspace's tables. DuckDB's default (122,880) puts a 200,000-post
# import into two row groups, which one thread compresses while the other waits; half that
# size lets both cores compress, and imports write about twice as fast
ROW_GROUP_ROWS = 61_440
CATALOG = "workspace"


def _open(target: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """The workspace file attached (as ``workspace``, the default catalog) to an in-memory host.

    Attaching is the only way to choose the row group size. The host is a named in-memory
    database, one per file and mode: connections to the same workspace in one process share
    it (as they shared the database when the file was opened directly), and it closes, with
    the file, when the last of them does. Spilled intermediate results go next to the file.
    DuckDB installs no extension on its own (it would download it).
    """
    key = hashlib.sha256(f"{target.resolve()}|{read_only}".encode()).hexdigest()[:16]
    # never fetch an extension from the internet: what the cockpit uses is built into DuckDB
    con = duckdb.connect(f":memory:workspace_{key}", config={"temp_directory": str(target) + ".tmp",
                                                              "autoinstall_known_extensions": False})
    # TYPE DUCKDB: DuckDB would otherwise pick a reader by the file's name (a .csv as a view)
    options = f"TYPE DUCKDB, ROW_GROUP_SIZE {ROW_GROUP_ROWS}" + (", READ_ONLY" if read_only else "")
    try:
        con.execute(f"ATTACH IF NOT EXISTS '{sql_path(target)}' AS {CATALOG} ({options})")
        con.execute(f"USE {CATALOG}")
    except BaseException:
        con.close()
        raise
    return con


def open_existing(path: str | os.PathLike[str] | None = None) -> duckdb.DuckDBPyConnection:
    """Open a workspace that must already exist (reading commands do not create files)."""
    target = db_path(path)
    try:
        exists = target.exists()
    except OSError as exc:
        raise _translate_open_error(target, exc) from None
    if not exists:
        raise CockpitError("file_missing", path=str(target))
    return connect(target)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of an open workspace (0 for an empty file)."""
    has_meta = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta' AND table_schema = 'main'"
    ).fetchone()[0]
    if not has_meta:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection, target: int = SCHEMA_VERSION) -> int:
    """Apply the migrations missing up to ``target``, each in its own transaction."""
    with _migrate_lock:
        version = schema_version(con)
        if version > SCHEMA_VERSION:
            raise CockpitError("workspace_too_new", version=version)
        for number in range(version, target):
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute(MIGRATIONS[number])
                con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(number + 1)]
                )
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
        return max(version, target)


@contextmanager
def cursor(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor on the shared connection, closed after use; safe to use from any thread."""
    with _gate.reading():  # a file rewrite (compact) waits until no cursor is open
        cur = con.cursor()
        try:
            cur.execute(f"USE {CATALOG}")  # a cursor starts in the host's own (empty) catalog
            yield cur
        finally:
            cur.close()


@contextmanager
def closing(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor on a connection opened for one command; the connection is closed afterwards."""
    try:
        with cursor(con) as cur:
            yield cur
    finally:
        con.close()


# What must hold in every committed state of a workspace, registered by the domain (see
# analytics/__init__.py): this module knows tables and transactions, not what the rows mean.
_BEFORE_COMMIT: list[Callable[[duckdb.DuckDBPyConnection], object]] = []


def before_commit(hook: Callable[[duckdb.DuckDBPyConnection], object]) -> None:
    """Run ``hook(cursor)`` at the end of every :func:`transaction`, just before it commits.

    A hook that raises rolls the transaction back. Registering the same hook twice runs it once.
    """
    if hook not in _BEFORE_COMMIT:
        _BEFORE_COMMIT.append(hook)


@contextmanager
def transaction(cur: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All-or-nothing: runs the :func:`before_commit` hooks, commits and bumps the data
    version, or rolls back on any error.

    Writers in one process take turns: two sessions importing at once would otherwise both
    change the same rows (the data version at least) and DuckDB would abort one of them.
    """
    with _write_lock:
        cur.execute("BEGIN TRANSACTION")
        try:
            yield cur
            for hook in _BEFORE_COMMIT:
                hook(cur)
            bump_data_version(cur)
            cur.execute("COMMIT")
        except BaseException as exc:
            try:
                cur.execute("ROLLBACK")
            except duckdb.Error:
                pass  # DuckDB has ended the transaction itself (a failed write, a full disk): report the cause
            if isinstance(exc, duckdb.Error) and _disk_full(exc):
                raise CockpitError("workspace_full", detail=str(exc).splitlines()[0][:200]) from exc
            raise


def call(con: duckdb.DuckDBPyConnection, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(cursor, *args, **kwargs)`` on a cursor of ``con`` opened for this one call: the app's
    way to read, and to run a change that is its own transaction (an import, an undo)."""
    with cursor(con) as cur:
        return fn(cur, *args, **kwargs)


def call_in_transaction(con: duckdb.DuckDBPyConnection, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(cursor, *args, **kwargs)`` inside one :func:`transaction`: all of its writes or none."""
    with cursor(con) as cur, transaction(cur):
        return fn(cur, *args, **kwargs)


def bump_data_version(cur: duckdb.DuckDBPyConnection) -> None:
    """Mark the data as changed, so that caches keyed on :func:`data_version` refresh."""
    cur.execute(
        """
        INSERT INTO meta VALUES ('data_version', '1')
        ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS VARCHAR)
        """
    )


def data_version(cur: duckdb.DuckDBPyConnection) -> int:
    """A number that changes whenever data in the workspace changes."""
    row = cur.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
    return int(row[0]) if row else 0


def get_meta(cur: duckdb.DuckDBPyConnection, key: str) -> str | None:
    """A workspace setting (None when unset)."""
    row = cur.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(cur: duckdb.DuckDBPyConnection, key: str, value: str | None) -> None:
    """Store a workspace setting; None removes it."""
    if value is None:
        cur.execute("DELETE FROM meta WHERE key = ?", [key])
    else:
        cur.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])


def backup(con: duckdb.DuckDBPyConnection, target: Path) -> Path:
    """Write a consistent copy of the workspace to ``target`` (a new DuckDB file).

    A running write (an import) is waited for, not failed on: the copy takes the writers' turn.
    No CHECKPOINT first: the copy reads the committed data whether or not it is checkpointed,
    and DuckDB refuses a CHECKPOINT while any other connection of the process has written
    (on a reopened workspace after its first write, for good). A copy that cannot be made is a
    ``backup_failed`` naming the cause.
    """
    target = Path(target)
    try:
        if target.exists():
            target.unlink()
        with cursor(con) as cur, _write_lock:  # this order: compact() waits for cursors, then the lock
            cur.execute(f"ATTACH '{sql_path(target)}' AS backup_target")
            try:
                cur.execute("COPY FROM DATABASE " + _current_catalog(cur) + " TO backup_target")
            finally:
                cur.execute("DETACH backup_target")
    except (duckdb.Error, OSError) as exc:
        raise CockpitError("backup_failed", detail=str(exc).splitlines()[0][:200]) from None
    return target


def _current_catalog(cur: duckdb.DuckDBPyConnection) -> str:
    name = cur.execute("SELECT current_database()").fetchone()[0]
    return '"' + name.replace('"', '""') + '"'


def sql_path(path: Path) -> str:
    """A path for a SQL string literal ('…'), where DuckDB takes no parameter (ATTACH, COPY)."""
    return str(path).replace("'", "''")


def set_aside(path: Path) -> Path:
    """Move a broken workspace file aside (keeping it) so a new one can be started."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    shutil.move(str(path), aside)
    wal = path.with_name(path.name + ".wal")
    if wal.exists():
        shutil.move(str(wal), aside.with_name(aside.name + ".wal"))
    return aside


# Set in the transaction that deletes what the rewrite must remove from the file's bytes (an
# erasure, a retention deletion); cleared in the rewritten copy itself, so that it goes exactly
# when the copy replaces the file. A file opened with it set is rewritten first.
REWRITE_PENDING = "rewrite_pending"
_finished_rewrites: list[dict[str, str]] = []
_finished_lock = threading.Lock()


def mark_rewrite_pending(cur: duckdb.DuckDBPyConnection, reason: str) -> None:
    """Inside the deleting transaction: the file must be rewritten (:func:`compact`) before it is
    read again. ``reason`` says what deleted (``erase`` or ``retention``), for the message."""
    set_meta(cur, REWRITE_PENDING, json.dumps({"reason": reason, "since": datetime.now().isoformat(
        timespec="seconds")}))


def rewrite_pending(con: duckdb.DuckDBPyConnection) -> dict[str, str] | None:
    """The pending rewrite's reason and time (``{"reason", "since"}``), or None."""
    with cursor(con) as cur:
        raw = get_meta(cur, REWRITE_PENDING)
    if raw is None:
        return None
    try:
        mark = json.loads(raw)
    except ValueError:
        mark = None
    return mark if isinstance(mark, dict) else {"reason": "erase", "since": ""}


def _finish_rewrite(con: duckdb.DuckDBPyConnection, target: Path) -> None:
    """On opening: finish a pending rewrite, or remove the copy an interrupted one left."""
    mark = rewrite_pending(con)
    if mark is not None:
        compact(con)
        with _finished_lock:
            _finished_rewrites.append({**mark, "path": str(target)})
        return
    with _write_lock:  # a rewrite running in this process holds it while its copy exists
        for leftover in _copy_paths(target):
            leftover.unlink(missing_ok=True)


def take_finished_rewrites() -> list[dict[str, str]]:
    """The rewrites finished on opening since the last call (``reason``, ``since``, ``path``), for
    the app and the command line to say so; each is handed out once."""
    with _finished_lock:
        taken = list(_finished_rewrites)
        _finished_rewrites.clear()
    return taken


def _copy_paths(path: Path) -> tuple[Path, Path]:
    """The rewrite's copy of the workspace file beside it, and that copy's WAL."""
    fresh = path.with_name(path.name + ".compact")
    return fresh, fresh.with_name(fresh.name + ".wal")


def compact(con: duckdb.DuckDBPyConnection) -> Path:
    """Rewrite the workspace file so that nothing deleted survives in it (erasure, retention).

    DuckDB keeps deleted values in the file's free blocks (a CHECKPOINT or VACUUM reuses them
    later but does not overwrite them). So the live data is copied (``COPY FROM DATABASE``:
    tables, constraints, sequences at their current values, column compression) into a new
    file next to the workspace, the workspace is detached (which checkpoints and ends its
    WAL), the new file atomically replaces the old one, and it is attached again under the
    same name: the shared connection ``con`` and every later cursor of any session keep
    working. Waits until no cursor is open and no write runs; cursors asked for meanwhile wait.
    Not possible with a copy of the file open in another process (it is locked then anyway).

    The copy is made without the "rewrite pending" mark (:func:`mark_rewrite_pending`), so the
    mark goes when, and only when, the copy has replaced the file: a process that dies before
    leaves the mark, and the next :func:`connect` rewrites again.
    """
    with cursor(con) as probe:
        path = Path(probe.execute(
            "SELECT path FROM duckdb_databases() WHERE database_name = ?", [CATALOG]).fetchone()[0])
    fresh = _copy_paths(path)[0]
    for leftover in _copy_paths(path):
        leftover.unlink(missing_ok=True)
    with _gate.alone(), _write_lock:
        # a result left unread on the connection itself (connect's last ``fetchone``) keeps its
        # transaction open, and with it the old file attached: run one statement to end it
        con.execute("SELECT 1").fetchall()
        cur = con.cursor()  # starts in the host's own catalog
        try:
            host = cur.execute("SELECT current_database()").fetchone()[0]
            cur.execute(f"USE {CATALOG}")
            cur.execute(f"ATTACH '{sql_path(fresh)}' AS compact_target (ROW_GROUP_SIZE {ROW_GROUP_ROWS})")
            try:
                cur.execute(f"COPY FROM DATABASE {CATALOG} TO compact_target")
                cur.execute("DELETE FROM compact_target.main.meta WHERE key = ?", [REWRITE_PENDING])
            finally:
                cur.execute("DETACH compact_target")
            cur.execute('USE "' + host.replace('"', '""') + '"')
            cur.execute(f"DETACH {CATALOG}")
            try:
                shutil.copymode(path, fresh)  # the workspace's permissions (e.g. owner only) carry over
                os.replace(fresh, path)
                path.with_name(path.name + ".wal").unlink(missing_ok=True)  # none after a clean detach
            finally:  # the old file when the swap failed, else the new one: the workspace is back
                cur.execute(f"ATTACH '{sql_path(path)}' AS {CATALOG} (TYPE DUCKDB, ROW_GROUP_SIZE {ROW_GROUP_ROWS})")
                cur.execute(f"USE {CATALOG}")
        except (duckdb.Error, OSError) as exc:
            fresh.unlink(missing_ok=True)
            raise CockpitError("compact_failed", detail=str(exc).splitlines()[0][:200]) from None
        finally:
            cur.close()
    return path
