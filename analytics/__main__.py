"""Command line: ``python -m analytics COMMAND`` (demo, summary, coverage, audience, import, briefing,
export, bench, erase, retention, settings).

Output contracts (JSON keys, exit codes) are interfaces for scripts: any error prints one
line on stderr and exits with 2, never a traceback. Messages follow ``$COCKPIT_LANG``
(``de`` by default, ``en``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from typing import NoReturn

import duckdb

from analytics import bench, browser_bench, configure, covered, export, lifecycle, store
from analytics.briefing import cli as briefing_cli
from analytics.errors import CockpitError
from analytics.filters import parse_date
from analytics.i18n import lang_or_default, t
from analytics.ingest import load_demo, run_import_cli
from analytics.queries import audience
from analytics.queries.groups import summary_by
from analytics.summary import summary

EXIT_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad call as one line (exit 2) instead of usage text."""

    def error(self, message: str) -> NoReturn:
        raise CockpitError("cli_usage", detail=message)


def _lang() -> str:
    return lang_or_default(os.environ.get("COCKPIT_LANG"))


def _print_json(payload: object) -> None:
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def cmd_demo(args: argparse.Namespace) -> int:
    with store.closing(store.connect(args.db)) as cur:
        counts = load_demo(cur)
    _print_json(counts)
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    start, end = parse_date(args.date_from), parse_date(args.date_to)
    if start and end and end < start:
        raise CockpitError("bad_period", start=start.isoformat(), end=end.isoformat())
    with store.closing(store.open_existing(args.db)) as cur:
        if args.by:
            result = summary_by(cur, args.by, min_group=args.min_group, start=start, end=end)
        else:
            result = summary(cur, start, end)
    _print_json(result)
    return 0


def cmd_coverage(args: argparse.Namespace) -> int:
    today = parse_date(args.today) or date.today()
    with store.closing(store.open_existing(args.db)) as cur:
        _print_json(covered.report(cur, today))
    return 0


def cmd_audience(args: argparse.Namespace) -> int:
    start, end = parse_date(args.date_from), parse_date(args.date_to)
    if start and end and end < start:
        raise CockpitError("bad_period", start=start.isoformat(), end=end.isoformat())
    with store.closing(store.open_existing(args.db)) as cur:
        result = audience.summary(cur, start, end)
    _print_json(result)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    return run_import_cli(args.db, args.files, author=args.author, strict=args.strict, lang=_lang(),
                          author_from_file_name=args.author_from_file_name)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = _Parser(prog="python -m analytics", description="Influencer Cockpit command line")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    demo = sub.add_parser("demo", help="load the demo cohort into a workspace")
    demo.add_argument("--db", required=True)
    demo.set_defaults(func=cmd_demo)

    summary = sub.add_parser("summary", help="headline figures as JSON")
    summary.add_argument("--db", required=True)
    summary.add_argument("--from", dest="date_from")
    summary.add_argument("--to", dest="date_to")
    summary.add_argument(
        "--by", choices=["gender", "age_band", "profession", "department", "experience"]
    )
    summary.add_argument("--min-group", type=int, default=None,
                         help="minimum group size for --by (default: the workspace's setting)")
    summary.set_defaults(func=cmd_summary)

    coverage = sub.add_parser("coverage", help="what the imports cover: stretches, gaps, default period, people")
    coverage.add_argument("--db", required=True)
    coverage.add_argument("--today", help="the day export_due is judged on (YYYY-MM-DD; default: today)")
    coverage.set_defaults(func=cmd_coverage)

    reached = sub.add_parser("audience", help="whom the programme reaches (LinkedIn's member exports) as JSON")
    reached.add_argument("--db", required=True)
    reached.add_argument("--from", dest="date_from")
    reached.add_argument("--to", dest="date_to")
    reached.set_defaults(func=cmd_audience)

    importer = sub.add_parser("import", help="import export files into a workspace")
    importer.add_argument("--db", required=True)
    importer.add_argument("--author")
    importer.add_argument("--strict", action="store_true")
    importer.add_argument("--author-from-file-name", action="store_true",
                          help="each member export's author as proposed from its file name (matched to the roster)")
    importer.add_argument("files", nargs="+")
    importer.set_defaults(func=cmd_import)

    for module in (briefing_cli, export, lifecycle, configure):
        module.register(sub)
    bench.register(sub, browser_command=browser_bench.command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    lang = _lang()
    try:
        args = build_parser().parse_args(argv)
        return args.func(args)
    except CockpitError as exc:
        print(exc.message(lang), file=sys.stderr)
    except duckdb.Error as exc:
        print(t("unexpected", lang, detail=str(exc).splitlines()[0]), file=sys.stderr)
    except KeyboardInterrupt:
        print(t("unexpected", lang, detail="interrupted"), file=sys.stderr)
    except Exception as exc:  # noqa: BLE001 - the contract: one line, never a traceback
        print(t("unexpected", lang, detail=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
    finally:
        # an erasure a crash interrupted, finished when this command opened the workspace
        for finished in store.take_finished_rewrites():
            print(lifecycle.rewrite_notice(finished, lang), file=sys.stderr)
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
