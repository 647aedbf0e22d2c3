"""``python -m analytics bench --posts N [--json] [--runs R]``: a synthetic programme through the real paths.

(``bench --browser`` times every page in Chromium against the floor of the stack: see
:mod:`analytics.browser_bench`.)

Generates 1,000 influencers and N posts over five years as a German controlling-sheet CSV
(semicolons, dd.mm.yyyy dates, thousands dots), imports it through the real importer, times
DuckDB's bare ``read_csv`` of the same file for comparison (both R times, medians reported),
and times a warm rerun of every page (in a child process, because ``analytics`` never
imports Streamlit). Keys of the JSON: posts, import_s, raw_read_csv_s, import_ratio, pages,
peak_rss_mb (and csv_mb, runs, the single runs' seconds, machine).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import duckdb

from analytics import store
from analytics.errors import CockpitError
from analytics.ingest import import_file, max_upload_mb

# bench --browser (analytics.browser_bench): the workspaces and tries per page and app by default
DEFAULT_SIZES = ("demo", "10000", "200000")
DEFAULT_TRIES = 5
INFLUENCERS = 1000
RUNS = 3
UPLOAD_LIMIT_ENV = "COCKPIT_MAX_UPLOAD_MB"
ROOT = Path(__file__).resolve().parent.parent

ROSTER_SQL = """
COPY (
    SELECT
        'Influencer ' || lpad(CAST(i AS VARCHAR), 4, '0')                       AS "Name",
        1960 + CAST(hash(i, 'age') % 40 AS INTEGER)                             AS "Geburtsjahr",
        ['weiblich', 'männlich', 'divers'][1 + CAST(hash(i, 'g') % 3 AS INTEGER)] AS "Geschlecht",
        ['Juristin', 'Feuerwehrmann', 'Ingenieurin', 'Erzieher', 'Gärtnermeisterin', 'Berater',
         'Verwaltungsfachangestellte', 'Informatiker'][1 + CAST(hash(i, 'p') % 8 AS INTEGER)] AS "Beruf",
        'Referat ' || (1 + CAST(hash(i, 'd') % 12 AS INTEGER))                  AS "Referat",
        ['keine', 'wenig', 'mittel', 'viel'][1 + CAST(hash(i, 'e') % 4 AS INTEGER)] AS "Social-Media-Erfahrung",
        strftime(DATE '2019-01-01' + CAST(hash(i, 'j') % 1400 AS INTEGER), '%d.%m.%Y') AS "Dabei seit",
        'Welle ' || (1 + CAST(hash(i, 'w') % 5 AS INTEGER))                     AS "Kohorte"
    FROM range(?) t(i)
) TO '{path}' (HEADER, DELIMITER ';')
"""

POSTS_SQL = """
COPY (
    SELECT
        strftime(ts, '%d.%m.%Y')                                                AS "Datum",
        strftime(ts, '%H:%M')                                                   AS "Uhrzeit",
        'Influencer ' || lpad(CAST(hash(i, 'a') % {people} AS VARCHAR), 4, '0') AS "Autor:in",
        'https://www.linkedin.com/feed/update/urn:li:activity:' || (7000000000000000000 + i) || '/' AS "Link",
        'Beitrag ' || i || ': ' || repeat('Heute im Einsatz für München. ', CAST(hash(i, 't') % 8 AS INTEGER))
            || CASE WHEN i % 3 = 0 THEN 'Was meint ihr?' ELSE 'Bis bald!' END
            || CASE WHEN i % 7 = 0 THEN '' ELSE ' #wirfuermuenchen' END                  AS "Beitragstext",
        CAST(hash(i, 'r') % 120 AS INTEGER)                                     AS "Reaktionen",
        CAST(hash(i, 'c') % 30 AS INTEGER)                                      AS "Kommentare",
        CAST(hash(i, 's') % 8 AS INTEGER)                                       AS "Reposts",
        replace(format('{{:,d}}', CAST(800 + hash(i, 'v') % 9000 AS BIGINT)), ',', '.') AS "Impressionen"
    FROM (
        SELECT i,
            TIMESTAMP '2019-01-01 07:00:00' + to_minutes(CAST(hash(i, 'ts') % (5 * 365 * 24 * 60) AS BIGINT)) AS ts
        FROM range(?) t(i)
    )
) TO '{path}' (HEADER, DELIMITER ';')
"""


def generate(directory: Path, posts: int) -> tuple[Path, Path]:
    """Write the synthetic roster and posts CSVs; deterministic for a given N."""
    roster, posts_csv = directory / "roster.csv", directory / "posts.csv"
    con = duckdb.connect()
    try:
        con.execute(ROSTER_SQL.format(path=store.sql_path(roster)), [INFLUENCERS])
        con.execute(POSTS_SQL.format(path=store.sql_path(posts_csv), people=INFLUENCERS), [posts])
    finally:
        con.close()
    return roster, posts_csv


def raw_read_seconds(path: Path) -> float:
    """DuckDB's bare read_csv of the file into a table, the yardstick for the importer."""
    con = duckdb.connect()
    try:
        started = time.perf_counter()
        con.execute("CREATE TABLE raw AS SELECT * FROM read_csv(?)", [str(path)])
        return time.perf_counter() - started
    finally:
        con.close()


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)  # ru_maxrss is in KiB on Linux


def page_seconds(db: Path) -> dict[str, float]:
    """Warm rerun time of every page, measured in a child process (Streamlit's AppTest)."""
    result = subprocess.run(
        [sys.executable, "-m", "pages.timing", "--db", str(db)],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=1800,
        env={**os.environ, "COCKPIT_DB": str(db)},
    )
    if result.returncode != 0:
        raise RuntimeError((result.stderr or result.stdout).strip().splitlines()[-1])
    return json.loads(result.stdout)


def import_seconds(db: Path, roster: Path, posts_csv: Path, posts: int) -> float:
    """Import the roster, then time the import of the posts file into the fresh workspace ``db``."""
    con = store.connect(db)
    # the upload limit is for uploads: the benchmark imports its own file whatever its size
    limit_mb = max(roster.stat().st_size, posts_csv.stat().st_size) / 2**20 + 1
    saved_limit = os.environ.get(UPLOAD_LIMIT_ENV)
    os.environ[UPLOAD_LIMIT_ENV] = str(max(limit_mb, max_upload_mb()))
    try:
        with store.cursor(con) as cur:
            import_file(cur, roster)
            started = time.perf_counter()
            report = import_file(cur, posts_csv)
            seconds = time.perf_counter() - started
            stored = cur.execute("SELECT count(*) FROM posts").fetchone()[0]
    finally:
        con.close()
        if saved_limit is None:
            os.environ.pop(UPLOAD_LIMIT_ENV, None)
        else:
            os.environ[UPLOAD_LIMIT_ENV] = saved_limit
    if stored != posts or report.inserted != posts:
        raise RuntimeError(f"imported {report.inserted} of {posts} posts ({len(report.rejected)} rejected)")
    return seconds


def run(posts: int, directory: Path, with_pages: bool = True, runs: int = RUNS) -> dict[str, Any]:
    """Generate, import, compare, time the pages; returns the benchmark figures.

    The import (each time into a new workspace) and the bare read are timed ``runs`` times,
    alternately, and the medians reported: on a shared machine one run can be off by a fifth
    either way, and the ratio of two single runs more so.
    """
    roster, posts_csv = generate(directory, posts)
    imports, reads = [], []
    for number in range(runs):
        db = directory / f"bench-{number}.duckdb"
        imports.append(import_seconds(db, roster, posts_csv, posts))
        reads.append(raw_read_seconds(posts_csv))
        if number < runs - 1:
            for leftover in (db, db.with_name(db.name + ".wal")):
                leftover.unlink(missing_ok=True)
    import_s, raw_s = statistics.median(imports), statistics.median(reads)
    figures: dict[str, Any] = {
        "posts": posts,
        "import_s": round(import_s, 3),
        "raw_read_csv_s": round(raw_s, 3),
        "import_ratio": round(import_s / raw_s, 2),
        "pages": page_seconds(db) if with_pages else {},
        "csv_mb": round(posts_csv.stat().st_size / 2**20, 1),
        "runs": runs,
        "import_runs_s": [round(x, 3) for x in imports],
        "raw_read_csv_runs_s": [round(x, 3) for x in reads],
    }
    figures["peak_rss_mb"] = _peak_rss_mb()
    figures["machine"] = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    return figures


def cmd_bench(args: argparse.Namespace) -> int:
    if args.browser:
        return args.browser_command(args)
    if args.posts is None:
        raise CockpitError("cli_usage", detail="--posts is required (or --browser)")
    if args.posts < 1:
        raise CockpitError("cli_usage", detail="--posts must be at least 1")
    if args.runs < 1:
        raise CockpitError("cli_usage", detail="--runs must be at least 1")
    with tempfile.TemporaryDirectory(prefix="cockpit-bench-") as folder:
        figures = run(args.posts, Path(folder), with_pages=not args.no_pages, runs=args.runs)
    if args.json:
        json.dump(figures, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"posts            {figures['posts']:>12,}")
        print(f"CSV size         {figures['csv_mb']:>12} MB")
        print(f"import           {figures['import_s']:>12.2f} s")
        print(f"raw read_csv     {figures['raw_read_csv_s']:>12.2f} s")
        print(f"import ratio     {figures['import_ratio']:>12.2f}   (medians of {figures['runs']} runs)")
        for page, seconds in figures["pages"].items():
            print(f"page {page:<12}{seconds:>12.3f} s")
        print(f"peak RSS         {figures['peak_rss_mb']:>12.0f} MB")
    return 0


def _no_browser(args: argparse.Namespace) -> int:
    raise CockpitError("cli_usage", detail="--browser is not available here")


def register(sub: argparse._SubParsersAction, browser_command: Any = None) -> None:
    """Add the ``bench`` subcommand; ``browser_command`` is what ``--browser`` runs (analytics.browser_bench's
    command, handed in by the command line: that module builds on this one, so this one cannot import it)."""
    bench = sub.add_parser("bench", help="benchmark import and pages on a synthetic programme")
    bench.add_argument("--posts", type=int, help="posts of the synthetic programme (required without --browser)")
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--no-pages", action="store_true", help="skip the page timings")
    bench.add_argument("--runs", type=int, default=RUNS,
                       help=f"time the import and the bare read this many times and report the medians ({RUNS})")
    browser = bench.add_argument_group("browser", "every page in Chromium against the floor (docs/BENCHMARK.md)")
    browser.add_argument("--browser", action="store_true",
                         help="time page switches and fresh loads in Chromium, product against the floor")
    browser.add_argument("--sizes", default=",".join(DEFAULT_SIZES),
                         help=f"workspaces: 'demo' and numbers of posts ({','.join(DEFAULT_SIZES)}); --posts N: N only")
    browser.add_argument("--tries", type=int, default=DEFAULT_TRIES, help=f"tries per page and app ({DEFAULT_TRIES})")
    browser.add_argument("--ab", help="SETTING=A,B: the product under two values of a Streamlit setting, no floor")
    browser.add_argument("--pages", help="only these pages (url paths, comma-separated)")
    browser.add_argument("--switch-only", action="store_true", help="time the in-app switches only, no fresh loads")
    bench.set_defaults(func=cmd_bench, browser_command=browser_command or _no_browser)
