"""``python -m analytics settings --db PATH [--set KEY=VALUE …]``: the workspace's settings for a script.

Prints ``{"settings": {…}}``: every setting of :data:`analytics.settings.SETTINGS` with its value
after the changes (``null`` where unset). Each ``--set`` goes through the rule the app applies to
that setting (:func:`change`): the staff-council mode is switched as on the page *Datenschutz*, so
the switch is written to the access log (with the operating system's login name); the programme's
name, organisation and hashtag as on the page *Programm* (a hashtag with or without '#', no spaces);
the phases as a JSON list of ``{"name", "start", "end"}``, checked as the page checks them (the
demo's pilot phase kept while the demo is loaded); the target region and the organisation's other
names as on the page *Publikum* ('München; Landkreis München' or a JSON list of texts); numbers
within their bounds. ``KEY=`` (nothing
after '=') returns a setting to its default. All changes are one transaction: an unknown key or a
bad value is one line on stderr, exit 2, and nothing is changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import duckdb

from analytics import privacy, programme, settings, store
from analytics.errors import CockpitError

TRUE_WORDS = ("true", "1", "yes", "on", "ja", "an", "ein")
FALSE_WORDS = ("false", "0", "no", "off", "nein", "aus")
PROGRAMME_TEXTS = ("programme_name", "organisation", "programme_hashtag")
# lists of names, typed as on the audience page ('München; Landkreis München') or as a JSON list of texts
NAME_LISTS = ("target_region", "organisation_aliases")


def parse_assignment(text: str) -> tuple[str, str]:
    """'min_group=5' -> ('min_group', '5'); the key must be a declared setting."""
    key, equals, value = text.partition("=")
    key = key.strip()
    if not equals:
        raise CockpitError("cli_usage", detail=f"--set {text}: expected KEY=VALUE")
    if key not in settings.SETTINGS:
        raise CockpitError("setting_unknown", setting=key, choices=", ".join(settings.SETTINGS))
    return key, value


def parse_value(key: str, text: str) -> Any:
    """The typed value of ``text`` for setting ``key`` (None for an empty text: the default)."""
    declared = settings.SETTINGS[key]
    text = text.strip()
    if not text:
        return None
    bad = CockpitError("setting_invalid", setting=key, value=text[:60])
    if key in NAME_LISTS:
        if not text.startswith("["):
            return text
        try:
            value = json.loads(text)
        except ValueError:
            raise bad from None
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise bad
        return value  # a list stays a list: a name holding ";" is one name
    if declared.kind == "int":
        try:
            return int(text)
        except ValueError:
            raise bad from None
    if declared.kind == "bool":
        if text.casefold() in TRUE_WORDS:
            return True
        if text.casefold() in FALSE_WORDS:
            return False
        raise bad
    if declared.kind == "json":
        try:
            value = json.loads(text)
        except ValueError:
            raise bad from None
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise bad
        return value
    return text


def change(cur: duckdb.DuckDBPyConnection, key: str, value: Any, user: str | None) -> None:
    """Set one workspace setting by the app's rule for it (inside the caller's transaction)."""
    if key == "staff_council_mode":
        privacy.set_staff_council_mode(cur, bool(value), user)
    elif key in PROGRAMME_TEXTS:
        programme.put_text(cur, key, value)
    elif key == "phases":
        programme.set_own_phases(cur, value or [])
    elif key in NAME_LISTS:
        programme.put_names(cur, key, value)
    else:
        settings.put(cur, key, value)


def cmd_settings(args: argparse.Namespace) -> int:
    """Print the settings; with ``--set``, change them first (all or nothing)."""
    wanted = [parse_assignment(text) for text in args.set or ()]
    typed = [(key, parse_value(key, value)) for key, value in wanted]
    with store.closing(store.open_existing(args.db)) as cur:
        if typed:
            with store.transaction(cur):
                for key, value in typed:
                    change(cur, key, value, privacy.command_line_user())
        current = settings.all_settings(cur)
    json.dump({"settings": current}, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``settings`` subcommand."""
    parser = subparsers.add_parser("settings", help="show the workspace's settings; --set KEY=VALUE changes them")
    parser.add_argument("--db", required=True)
    parser.add_argument("--set", action="append", metavar="KEY=VALUE",
                        help="change a setting (repeatable; KEY= returns it to its default)")
    parser.set_defaults(func=cmd_settings)
