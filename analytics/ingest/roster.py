"""People and outcomes from small tables, parsed row by row in Python (no Streamlit, no writes).

:func:`read_people` reads a roster or applicants file into a :class:`PeopleBatch`,
:func:`read_outcomes` an outcomes file into :class:`OutcomeRow` s; each row is taken or
rejected with a reason ``(line, key, params)``. The kinds in :mod:`analytics.ingest.kinds`
load them; :func:`influencer_for` is the person a name means, for every kind that names one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from analytics import people
from analytics.ingest import columns as C
from analytics.ingest import values as V
from analytics.ingest.rows import Rejection
from analytics.ingest.sources import cell_text

ATTRIBUTES = ("birth_year", "age_band", "gender", "profession", "department", "experience")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = cell_text(value)
    text = text.strip() if text else None
    return text or None


_MONTHS = {"jan": 1, "feb": 2, "mär": 3, "mae": 3, "mrz": 3, "mar": 3, "apr": 4, "mai": 5, "may": 5, "jun": 6,
           "jul": 7, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dez": 12, "dec": 12}


def _month_name_date(text: str) -> date | None:
    """'3. März 2024', '03. Mrz. 2024', 'März 2024' (the first of the month)."""
    match = re.fullmatch(r"(?:(\d{1,2})\.? ?)?([^\W\d_]{3,9})\.? ?(\d{4})", text)
    if not match:
        return None
    month = _MONTHS.get(match.group(2).casefold()[:3])
    if month is None:
        return None
    try:
        return date(int(match.group(3)), month, int(match.group(1) or 1))
    except ValueError:
        return None


def parse_date(value: Any) -> date | None:
    """A date from a cell: Excel date or serial number, dd.mm.yyyy, dd.mm.yy, ISO, m/d/yyyy,
    mm.yyyy, yyyy-mm, German month names ('3. März 2024', 'März 2024')."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 20000 <= value < 80000:
        return date(1899, 12, 30) + timedelta(days=int(value))
    text = _text(value)
    if text is None:
        return None
    named = _month_name_date(text)
    if named is not None:
        return named
    text = text.split("T")[0].split(" ")[0]
    patterns = (
        (r"(\d{1,2})\.(\d{1,2})\.(\d{4})", ("d", "m", "Y")),
        (r"(\d{1,2})\.(\d{1,2})\.(\d{2})", ("d", "m", "y")),
        (r"(\d{4})-(\d{1,2})-(\d{1,2})", ("Y", "m", "d")),
        (r"(\d{1,2})/(\d{1,2})/(\d{4})", ("m", "d", "Y")),
        (r"(\d{1,2})[./](\d{4})", ("m", "Y")),
        (r"(\d{4})-(\d{1,2})", ("Y", "m")),
    )
    for pattern, parts in patterns:
        match = re.fullmatch(pattern, text)
        if not match:
            continue
        values = dict(zip(parts, (int(g) for g in match.groups()), strict=True))
        year = values.get("Y") or (2000 + values["y"] if values["y"] < 70 else 1900 + values["y"])
        try:
            return date(year, values["m"], values.get("d", 1))
        except ValueError:
            return None
    return None


def parse_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = _text(value)
    if text is None:
        return None
    text = re.sub(r"[.,]0+$", "", text)
    return int(text) if re.fullmatch(r"\d{1,4}", text) else None


def parse_age_band(value: Any) -> str | None:
    text = (_text(value) or "").lower().replace("–", "-").replace("—", "-").replace(" ", "")
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if not numbers:
        return None
    if text in people.AGE_BANDS:
        return text
    if re.search(r"<|unter|under|bis|u", text) and len(numbers) == 1:
        return people.age_band(numbers[0] - 1)
    if re.search(r"\+|ab|über|ueber|over|und", text) and len(numbers) == 1:
        return people.age_band(numbers[0])
    if len(numbers) == 2:
        band = people.age_band(numbers[0])
        return band if band == people.age_band(numbers[1]) else None
    return None


# the attributes the diversity page breaks the cohort down by, and the columns that give each
SUMMARY_ATTRIBUTES = {
    "gender": ("gender",), "age_band": ("birth_year", "age", "age_band"), "profession": ("profession",),
    "department": ("department",), "experience": ("experience",),
}


@dataclass
class PeopleBatch:
    """The people a roster or applicants file holds, the rejected rows and what was understood."""

    people: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    # column -> {value as written: count} for values that were not understood
    not_understood: dict[str, Counter] = field(default_factory=dict)
    experience_scale: str | None = None
    columns: tuple[str, ...] = ()
    rows: int = 0  # the file's rows that were read (the rejected and the repeated ones included)

    def summary(self) -> dict[str, Any]:
        """How many people have each attribute known (the JSON ``attributes`` of a report)."""
        total = len(self.people)
        out = []
        for attribute, sources in SUMMARY_ATTRIBUTES.items():
            not_understood = Counter()
            for source in sources:
                not_understood.update(self.not_understood.get(source, Counter()))
            out.append({
                "attribute": attribute,
                "column_found": any(c in self.columns for c in sources),
                "known": sum(1 for p in self.people if p.get(attribute) is not None),
                "total": total,
                "not_understood": dict(sorted(not_understood.items(), key=lambda kv: (-kv[1], kv[0]))),
            })
        return {"people": total, "experience_scale": self.experience_scale, "attributes": out}


def _full_name(raw: dict[str, Any]) -> str | None:
    """The name, or first and last name joined ('Vorname' + 'Nachname'; 'Name' is the surname then)."""
    first = _text(raw.get("first_name"))
    last = _text(raw.get("last_name"))
    name = _text(raw.get("name"))
    if first is None and last is None:
        return name
    surname = last or name
    if first and surname and first.casefold() in surname.casefold().split():
        return surname
    return " ".join(part for part in (first, surname) if part) or None


def person_record(line: int, raw: dict[str, Any], kind: str, batch: PeopleBatch | None = None,
                  ) -> tuple[dict[str, Any] | None, Rejection | None]:
    """A canonical person (roster or applicant) or the reason the row is rejected.

    A gender or experience that is not understood leaves the attribute unknown and is counted
    in ``batch.not_understood``; the person is kept.
    """
    batch = batch if batch is not None else PeopleBatch()
    name = _full_name(raw)
    if name is None or not people.normalise_name(name):
        return None, (line, "reject_missing_name", {})
    out: dict[str, Any] = {"name": name, "name_key": people.normalise_name(name)}

    def not_understood(column: str, value: str) -> None:
        batch.not_understood.setdefault(column, Counter())[value] += 1

    for column in ("profession", "department", "cohort"):
        if column in raw:
            out[column] = _text(raw[column])
    for column in ("joined_on", "left_on"):  # the start and the end of the participation
        if column in raw and _text(raw[column]) is not None:
            day = parse_date(raw[column])
            if day is None:
                return None, (line, "reject_bad_date", {"value": _text(raw[column])})
            out[column] = day
    if out.get("joined_on") and out.get("left_on") and out["left_on"] < out["joined_on"]:
        return None, (line, "reject_left_before_joined", {"joined": _text(raw["joined_on"]),
                                                          "left": _text(raw["left_on"])})
    if "gender" in raw and _text(raw["gender"]) is not None:
        gender, understood = V.gender(_text(raw["gender"]))
        out["gender"] = gender
        if not understood:
            not_understood("gender", _text(raw["gender"]))
    if "experience" in raw and _text(raw["experience"]) is not None:
        level, understood = V.experience(raw["experience"], batch.experience_scale)
        out["experience"] = level
        if not understood:
            not_understood("experience", _text(raw["experience"]))
    reference = (out.get("joined_on") or date.today()).year
    if "birth_year" in raw and _text(raw["birth_year"]) is not None:
        year = parse_int(raw["birth_year"])
        if year is None or not 1900 <= year <= date.today().year:
            return None, (line, "reject_bad_year", {"column": "birth_year", "value": _text(raw["birth_year"])})
        out["birth_year"] = year
        out["age_band"] = people.age_band_from_birth_year(year, reference)
    if "age" in raw and _text(raw["age"]) is not None:
        age = parse_int(raw["age"])
        if age is None or not 14 <= age <= 100:
            return None, (line, "reject_bad_year", {"column": "age", "value": _text(raw["age"])})
        out["age_band"] = people.age_band(age)
    if "age_band" in raw and _text(raw["age_band"]) is not None:
        band = parse_age_band(raw["age_band"])
        if band is None:
            return None, (line, "reject_bad_value", {"column": "age_band", "value": _text(raw["age_band"]),
                                                       "allowed": ", ".join(people.AGE_BANDS)})
        out["age_band"] = band
    if kind == "applicants":
        selected = V.yes_no(raw.get("selected"))
        if selected is None:
            return None, (line, "reject_bad_value", {"column": "selected", "value": _text(raw.get("selected")),
                                                       "allowed": "ja, nein, x, ✓, 1, 0"})
        out["selected"] = selected
    return out, None


def read_people(records, kind: str, experience_header: str | None = None) -> PeopleBatch:
    """Every row of a roster or applicants file read as a person (later rows of a name win)."""
    records = list(records)
    columns = tuple(dict.fromkeys(c for _line, raw in records for c in raw))
    batch = PeopleBatch(columns=columns, rows=len(records), experience_scale=V.experience_scale(
        experience_header, [raw.get("experience") for _line, raw in records if _text(raw.get("experience"))]))
    by_key: dict[str, dict[str, Any]] = {}
    for line, raw in records:
        person, problem = person_record(line, raw, kind, batch)
        if problem:
            batch.rejected.append(problem)
        else:
            by_key[person["name_key"]] = person
    batch.people = list(by_key.values())
    return batch


def influencer_for(cur, name: str, import_id: int) -> int:
    """The influencer with this name (ignoring case, spaces, emoji), created 'not in roster' if new."""
    key = people.normalise_name(name)
    row = cur.execute("SELECT influencer_id FROM influencers WHERE name_key = ?", [key]).fetchone()
    if row:
        return row[0]
    return cur.execute(
        "INSERT INTO influencers (name, name_key, in_roster, import_id) VALUES (?, ?, FALSE, ?) "
        "RETURNING influencer_id",
        [name.strip(), key, import_id],
    ).fetchone()[0]


@dataclass(frozen=True)
class OutcomeRow:
    """One outcome as a file gives it, its type a code (``speaker_request``) and its person a name."""

    occurred_on: date
    type: str
    person: str | None
    note: str | None
    post_key: str | None = None  # the post it came from, where known (the demo's outcomes)


@dataclass
class Outcomes:
    """The outcomes a file holds and the rows that were rejected."""

    rows: list[OutcomeRow] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    read: int = 0  # the file's rows that were read


def read_outcomes(records) -> Outcomes:
    """Every row of an outcomes file: a date, a type the cockpit knows, a person (optional), a note."""
    records = list(records)
    out = Outcomes(read=len(records))
    for line, raw in records:
        day_text = _text(raw.get("date"))
        if day_text is None:
            out.rejected.append((line, "reject_missing_date", {}))
            continue
        day = parse_date(raw.get("date"))
        if day is None:
            out.rejected.append((line, "reject_bad_date", {"value": day_text}))
            continue
        type_text = _text(raw.get("type"))
        if type_text is None:
            out.rejected.append((line, "reject_missing_type", {}))
            continue
        code = C.lookup(type_text, C.OUTCOME_VALUES)
        if code is None:
            out.rejected.append((line, "reject_bad_value", {
                "column": "type", "value": type_text,
                "allowed": "Praktikumsanfrage, Bewerbung, Vortragsanfrage, Podcast-Anfrage, Presse"}))
            continue
        person = _text(raw.get("person"))
        if person is not None and not people.normalise_name(person):
            person = None
        note = raw.get("note")
        note = cell_text(note) if note is not None else None
        out.rows.append(OutcomeRow(day, code, person, note or None, _text(raw.get("post_key"))))
    return out
