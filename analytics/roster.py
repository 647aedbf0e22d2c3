"""Editing the roster by hand (no Streamlit here).

The people page shows the roster in an editable table; :func:`update_people` checks every
change before writing any, so a save is all-or-nothing inside the caller's transaction.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any

import pandas as pd

from analytics.errors import CockpitError
from analytics.people import EXPERIENCE_LEVELS, GENDERS, age_band_from_birth_year, normalise_name

# The columns a programme lead may edit, in the order the table shows them.
EDITABLE = ("name", "birth_year", "gender", "profession", "department", "experience", "joined_on", "left_on",
            "cohort", "in_roster")
TEXT_FIELDS = ("profession", "department", "cohort")


def roster(cur) -> pd.DataFrame:
    """Everybody the workspace knows, roster members first, with the editable fields."""
    return cur.execute(
        f"""
        SELECT influencer_id, {", ".join(EDITABLE)}
        FROM influencers ORDER BY in_roster DESC, name_key
        """  # noqa: S608 - fixed column names
    ).df()


def _blank(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _clean(field: str, value: Any, name: str) -> Any:
    """A field's value as stored, or a CockpitError naming the person and the problem."""
    if field == "in_roster":
        return bool(value) if not _blank(value) else False
    if _blank(value):
        if field == "name":
            raise CockpitError("roster_name_missing")
        return None
    if field == "name":
        text = " ".join(str(value).split())
        if not normalise_name(text):
            raise CockpitError("roster_name_missing")
        return text
    if field in TEXT_FIELDS:
        return str(value).strip()
    if field == "birth_year":
        try:
            year = float(value)
        except (TypeError, ValueError):
            year = math.nan
        if not year.is_integer() or not 1900 <= year <= date.today().year:
            raise CockpitError("roster_bad_year", name=name, value=value)
        return int(year)
    if field == "gender":
        if value not in GENDERS:
            raise CockpitError("roster_bad_choice", name=name, value=value)
        return value
    if field == "experience":
        if value not in EXPERIENCE_LEVELS:
            raise CockpitError("roster_bad_choice", name=name, value=value)
        return value
    if field in ("joined_on", "left_on"):  # the start and the end of the participation
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            raise CockpitError("roster_bad_date", name=name, value=value) from None
    raise CockpitError("roster_bad_field", field=field)


def update_people(cur, changes: dict[int, dict[str, Any]]) -> int:
    """Apply ``{influencer_id: {field: new value}}``; returns how many people changed.

    Everything is checked before anything is written: a missing name, an implausible birth
    year, an unknown gender or experience code, or a name that another person already has
    (names are matched ignoring case and spaces), or leaving before joining raises :class:`CockpitError`. A changed
    birth year or joining date recomputes the age band the way the importer does.
    """
    current = {
        row[0]: dict(zip(("influencer_id", *EDITABLE), row, strict=True))
        for row in cur.execute(f"SELECT influencer_id, {', '.join(EDITABLE)} FROM influencers").fetchall()  # noqa: S608
    }
    updates: dict[int, dict[str, Any]] = {}
    for influencer_id, fields in changes.items():
        old = current.get(int(influencer_id))
        if old is None:
            raise CockpitError("person_unknown", id=influencer_id)
        label = str(fields.get("name") or old["name"])
        new = {}
        for field, value in fields.items():
            if field not in EDITABLE:
                raise CockpitError("roster_bad_field", field=field)
            cleaned = _clean(field, value, label)
            if cleaned != old[field]:
                new[field] = cleaned
        if new:
            updates[int(influencer_id)] = new
    keys = {pid: normalise_name(person["name"]) for pid, person in current.items()}
    for pid, new in updates.items():
        if "name" in new:
            keys[pid] = normalise_name(new["name"])
    seen: dict[str, int] = {}
    for pid, key in keys.items():
        if key in seen:
            other = updates.get(pid, {}).get("name") or current[pid]["name"]
            raise CockpitError("roster_name_taken", name=other)
        seen[key] = pid
    for pid, new in updates.items():
        merged = {**current[pid], **new}
        if merged["joined_on"] and merged["left_on"] and merged["left_on"] < merged["joined_on"]:
            raise CockpitError("roster_left_before_joined", name=merged["name"])
    for pid, new in updates.items():
        if new.keys() & {"birth_year", "joined_on"}:
            merged = {**current[pid], **new}
            if merged["birth_year"] is not None:
                reference = (merged["joined_on"] or date.today()).year
                new["age_band"] = age_band_from_birth_year(merged["birth_year"], reference)
            elif "birth_year" in new:
                new["age_band"] = None
        if "name" in new:
            new["name_key"] = keys[pid]
        cur.execute(
            f"UPDATE influencers SET {', '.join(f + ' = ?' for f in new)} WHERE influencer_id = ?",  # noqa: S608
            [*new.values(), pid],
        )
    return len(updates)
