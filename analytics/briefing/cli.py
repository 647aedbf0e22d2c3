"""``python -m analytics briefing``: write the briefing as HTML or PowerPoint.

Prints ``{"out": ..., "format": ..., "bytes": ...}`` on success; any error is one line on
stderr with exit code 2 (raised as :class:`CockpitError`, reported by ``analytics.__main__``).
In staff-council mode it needs ``--purpose`` and is written to the access log, as every export.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from analytics import privacy, store
from analytics.briefing import html, pptx
from analytics.briefing.content import Briefing, build
from analytics.errors import CockpitError
from analytics.filters import Filters, parse_date
from analytics.i18n import LANGUAGES
from analytics.suppression import threshold

FORMATS = ("html", "pptx")


def render(briefing: Briefing, fmt: str) -> bytes:
    """The briefing as file contents in ``fmt`` (html or pptx)."""
    if fmt == "html":
        return html.render(briefing).encode("utf-8")
    return pptx.render(briefing)


def write_file(out: str, payload: bytes) -> Path:
    """Write ``payload`` to ``out``; a failure becomes a one-line error."""
    target = Path(out)
    try:
        target.write_bytes(payload)
    except OSError as exc:
        detail = exc.strerror or type(exc).__name__
        raise CockpitError("briefing_write_failed", path=str(target), detail=detail) from None
    return target


def cmd_briefing(args: argparse.Namespace) -> int:
    """Build the briefing for the period and write it."""
    start, end = parse_date(args.date_from), parse_date(args.date_to)
    with store.closing(store.open_existing(args.db)) as cur:
        privacy.require_purpose(cur, args.purpose)
        selection = Filters(start=start, end=end, pseudonymise=args.pseudonymise, min_group=threshold(cur))
        briefing = build(cur, selection, args.lang)
        privacy.log_export(cur, f"briefing_{args.format}", args.purpose)
    target = write_file(args.out, render(briefing, args.format))
    json.dump({"out": str(target), "format": args.format, "bytes": target.stat().st_size}, sys.stdout)
    sys.stdout.write("\n")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``briefing`` subcommand."""
    parser = subparsers.add_parser("briefing", help="write the management briefing (HTML or PowerPoint)")
    parser.add_argument("--db", required=True)
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument("--out", required=True)
    parser.add_argument("--from", dest="date_from")
    parser.add_argument("--to", dest="date_to")
    parser.add_argument("--lang", choices=LANGUAGES, default="de")
    parser.add_argument("--pseudonymise", action="store_true")
    parser.add_argument("--purpose", help="required in staff-council mode, written to the access log")
    parser.set_defaults(func=cmd_briefing)
