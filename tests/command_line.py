"""The command line as scripts see it: exit code, stdout, stderr.

``cli("summary", "--db", db)`` runs ``python -m analytics summary --db …`` in this process,
through :func:`analytics.__main__.main`, with stdout and stderr captured; ``cli_process`` runs
the same as a real process, for what only a second process shows (a workspace another program
holds, the exit status of the script itself). Both return a :class:`Result`; messages are in
``lang`` (English unless asked), as ``COCKPIT_LANG`` sets them for a script.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analytics.__main__ import main
from analytics.i18n import STRICT_ENV

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Result:
    """What a run of the command line gave: its exit code and what it printed."""

    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        """stdout parsed as JSON."""
        return json.loads(self.out)


@contextmanager
def _environment(values: Mapping[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def cli(*args: str | Path, lang: str = "en", env: Mapping[str, str] | None = None) -> Result:
    """``python -m analytics *args`` run in this process, with ``COCKPIT_LANG=lang`` and ``env`` set."""
    out, err = io.StringIO(), io.StringIO()
    with _environment({"COCKPIT_LANG": lang, **(env or {})}), redirect_stdout(out), redirect_stderr(err):
        code = main([str(arg) for arg in args])
    return Result(code, out.getvalue(), err.getvalue())


def cli_process(*args: str | Path, lang: str = "en", env: Mapping[str, str] | None = None,
                timeout: float = 120) -> Result:
    """``python -m analytics *args`` as a real process, in a bare environment but for ``COCKPIT_LANG=lang``."""
    run = subprocess.run([sys.executable, "-m", "analytics", *map(str, args)], cwd=ROOT, capture_output=True,
                         text=True, timeout=timeout, check=False,
                         env={"PATH": "", "COCKPIT_LANG": lang, STRICT_ENV: "1", **(env or {})})
    return Result(run.returncode, run.stdout, run.stderr)
