"""Where uploaded files wait between upload and import, and that they do not outlive their session.

Each browser session gets one folder ``cockpit-upload-<pid>-…`` in the temporary directory.
Its files go when they are imported or discarded; the folder goes when the session's state is
dropped, when the server exits, and when nobody has used it for a while: a session touches its
folder while its tab is open (:meth:`UploadFolder.touch`), and :func:`sweep_idle` removes the
folders of this process nobody touched for longer than a closed tab's session lives (Streamlit
keeps the state of a closed tab's session, unclosed, until another visitor comes). A folder left
by a killed server (its process id no longer runs) is removed at the next start.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
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

    def touch(self) -> None:
        """Mark the folder as in use now (its session's tab is open)."""
        try:
            os.utime(self.path)
        except OSError:
            pass  # gone already: the session makes a new one when it needs it

    @contextmanager
    def in_use(self) -> Iterator[None]:
        """While a file of the folder is read (a check, an import): never swept, however long."""
        with _busy_lock:
            _busy[self.path] = _busy.get(self.path, 0) + 1
        try:
            yield
        finally:
            with _busy_lock:
                _busy[self.path] -= 1
                if not _busy[self.path]:
                    del _busy[self.path]
            self.touch()


_busy: dict[Path, int] = {}
_busy_lock = threading.Lock()


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


def sweep_idle(idle_seconds: float, parent: str | os.PathLike[str] | None = None,
               now: float | None = None) -> list[Path]:
    """Remove this process's upload folders that nobody has touched for ``idle_seconds`` (and
    none of whose files is being read); returns what was removed."""
    folder = Path(parent or tempfile.gettempdir())
    now = time.time() if now is None else now
    removed = []
    for candidate in folder.glob(f"{PREFIX}{os.getpid()}-*"):
        with _busy_lock:
            if candidate in _busy or not candidate.is_dir() or candidate.is_symlink():
                continue
            try:
                idle = now - candidate.stat().st_mtime
            except OSError:
                continue
            if idle > idle_seconds:
                shutil.rmtree(candidate, ignore_errors=True)
                removed.append(candidate)
    return removed


def start_sweeper(every_seconds: float, idle_seconds: float) -> threading.Thread:
    """A background thread that runs :func:`sweep_idle` every ``every_seconds`` while the process lives."""
    def sweep_forever() -> None:
        while True:
            time.sleep(every_seconds)
            sweep_idle(idle_seconds)

    thread = threading.Thread(target=sweep_forever, name="cockpit-upload-sweeper", daemon=True)
    thread.start()
    return thread
