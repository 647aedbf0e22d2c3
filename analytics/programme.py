"""The programme's own settings: name, organisation, hashtag and phases.

Kept in the workspace (:mod:`analytics.settings`): ``programme_name``, ``organisation``,
``programme_hashtag`` and ``phases`` – a list of ``{"name", "start", "end"}`` (ISO dates, end
inclusive), sorted by start. Phases may not overlap (one band per day on a time chart, so a
reader never has to tell two shadings apart). The demo brings its own pilot phase, marked
``"demo": true``; removing the demo removes only that one. It brings its own organisation too,
while it is loaded (:data:`DEMO_ORGANISATION`); there is no built-in one: nobody's name is shown
that nobody entered.

Older workspaces kept the demo's pilot in the meta keys ``pilot_start``/``pilot_end``; they are
read as a phase (the demo's when they hold the demo's dates and demo rows exist, dropped when the
demo is gone, a phase of the user's otherwise) and removed on the next write of the phases.
"""

from __future__ import annotations

import os
import re
from datetime import date
from typing import Any

import duckdb

from analytics import settings, store
from analytics.errors import CockpitError

DEMO_PHASE = {"name": "Pilotphase", "start": "2023-01-02", "end": "2023-06-30", "demo": True}
LEGACY_KEYS = ("pilot_start", "pilot_end")
MAX_PHASES = 20
MAX_NAME = 60
DEMO_ORGANISATION = "Landeshauptstadt München"  # the demo cohort's, modelled on Munich's pilot


def _has_demo(cur: duckdb.DuckDBPyConnection) -> bool:
    return cur.execute("SELECT count(*) FROM influencers WHERE is_demo").fetchone()[0] > 0


def _legacy_phase(cur: duckdb.DuckDBPyConnection) -> dict[str, Any] | None:
    start, end = (store.get_meta(cur, key) for key in LEGACY_KEYS)
    if not start or not end:
        return None
    if (start, end) == (DEMO_PHASE["start"], DEMO_PHASE["end"]):
        return dict(DEMO_PHASE) if _has_demo(cur) else None
    try:
        return check_phase({"name": DEMO_PHASE["name"], "start": start, "end": end})
    except CockpitError:
        return None


def phases(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The programme's phases, sorted by start (old pilot keys read as a phase)."""
    stored = settings.get(cur, "phases") or []
    found = []
    for phase in stored if isinstance(stored, list | tuple) else []:
        try:  # a phase written badly by hand is left out, never breaks a page
            found.append(check_phase(phase))
        except (CockpitError, AttributeError):
            continue
    legacy = _legacy_phase(cur)
    if legacy and not any((p.get("start"), p.get("end")) == (legacy["start"], legacy["end"]) for p in found):
        found.append(legacy)
    return sorted(found, key=lambda phase: (str(phase.get("start")), str(phase.get("end"))))


def phase_periods(cur: duckdb.DuckDBPyConnection) -> list[tuple[str, date, date, bool]]:
    """(name, start, end, is the demo's) per phase, for the charts."""
    return [(p["name"], date.fromisoformat(p["start"]), date.fromisoformat(p["end"]), bool(p.get("demo")))
            for p in phases(cur)]


def _day(value: Any, name: str) -> date:
    if isinstance(value, date):
        return value
    if value is None or not str(value).strip():
        raise CockpitError("prog_phase_no_date", name=name)
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise CockpitError("prog_phase_bad_date", name=name, value=str(value)[:40]) from None


def check_phase(phase: dict[str, Any]) -> dict[str, Any]:
    """A phase cleaned (name stripped, ISO dates) or a clear error: no name, a bad date, end before start."""
    name = str(phase.get("name") or "").strip()
    if not name or len(name) > MAX_NAME or any(ord(c) < 32 for c in name):
        raise CockpitError("prog_phase_bad_name", max=MAX_NAME)
    start, end = _day(phase.get("start"), name), _day(phase.get("end"), name)
    if end < start:
        raise CockpitError("prog_phase_end_before_start", name=name, start=start.isoformat(), end=end.isoformat())
    cleaned: dict[str, Any] = {"name": name, "start": start.isoformat(), "end": end.isoformat()}
    if phase.get("demo"):
        cleaned["demo"] = True
    return cleaned


def check_phases(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every phase checked; names unique (case-insensitive); no two phases sharing a day."""
    cleaned = sorted((check_phase(item) for item in items), key=lambda p: (p["start"], p["end"]))
    if len(cleaned) > MAX_PHASES:
        raise CockpitError("prog_phase_too_many", max=MAX_PHASES)
    names: set[str] = set()
    for phase in cleaned:
        if phase["name"].casefold() in names:
            raise CockpitError("prog_phase_name_taken", name=phase["name"])
        names.add(phase["name"].casefold())
    for before, after in zip(cleaned, cleaned[1:], strict=False):
        if after["start"] <= before["end"]:
            raise CockpitError("prog_phase_overlap", first=before["name"], second=after["name"])
    return cleaned


def set_phases(cur: duckdb.DuckDBPyConnection, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replace the phases (checked first; nothing is written on an error). Caller's transaction."""
    cleaned = check_phases(items)
    settings.put(cur, "phases", cleaned or None)
    for key in LEGACY_KEYS:
        store.set_meta(cur, key, None)
    return cleaned


def set_own_phases(cur: duckdb.DuckDBPyConnection, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replace the user's phases (the page *Programm*, ``settings --set phases=…``); the demo's pilot
    phase, which comes and goes with the demo, is kept. Checked first; caller's transaction."""
    demo = [phase for phase in phases(cur) if phase.get("demo")]
    return set_phases(cur, [*items, *demo])


def add_demo_phase(cur: duckdb.DuckDBPyConnection) -> None:
    """The demo's pilot phase, unless it is there already or a phase of the user's shares its days."""
    current = [p for p in phases(cur) if not p.get("demo")]
    try:
        set_phases(cur, [*current, DEMO_PHASE])
    except CockpitError:  # the user's own phases cover the pilot: theirs win
        set_phases(cur, current)


def drop_demo_phases(cur: duckdb.DuckDBPyConnection) -> None:
    """Remove the demo's phase, keep the user's (inside the caller's transaction).

    Old pilot keys holding the demo's dates are the demo's too; other old dates stay as a phase.
    """
    stored = settings.get(cur, "phases") or []
    raw = tuple(store.get_meta(cur, key) for key in LEGACY_KEYS)
    if not any(raw) and not any(isinstance(p, dict) and p.get("demo") for p in stored):
        return
    user = [p for p in stored if isinstance(p, dict) and not p.get("demo")]
    if all(raw) and raw != (DEMO_PHASE["start"], DEMO_PHASE["end"]):
        legacy = _legacy_phase(cur)
        if legacy and not any((p.get("start"), p.get("end")) == raw for p in user):
            user.append(legacy)
    set_phases(cur, user)


# ---------------------------------------------------------------- name, organisation, hashtag
def organisation(cur: duckdb.DuckDBPyConnection | None = None) -> str:
    """The organisation shown on briefings and titles: the workspace setting, else
    :func:`fallback_organisation`; '' when none is set (titles and briefings leave it out)."""
    value = settings.get(cur, "organisation") if cur is not None else None
    return value or fallback_organisation(cur)


def fallback_organisation(cur: duckdb.DuckDBPyConnection | None = None) -> str:
    """What stands for an organisation the workspace does not set: ``$COCKPIT_ORG``, else the
    demo's while the demo is loaded, else ''."""
    value = os.environ.get("COCKPIT_ORG", "").strip()
    if not value and cur is not None and _has_demo(cur):
        value = DEMO_ORGANISATION
    return value


def programme_name(cur: duckdb.DuckDBPyConnection) -> str | None:
    """The programme's name, when set."""
    return settings.get(cur, "programme_name")


def hashtag(cur: duckdb.DuckDBPyConnection) -> str | None:
    """The programme hashtag as '#tag' (the setting written with or without '#'), when set."""
    value = settings.get(cur, "programme_hashtag")
    if not value or not value.strip("# "):
        return None
    return "#" + value.strip().lstrip("#").strip()


# ---------------------------------------------------------------- whom the programme reaches
MAX_NAMES = 20  # places of the target region, other names of the organisation
MAX_NAME_LENGTH = 80
# a public body's name that says its city: 'Landeshauptstadt München' -> 'München'
_CITY_PREFIXES = ("freie und hansestadt", "freie hansestadt", "landeshauptstadt", "große kreisstadt",
                  "universitätsstadt", "kreisfreie stadt", "hansestadt", "kreisstadt", "stadtverwaltung",
                  "stadt", "gemeinde", "markt", "city of", "town of")
# the English names LinkedIn writes in an English interface for German cities whose names differ
_CITY_IN_ENGLISH = {"münchen": "Munich", "köln": "Cologne", "nürnberg": "Nuremberg", "hannover": "Hanover",
                    "braunschweig": "Brunswick", "frankfurt am main": "Frankfurt"}


def city_of(name: str | None) -> str | None:
    """The city an organisation's name says it is ('Landeshauptstadt München' -> 'München'), else None."""
    text = " ".join((name or "").split())
    for prefix in _CITY_PREFIXES:
        if text.casefold().startswith(prefix + " ") and text[len(prefix):].strip():
            return text[len(prefix):].strip()
    return None


def target_region(cur: duckdb.DuckDBPyConnection) -> tuple[list[str], bool]:
    """The places of the target region, and whether they are the default: the organisation's city
    (with the name LinkedIn's English interface gives it), where the organisation's name says it."""
    stored = [str(place) for place in settings.get(cur, "target_region") or () if str(place).strip()]
    if stored:
        return stored, False
    city = city_of(settings.get(cur, "organisation"))
    if city is None:
        return [], True
    english = _CITY_IN_ENGLISH.get(city.casefold())
    return ([city, english] if english else [city]), True


def organisation_names(cur: duckdb.DuckDBPyConnection) -> list[str]:
    """The organisation's name (the workspace setting) and its other names in LinkedIn's company lists."""
    name = settings.get(cur, "organisation")
    aliases = [str(alias) for alias in settings.get(cur, "organisation_aliases") or () if str(alias).strip()]
    return ([name] if name else []) + aliases


def names_from_text(text: str | None) -> list[str]:
    """'München; Landkreis München' (or one per line) -> ['München', 'Landkreis München']."""
    return tidy_names(re.split(r"[;\n]", text or ""))


def tidy_names(names: list[str]) -> list[str]:
    """Spaces tidied, empty names dropped, each name once (in its first place)."""
    tidied = [" ".join(name.split()) for name in names]
    return list(dict.fromkeys(name for name in tidied if name))


def put_names(cur: duckdb.DuckDBPyConnection, key: str, text: str | list[str] | None) -> list[str]:
    """Set (empty: clear) ``target_region`` or ``organisation_aliases`` from a typed list ('a; b') or a
    list of names (``["a", "b"]``, as the command line's JSON: split no further); the names kept."""
    if key not in ("target_region", "organisation_aliases"):
        raise CockpitError("setting_invalid", setting=key, value="?")
    names = tidy_names(text) if isinstance(text, list) else names_from_text(text)
    if len(names) > MAX_NAMES or any(len(name) > MAX_NAME_LENGTH for name in names):
        raise CockpitError("prog_names_invalid", max=MAX_NAMES, length=MAX_NAME_LENGTH)
    settings.put(cur, key, names or None)
    return names


def put_text(cur: duckdb.DuckDBPyConnection, key: str, value: str | None) -> None:
    """Set (or, empty, clear) programme_name, organisation or programme_hashtag (caller's transaction)."""
    if key not in ("programme_name", "organisation", "programme_hashtag"):
        raise CockpitError("setting_invalid", setting=key, value="?")
    text = (value or "").strip()
    if key == "programme_hashtag":
        text = text.lstrip("#").strip()
        if text and (" " in text or "#" in text):
            raise CockpitError("prog_hashtag_invalid", value=text[:40])
        text = "#" + text if text else ""
    settings.put(cur, key, text or None)


def header(cur: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """What the pages, the briefing and the CLI show of the programme."""
    return {"programme_name": programme_name(cur), "organisation": organisation(cur),
            "programme_hashtag": hashtag(cur), "phases": phases(cur)}
