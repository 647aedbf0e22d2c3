"""Faults and concurrency: a killed import, two sessions importing at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from analytics import bench, store
from analytics.ingest import import_file

ROOT = Path(__file__).resolve().parent.parent


def controlling_csv(path: Path, author: str, first_id: int, rows: int) -> Path:
    lines = ["Datum;Autor:in;Link;Reaktionen;Kommentare"]
    for n in range(rows):
        lines.append(f"{1 + n % 28:02d}.03.2023;{author};"
                     f"https://www.linkedin.com/feed/update/urn:li:activity:{first_id + n}/;{n};1")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_sessions_importing_at_once_lose_nothing(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "w.duckdb")
    files = [controlling_csv(tmp_path / f"team{i}.csv", f"Person {i}", 7_000_000_000 + i * 10_000, 400)
             for i in range(4)]
    reports, errors = [], []

    def session(path: Path) -> None:
        try:
            with store.cursor(con) as cur:
                reports.append(import_file(cur, path))
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=session, args=(path,)) for path in files]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert sorted(r.inserted for r in reports) == [400, 400, 400, 400]
    with store.cursor(con) as cur:
        assert cur.execute("SELECT count(*), count(DISTINCT influencer_id) FROM posts").fetchone() == (1600, 4)
        assert cur.execute("SELECT count(*) FROM imports").fetchone() == (4,)
        assert store.data_version(cur) == 4
    con.close()


# The child imports as the app does, but once the posts are written inside the import's open
# transaction it says so in a file and waits: the parent kills it exactly there.
KILLED_CHILD = """
import sys, time
from pathlib import Path
from analytics import store
from analytics.ingest import import_file, posts

db, csv_file, marker = (Path(arg) for arg in sys.argv[1:4])
upsert = posts.upsert_posts

def upsert_then_wait(cur, import_id):
    counts = upsert(cur, import_id)
    filling = marker.with_suffix(".tmp")
    filling.write_text(str(cur.execute("SELECT count(*) FROM posts").fetchone()[0]))
    filling.replace(marker)  # appears whole
    time.sleep(600)
    return counts

posts.upsert_posts = upsert_then_wait
with store.cursor(store.connect(db)) as cur:
    import_file(cur, csv_file)
"""


def test_an_import_killed_midway_leaves_the_workspace_as_before(tmp_path: Path, demo_template: Path) -> None:
    db = tmp_path / "w.duckdb"
    db.write_bytes(demo_template.read_bytes())
    _, posts_csv = bench.generate(tmp_path, 20_000)
    marker = tmp_path / "inside-the-write"
    process = subprocess.Popen([sys.executable, "-c", KILLED_CHILD, str(db), str(posts_csv), str(marker)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300  # a bound on a stuck child, not a speed limit
    while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, f"the child ended before the write: {process.stderr.read().decode()[-800:]}"
    # inside the transaction the 20,000 new posts are there beside the demo's 326
    assert int(marker.read_text()) == 326 + 20_000
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    process.stderr.close()
    con = store.connect(db)
    with store.cursor(con) as cur:
        assert cur.execute("SELECT count(*), sum(reactions) FROM posts").fetchone() == (326, 15496)
        assert cur.execute("SELECT count(*) FROM imports WHERE kind <> 'demo'").fetchone() == (0,)
        assert cur.execute("SELECT count(*) FROM influencers").fetchone() == (16,)
    con.close()
