"""Where uploaded files wait between upload and import, and that they do not outlive their session.

Each browser session gets one folder ``cockpit-upload-<pid>-…`` in the temporary directory.
It is removed when the session's state is dropped (Streamlit drops it when the session ends:
the tab closed, a disconnected session expired) and when the server exits; a folder left by a
killed server (its process id no longer runs) is removed at the next start.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
import weakref
from pathlib import Path

PREFIX = "cockpit-upload-"
_OWNED = re.compile(re.escape(PREFIX) + r"(\d+)-")
STALE_SECONDS = 24 * 3600  # folders of the older naming (no process id) left this long are leftovers


class UploadFolder:
    """A session's upload folder, removed when this object is garbage-collected or the process exits."""

    def __init__(self, parent: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=parent))
        # finalize keeps itself alive until this object is collected or the process exits
        weakref.finalize(self, shutil.rmtree, str(self.path), True)

    def exists(self) -> bool:
        """False once the folder is gone (removed by hand, or by a sweep)."""
        return self.path.is_dir()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it runs
        return True
    return True


def sweep_leftovers(parent: str | os.PathLike[str] | None = None, now: float | None = None) -> list[Path]:
    """Remove upload folders whose server no longer runs; returns what was removed."""
    folder = Path(parent or tempfile.gettempdir())
    now = time.time() if now is None else now
    removed = []
    for candidate in folder.glob(PREFIX + "*"):
        if not candidate.is_dir() or candidate.is_symlink():
            continue
        owner = _OWNED.match(candidate.name)
        if owner:
            leftover = not _running(int(owner.group(1)))
        else:
            leftover = now - candidate.stat().st_mtime > STALE_SECONDS
        if leftover:
            shutil.rmtree(candidate, ignore_errors=True)
            removed.append(candidate)
    return removed
