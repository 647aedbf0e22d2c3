"""Helpers shared by the ingest tests (tests/conftest.py belongs to the whole suite)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from analytics import lifecycle

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"


def write_csv(path: Path, rows: list[list[Any]], *, delimiter: str = ";", encoding: str = "utf-8",
              bom: bool = False, newline: str = "\r\n") -> Path:
    """A CSV as Excel writes it: quoted where needed, CRLF, optional BOM."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, quotechar='"', lineterminator=newline,
                        quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    data = buffer.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path


def posts(cur) -> list[tuple]:
    """All posts as comparable tuples, by key (the engagement total of member exports last)."""
    return cur.execute(
        """
        SELECT p.post_key, i.name, p.published_at, p.has_time, p.url, p.text, p.reactions, p.comments,
               p.reposts, p.impressions, p.clicks, p.engagements_total
        FROM posts p JOIN influencers i USING (influencer_id) ORDER BY p.post_key
        """
    ).fetchall()


def snapshot(cur) -> dict[str, list[tuple]]:
    """Every table's rows (to prove a workspace unchanged)."""
    out = {}
    for table in lifecycle.data_tables():
        out[table] = sorted(cur.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    out["meta"] = sorted(cur.execute("SELECT * FROM meta").fetchall())
    return out
