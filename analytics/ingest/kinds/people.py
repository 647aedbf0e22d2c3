"""People: the roster (``influencers``) and the applicants (``applicants``).

Both are small tables read row by row in Python (:mod:`analytics.ingest.roster`) and upserted
by name key (the name ignoring case, spaces and emoji). A value a file leaves empty keeps the
known one; what an update replaces goes into the import's undo snapshot.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from analytics.errors import CockpitError
from analytics.ingest import columns as C
from analytics.ingest.kinds.base import Kind, Load, Loaded, PersonRows, Progress
from analytics.ingest.roster import PeopleBatch, read_people
from analytics.ingest.rows import table_records
from analytics.ingest.sources import Detected

ROSTER_FIELDS = ("name", "birth_year", "age_band", "gender", "profession", "department", "experience",
                 "joined_on", "left_on", "cohort")
APPLICANT_FIELDS = ("name", "name_key", "birth_year", "age_band", "gender", "profession", "department",
                    "experience", "cohort", "selected")


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, (date, datetime)) else v) for k, v in row.items()}


def _read(cur, det: Detected, kind: str) -> PeopleBatch:
    """The people of a roster or applicants file (an experience scale is guessed from its header)."""
    rows = table_records(cur, det, C.PEOPLE_COLUMNS)
    experience_header = next((h for h, c in det.mapping.items() if c == "experience"), None)
    return read_people(rows, kind, experience_header)


def _read_or_refuse(batch: PeopleBatch, load: Load) -> None:
    if not batch.rows:
        raise CockpitError("import_no_rows", file=load.file_name)


class Roster(Kind):
    """The influencers of the programme: who they are, and the attributes the diversity page reads."""

    name = "roster"
    tables = ("influencers",)
    unit = "people"
    unit_words = ("unit_person", "unit_people")
    person_rows = (PersonRows(
        "influencers", "influencer_id = {id}", part="person",
        columns="name, birth_year, age_band, gender, profession, department, experience, joined_on, left_on, "
                "cohort, in_roster"),)

    def stage(self, cur, det: Detected, author: str | None, step: Progress) -> PeopleBatch:
        return _read(cur, det, self.name)

    def load(self, cur, batch: PeopleBatch, load: Load) -> Loaded:
        """Upsert the roster's people; a person known only as an author joins the roster."""
        _read_or_refuse(batch, load)
        loaded = Loaded(self.name, rows=batch.rows, rejected=batch.rejected, attributes=batch.summary(),
                        details={"known_as_author": 0})
        cols = ", ".join(ROSTER_FIELDS)
        for person in {person["name_key"]: person for person in batch.people}.values():
            row = cur.execute(
                f"SELECT influencer_id, {cols}, in_roster FROM influencers WHERE name_key = ?",  # noqa: S608
                [person["name_key"]],
            ).fetchone()
            if row is None:
                cur.execute(
                    f"INSERT INTO influencers ({cols}, name_key, in_roster, is_demo, import_id) "  # noqa: S608
                    f"VALUES ({', '.join('?' for _ in ROSTER_FIELDS)}, ?, TRUE, ?, ?)",
                    [person.get(f) for f in ROSTER_FIELDS] + [person["name_key"], load.demo, load.import_id],
                )
                loaded.inserted += 1
                continue
            old = dict(zip(("influencer_id", *ROSTER_FIELDS, "in_roster"), row, strict=True))
            new = {f: (person[f] if person.get(f) is not None else old[f]) for f in ROSTER_FIELDS}
            new["name"] = old["name"] if old["in_roster"] else person["name"]
            if load.demo or (all(new[f] == old[f] for f in ROSTER_FIELDS) and old["in_roster"]):
                loaded.unchanged += 1
                continue
            load.snapshot.setdefault("influencers", []).append(_jsonable(old))
            cur.execute(
                f"UPDATE influencers SET {', '.join(f + ' = ?' for f in ROSTER_FIELDS)}, in_roster = TRUE "  # noqa: S608
                "WHERE influencer_id = ?",
                [new[f] for f in ROSTER_FIELDS] + [old["influencer_id"]],
            )
            loaded.updated += 1
            if not old["in_roster"]:
                loaded.details["known_as_author"] += 1
        return loaded

    def undo(self, cur, import_id: int, snapshot: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
        """People the import changed get their earlier values back (the new ones go with the import,
        see :func:`analytics.ingest.kinds.forget_new_people`)."""
        fields = [*ROSTER_FIELDS, "in_roster"]
        for old in snapshot.get("influencers", []):
            cur.execute(
                f"UPDATE influencers SET {', '.join(f + ' = ?' for f in fields)} WHERE influencer_id = ?",  # noqa: S608
                [old[f] for f in fields] + [old["influencer_id"]],
            )
        return 0, len(snapshot.get("influencers", []))

    def parts(self, counts: dict[str, int]) -> list[tuple[str, str, int]]:
        """'8 Personen neu, 8 bereits als Autor:in bekannt und ergänzt': people known from their
        posts who joined the roster are said apart from those updated."""
        known = counts.get("known_as_author", 0)
        return [("count_new", "count_new_unit", counts["inserted"]),
                ("count_known_as_author", "count_known_as_author_unit", known),
                ("count_updated", "count_updated_unit", counts["updated"] - known),
                ("count_unchanged", "count_unchanged_unit", counts["unchanged"])]


class Applicants(Kind):
    """Everyone who applied, selected or not; never added to the roster (the cohort)."""

    name = "applicants"
    tables = ("applicants",)
    unit = "applications"
    unit_words = ("unit_application", "unit_applications")
    person_rows = (PersonRows(
        "applicants", "name_key = {key}", part="applications",
        columns="name, birth_year, age_band, gender, profession, department, experience, cohort, selected",
        order="applicant_id"),)

    def stage(self, cur, det: Detected, author: str | None, step: Progress) -> PeopleBatch:
        return _read(cur, det, self.name)

    def load(self, cur, batch: PeopleBatch, load: Load) -> Loaded:
        """Upsert applicants by name (the demo's are never matched with a real application)."""
        _read_or_refuse(batch, load)
        loaded = Loaded(self.name, rows=batch.rows, rejected=batch.rejected, attributes=batch.summary())
        cols = ", ".join(APPLICANT_FIELDS)
        for person in {person["name_key"]: person for person in batch.people}.values():
            row = None if load.demo else cur.execute(
                f"SELECT applicant_id, {cols} FROM applicants WHERE name_key = ? AND NOT is_demo "  # noqa: S608
                "ORDER BY applicant_id LIMIT 1",
                [person["name_key"]],
            ).fetchone()
            if row is None:
                cur.execute(
                    f"INSERT INTO applicants ({cols}, is_demo, import_id) "  # noqa: S608
                    f"VALUES ({', '.join('?' for _ in APPLICANT_FIELDS)}, ?, ?)",
                    [person.get(f) for f in APPLICANT_FIELDS] + [load.demo, load.import_id],
                )
                loaded.inserted += 1
                continue
            old = dict(zip(("applicant_id", *APPLICANT_FIELDS), row, strict=True))
            new = {f: (person[f] if person.get(f) is not None else old[f]) for f in APPLICANT_FIELDS}
            if all(new[f] == old[f] for f in APPLICANT_FIELDS):
                loaded.unchanged += 1
                continue
            load.snapshot.setdefault("applicants", []).append(_jsonable(old))
            cur.execute(
                f"UPDATE applicants SET {', '.join(f + ' = ?' for f in APPLICANT_FIELDS)} WHERE applicant_id = ?",  # noqa: S608
                [new[f] for f in APPLICANT_FIELDS] + [old["applicant_id"]],
            )
            loaded.updated += 1
        return loaded

    def undo(self, cur, import_id: int, snapshot: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
        """The import's new applications go; the ones it updated get their earlier values back."""
        removed, _ = super().undo(cur, import_id, snapshot)
        for old in snapshot.get("applicants", []):
            cur.execute(
                f"UPDATE applicants SET {', '.join(f + ' = ?' for f in APPLICANT_FIELDS)} WHERE applicant_id = ?",  # noqa: S608
                [old[f] for f in APPLICANT_FIELDS] + [old["applicant_id"]],
            )
        return removed, len(snapshot.get("applicants", []))
