"""Run a Python program with every network address it reaches for written down.

``python tests/outbound.py LOG -m streamlit run app.py …`` runs the program as ``python -m …``
would, with a Python audit hook (PEP 578) that appends one JSON line to LOG for each name
lookup (``socket.getaddrinfo``, ``socket.gethostbyname``), connection (``socket.connect``) and
datagram sent (``socket.sendto``), before it happens: a lookup that fails or a connection that
is refused is written down too. The test of the server's start reads the log.
"""

from __future__ import annotations

import ipaddress
import json
import runpy
import sys
from pathlib import Path

WATCHED = {"socket.getaddrinfo": 0, "socket.gethostbyname": 0, "socket.connect": 1, "socket.sendto": 1}


def _recorder(log):
    def hook(event: str, args: tuple) -> None:
        position = WATCHED.get(event)
        if position is None:
            return
        target = args[position]
        log.write(json.dumps({"event": event, "target": target if isinstance(target, (str, int)) else
                              [part if isinstance(part, (str, int)) else repr(part) for part in target]
                              if isinstance(target, tuple) else repr(target)}) + "\n")
        log.flush()
    return hook


def _is_local(target) -> bool:
    """A name or address on this machine: loopback, the wildcard a server binds to, a Unix socket."""
    host = target[0] if isinstance(target, list) and target else target
    if host in (None, "", "localhost", "0.0.0.0", "::") or isinstance(host, int):  # noqa: S104 - compared, not bound
        return True
    if not isinstance(host, str):
        return False
    if host.startswith("/") or host.startswith("\x00"):  # a Unix socket's path
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def outside(log_path: Path) -> list[dict]:
    """The entries of a log that reach for anything but this machine."""
    if not log_path.exists():
        return []
    entries = [json.loads(line) for line in log_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [entry for entry in entries if not _is_local(entry["target"])]


def main() -> None:
    log_path, flag, module, *rest = sys.argv[1:]
    if flag != "-m":
        raise SystemExit("usage: outbound.py LOG -m MODULE [ARGS…]")
    log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 - open as long as the program runs
    sys.addaudithook(_recorder(log))
    sys.argv = [module, *rest]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
