"""What a kind of imported rows is: the base class of the registry in :mod:`analytics.ingest.kinds`.

A kind owns what happens to its tables, wherever it happens:

- :meth:`Kind.stage` reads its rows of a recognised file, outside the import's transaction
  (DuckDB reads a CSV into temporary tables, and a failed read must not abort a transaction);
- :meth:`Kind.load` writes staged rows into its tables inside the import's transaction, keeps
  the rows it changes in the import's undo snapshot and says what it did (:class:`Loaded`);
  the demo loads through the same method (:attr:`Load.demo`);
- :meth:`Kind.undo` takes an import's rows back and restores what the snapshot holds;
- :meth:`Kind.summary` says what a load did in the kind's own words;
- :attr:`Kind.person_rows` are one person's rows in its tables: erased with the person, listed
  in their right-of-access export, aged out by retention; :attr:`Kind.free_text` are its texts
  that may name people (an erasure replaces the name there).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from analytics.i18n import fmt_number, t
from analytics.ingest.rows import Rejection
from analytics.ingest.sources import Detected

# import_file reports each step to ``progress(fraction done, step)`` (see analytics.ingest.core.STEPS)
Progress = Callable[[float, str], None]


@dataclass
class Load:
    """Where staged rows go: the import they belong to, and what the kinds need to know of it."""

    import_id: int
    file_name: str
    author: str | None = None  # whose posts a member export (or a sheet without an author column) holds
    # the demo: its rows are flagged as demo rows, and no row the workspace already holds is changed
    demo: bool = False
    lang: str = "de"
    # what the import changes, by part, so that undoing it can put the rows back (``import_undo``)
    snapshot: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass
class Loaded:
    """What loading one kind's rows of a file did: the report's totals and the kind's own counts."""

    kind: str
    rows: int = 0  # the file's rows this kind read, rejected ones included
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    details: dict[str, int] = field(default_factory=dict)  # counts in the kind's own words
    # lines the report names apart from rejected rows ("separator_rows", "totals_rows")
    lines: dict[str, list[int]] = field(default_factory=dict)
    attributes: dict[str, Any] | None = None  # people: how many have each attribute known
    possible_duplicates: list[dict[str, Any]] = field(default_factory=list)

    def entry(self, unit: str) -> dict[str, Any]:
        """The kind's entry of the report: its counts, the unit they count, its own counts."""
        return {"kind": self.kind, "unit": unit, "rows": self.rows, "inserted": self.inserted,
                "updated": self.updated, "unchanged": self.unchanged, "rejected": len(self.rejected),
                **self.details}

    def with_counts(self, counts: dict[str, Any]) -> Loaded:
        """Take inserted / updated / unchanged from ``counts``; returns itself."""
        self.inserted, self.updated, self.unchanged = counts["inserted"], counts["updated"], counts["unchanged"]
        return self


@dataclass(frozen=True)
class PersonRows:
    """One person's rows in a table: erased with them, listed in their access export, aged by retention.

    The conditions are SQL over the table's columns: ``{id}`` stands for the person's
    influencer id, ``{key}`` for their name key; ``$cut`` in :attr:`older_than` for the first
    day that retention keeps.
    """

    table: str
    of_person: str
    part: str = ""  # the name of the part in the access export (default: the table's)
    columns: str = "*"  # what the access export shows
    order: str = ""  # the access export's order (SQL)
    older_than: str | None = None  # rows retention removes (None: kept however old)

    @property
    def name(self) -> str:
        """The access export's name of the part."""
        return self.part or self.table

    def where(self, person_id: str = "$id", person_key: str = "$key") -> str:
        """The condition for one person, by default as the parameters ``$id`` and ``$key``."""
        return self.of_person.format(id=person_id, key=person_key)


@dataclass(frozen=True)
class FreeText:
    """A text column that may name people: an erasure replaces their name there."""

    table: str
    ids: tuple[str, ...]  # the columns that name a row
    column: str


class Kind:
    """One kind of rows an import brings (see the module's docstring)."""

    name: ClassVar[str]  # as the import history keeps it (``imports.kind``)
    tables: ClassVar[tuple[str, ...]]  # the tables it owns, its main table first
    unit: ClassVar[str]  # what it counts, in the JSON report ("posts", "people", …)
    unit_words: ClassVar[tuple[str, str]]  # the i18n keys of the unit: one, several
    # staged from files of any kind: :meth:`stage` returns None for a file without its rows
    alongside: ClassVar[bool] = False
    person_rows: ClassVar[tuple[PersonRows, ...]] = ()
    free_text: ClassVar[tuple[FreeText, ...]] = ()
    # tables whose ``influencer_id`` keeps a person: undoing the import that added them leaves them
    people_refs: ClassVar[tuple[str, ...]] = ()
    # counted in the import's report (False: what the kind keeps is about the file's rows, not rows of it)
    reported: ClassVar[bool] = True

    def stage(self, cur, det: Detected, author: str | None, step: Progress) -> Any | None:
        """This kind's rows of the file, ready for :meth:`load` (None: the file holds none)."""
        raise NotImplementedError

    def load(self, cur, staged: Any, load: Load) -> Loaded:
        """Write the staged rows into the kind's tables (inside the caller's transaction)."""
        raise NotImplementedError

    def undo(self, cur, import_id: int, snapshot: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
        """Take an import's rows back: (rows removed, rows restored). By default its rows go."""
        removed = 0
        for table in self.tables:
            removed += cur.execute(f"DELETE FROM {table} WHERE import_id = ?",  # noqa: S608 - fixed names
                                   [import_id]).fetchone()[0]
        return removed, 0

    def parts(self, counts: dict[str, int]) -> list[tuple[str, str, int]]:
        """What a load did, part by part, from its counts as the report keeps them
        (:meth:`Loaded.entry`): (key, key with the unit, count), in the order they are said."""
        return [("count_new", "count_new_unit", counts["inserted"]),
                ("count_updated", "count_updated_unit", counts["updated"]),
                ("count_unchanged", "count_unchanged_unit", counts["unchanged"])]

    def summary(self, counts: dict[str, int], lang: str) -> str:
        """What a load did in the kind's own words ("7 Beiträge neu, 2 aktualisiert")."""
        return self.counted(self.parts(counts), lang)

    def counted(self, parts: list[tuple[str, str, int]], lang: str) -> str:
        """Non-zero counts joined, the unit named with the first: (key, key with the unit, count)."""
        shown = [(plain, with_unit, n) for plain, with_unit, n in parts if n]
        if not shown:
            return t("count_none", lang, n=fmt_number(0, lang), unit=t(self.unit_words[1], lang))
        out = []
        for index, (plain, with_unit, n) in enumerate(shown):
            if index:
                out.append(t(plain, lang, n=fmt_number(n, lang)))
            else:
                unit = t(self.unit_words[0 if n == 1 else 1], lang)
                out.append(t(with_unit, lang, n=fmt_number(n, lang), unit=unit))
        return ", ".join(out)

    def drop_demo(self, cur) -> None:
        """Remove the demo's rows from the kind's tables: those flagged as demo rows, or of the demo's import."""
        for table in self.tables:
            flagged = cur.execute(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND column_name = 'is_demo'",
                [table]).fetchone()[0]
            if flagged:
                cur.execute(f"DELETE FROM {table} WHERE is_demo")  # noqa: S608 - fixed names
            else:
                cur.execute(f"DELETE FROM {table} WHERE import_id IN "  # noqa: S608
                            "(SELECT import_id FROM imports WHERE kind = 'demo')")
