"""Nothing leaves the machine when the server starts: no lookup of its public address
(Streamlit asks checkip.amazonaws.com unless an address is configured), no probe of a route to
an outside address, no extension download by DuckDB.

The server runs as ``.streamlit/config.toml`` sets it, under tests/outbound.py, which writes
down every name the process looks up and every address it connects or sends to.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from browser import streamlit_server
from outbound import outside

from analytics import store

ROOT = Path(__file__).resolve().parent.parent


def test_the_recorder_sees_a_lookup(tmp_path: Path) -> None:
    """The control: a program that looks a name up is written down (so an empty log means something)."""
    log = tmp_path / "control.jsonl"
    subprocess.run([sys.executable, str(ROOT / "tests" / "outbound.py"), str(log), "-m", "timeit", "-n", "1", "-r",
                    "1", "-s", "import socket", "socket.getaddrinfo('localhost', 80)"], check=True, capture_output=True,
                   timeout=60)
    assert '"socket.getaddrinfo", "target": "localhost"' in log.read_text(encoding="utf-8")
    log.write_text('{"event": "socket.getaddrinfo", "target": "checkip.amazonaws.com"}\n'
                   '{"event": "socket.connect", "target": ["127.0.0.1", 8501]}\n', encoding="utf-8")
    assert outside(log) == [{"event": "socket.getaddrinfo", "target": "checkip.amazonaws.com"}]


def test_the_server_starts_and_serves_without_reaching_outside(empty_db: Path, tmp_path: Path) -> None:
    log = tmp_path / "outbound.jsonl"
    with streamlit_server(empty_db, as_configured=True, record_outbound=log) as url:
        for path in ("/", "/_stcore/health", "/_stcore/host-config", "/Import"):
            with urllib.request.urlopen(url + path, timeout=10) as response:  # noqa: S310 - our own server
                assert response.status == 200, path
        time.sleep(3)  # the start banner (where Streamlit looked the address up) is printed by now
    banner = empty_db.with_suffix(".log").read_text(encoding="utf-8")
    assert f"URL: http://localhost:{url.rsplit(':', 1)[1]}" in banner  # the configured address, announced
    assert "External URL" not in banner and "Network URL" not in banner
    assert log.exists()  # the server ran under the recorder (it looked up its own address at least)
    assert outside(log) == []


def test_duckdb_never_downloads_an_extension(tmp_path: Path) -> None:
    """A query that would need an extension DuckDB does not ship fails instead of fetching it."""
    con = store.connect(tmp_path / "w.duckdb")
    with store.cursor(con) as cur:
        assert cur.execute("SELECT current_setting('autoinstall_known_extensions')").fetchone() == (False,)
    con.close()
