"""Workspace settings: typed values kept in the workspace's ``meta`` table.

Settings belong to the workspace (the file), not to a session or a link: whoever opens the
workspace sees the same threshold, programme name and privacy mode. Each setting is declared
once in :data:`SETTINGS` with its type, default and bounds; :func:`get` returns the typed
value (the default when unset), :func:`put` validates and stores it (``None`` removes it) and
raises ``CockpitError("setting_invalid")`` for a value outside the declaration. Stored as text,
JSON for lists and mappings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import duckdb

from analytics import store
from analytics.errors import CockpitError


@dataclass(frozen=True)
class Setting:
    """One workspace setting: its type (int, bool, text or json), default and bounds."""

    key: str
    kind: str
    default: Any = None
    minimum: int | None = None
    maximum: int | None = None
    max_length: int = 200


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    # privacy: the smallest group whose figures are shown; staff-council mode; retention
    Setting("min_group", "int", default=3, minimum=1, maximum=50),
    Setting("staff_council_mode", "bool", default=False),
    Setting("retention_months", "int", default=None, minimum=1, maximum=240),
    # the programme: its name, the organisation, its hashtag, its phases
    Setting("programme_name", "text", default=None, max_length=120),
    Setting("organisation", "text", default=None, max_length=120),
    Setting("programme_hashtag", "text", default=None, max_length=80),
    Setting("phases", "json", default=()),  # [{"name": ..., "start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}]
    # whom the programme reaches: the places of its target region (empty: the organisation's city,
    # where its name says it) and other names of the organisation in LinkedIn's company lists
    Setting("target_region", "json", default=()),  # ["München", "Landkreis München"]
    Setting("organisation_aliases", "json", default=()),  # ["Stadt München", "LHM"]
)}

_META_PREFIX = "setting:"


def _declared(key: str) -> Setting:
    try:
        return SETTINGS[key]
    except KeyError:
        raise CockpitError("setting_invalid", setting=key, value="?") from None


def _decode(setting: Setting, raw: str) -> Any:
    if setting.kind == "int":
        return int(raw)
    if setting.kind == "bool":
        return raw == "1"
    if setting.kind == "json":
        return json.loads(raw)
    return raw


def _encode(setting: Setting, value: Any) -> str:
    bad = CockpitError("setting_invalid", setting=setting.key, value=str(value)[:60])
    if setting.kind == "int":
        if isinstance(value, bool):
            raise bad
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise bad from None
        if (setting.minimum is not None and number < setting.minimum) or (
            setting.maximum is not None and number > setting.maximum
        ):
            raise bad
        return str(number)
    if setting.kind == "bool":
        if not isinstance(value, bool):
            raise bad
        return "1" if value else "0"
    if setting.kind == "json":
        try:
            return json.dumps(value, ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError):
            raise bad from None
    text = str(value).strip()
    if not text or len(text) > setting.max_length or any(ord(c) < 32 for c in text):
        raise bad
    return text


def get(cur: duckdb.DuckDBPyConnection, key: str) -> Any:
    """The setting's value, or its default when unset (or stored by a version that wrote it badly)."""
    setting = _declared(key)
    raw = store.get_meta(cur, _META_PREFIX + key)
    if raw is None:
        return setting.default
    try:
        return _decode(setting, raw)
    except (TypeError, ValueError):
        return setting.default


def put(cur: duckdb.DuckDBPyConnection, key: str, value: Any) -> None:
    """Store a setting (validated against its declaration); ``None`` returns it to its default.

    Writes in the caller's cursor; wrap in :func:`analytics.store.transaction` to commit it
    with the data version bumped (so cached pages refresh).
    """
    setting = _declared(key)
    store.set_meta(cur, _META_PREFIX + key, None if value is None else _encode(setting, value))


def all_settings(cur: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Every declared setting with its current value (for the record of processing, the CLI)."""
    return {key: get(cur, key) for key in SETTINGS}
