"""Which sheets of a plain workbook hold the table to import (pure: rows in, a plan out).

Every sheet is considered. The sheet whose header row looks most like known headers is the
table; every other sheet whose header row names the same columns (one sheet per month, per
quarter, per person) is imported with it, its rows put in the first sheet's column order.
Sheets that are not tables (notes, charts, pivot summaries) or hold a different table are
named as skipped; empty sheets are passed over without a word.

Rows of the second and later sheets carry line numbers ``sheet index * LINE_BLOCK + line`` so
that a line stays unique across sheets; :func:`sheet_line` turns one back into (sheet, line).

Totals rows — a first filled cell of ``Summe``, ``Gesamt``, ``Durchschnitt``, ``Total`` … —
are left out of the data and their lines kept, so that the report names them instead of
listing them as rows with a bad date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from analytics.ingest import columns as C

LINE_BLOCK = 10_000_000  # more than the 1,048,576 rows a sheet can have
TOTALS_WORDS = ("summe", "summen", "gesamt", "gesamtsumme", "insgesamt", "durchschnitt", "mittelwert", "total",
                "totals", "sum", "average", "avg")


@dataclass
class SheetTable:
    title: str
    header_index: int  # 0-based row of the header
    headers: list[str]
    kind: str
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)  # (line, cells in the first sheet's order)
    totals_rows: list[int] = field(default_factory=list)


@dataclass
class WorkbookPlan:
    tables: list[SheetTable]
    skipped: list[str]
    # sheets named for people (no author column, one sheet per person): the sheet name is the author
    authors_from_titles: bool = False

    @property
    def rows(self) -> list[tuple[int, list[Any]]]:
        return [row for table in self.tables for row in table.rows]

    @property
    def totals_rows(self) -> list[int]:
        return [line for table in self.tables for line in table.totals_rows]


def is_totals_row(cells: list[Any], text: Callable[[Any], str | None]) -> bool:
    """Whether the row's first filled cell says it sums up the rows above (Summe, Gesamt, Ø …)."""
    for value in cells:
        cell = (text(value) or "").strip()
        if not cell:
            continue
        if cell.startswith(("Ø", "∑", "Σ")):
            return True
        words = C.normalise_header(cell).split()
        return bool(words) and words[0] in TOTALS_WORDS
    return False


def sheet_line(line: int, titles: list[str]) -> tuple[str, int]:
    """(sheet title, line in that sheet) of a line number of a multi-sheet plan."""
    index, inner = divmod(line, LINE_BLOCK)
    return titles[index], inner


def _reorder(headers: list[str], mapping: dict[str, str], first_headers: list[str],
             first_mapping: dict[str, str]) -> list[int | None]:
    """For each column of the first sheet, the index of the same column in this sheet."""
    by_column = {column: headers.index(h) for h, column in mapping.items()}
    by_norm = {C.normalise_header(h): i for i, h in enumerate(headers) if h}
    out: list[int | None] = []
    for header in first_headers:
        column = first_mapping.get(header)
        out.append(by_column.get(column) if column else by_norm.get(C.normalise_header(header)))
    return out


def plan_workbook(sheets: dict[str, list[tuple[Any, ...]]], find_header: Callable[[list[tuple[Any, ...]]], int],
                  text: Callable[[Any], str | None]) -> WorkbookPlan | None:
    """The tables to import and the sheets skipped; None when no sheet holds a table."""
    candidates = []
    skipped_empty = []
    for position, (title, rows) in enumerate(sheets.items()):
        if not rows:
            skipped_empty.append(title)
            continue
        index = find_header(rows)
        headers = [(text(v) or "").strip() for v in rows[index]]
        candidates.append((C.header_score(headers), -position, title, index, headers))
    if not candidates:
        return None
    best = max(candidates)
    score, _pos, title, index, headers = best
    if score == 0 and sum(1 for h in headers if h) < 2:
        return None
    kind = C.guess_kind(headers)
    first_mapping = C.propose_mapping(headers, kind)
    tables, skipped = [], []
    for cand in sorted(candidates, key=lambda c: -c[1]):  # workbook order
        cand_score, _p, cand_title, cand_index, cand_headers = cand
        if cand is best:
            order = list(range(len(headers)))
        else:
            mapping = C.propose_mapping(cand_headers, kind)
            same = (cand_score > 0 and C.guess_kind(cand_headers) == kind
                    and sorted(mapping.values()) == sorted(first_mapping.values()))
            if not same:
                skipped.append(cand_title)
                continue
            order = _reorder(cand_headers, mapping, headers, first_mapping)
        tables.append(SheetTable(cand_title, cand_index, cand_headers, kind))
        for offset, row in enumerate(sheets[cand_title][cand_index + 1:]):
            cells = list(row)
            if not any((text(v) or "").strip() for v in cells):
                continue
            line = cand_index + 2 + offset
            if is_totals_row(cells, text):
                tables[-1].totals_rows.append(line)
                continue
            tables[-1].rows.append((line, [cells[i] if i is not None and i < len(cells) else None for i in order]))
    tables.sort(key=lambda tb: tb.title != title)  # the best sheet first: its headers are the file's
    plan = WorkbookPlan(tables=_renumber(tables), skipped=skipped)
    if kind == "posts" and "author" not in first_mapping.values() and len(tables) > 1 and not any(
            _names_a_period(table.title) for table in tables):
        plan.authors_from_titles = True
        for table in plan.tables:
            table.headers = [*headers, AUTHOR_FROM_TITLE]
            table.rows = [(line, [*cells, table.title]) for line, cells in table.rows]
    return plan


AUTHOR_FROM_TITLE = "Autor:in"  # the column added for sheets named for people (an exact synonym of author)
_PERIOD_WORDS = ("jan", "feb", "mär", "mae", "mrz", "mar", "apr", "mai", "may", "jun", "jul", "aug", "sep", "okt",
                 "oct", "nov", "dez", "dec", "quartal", "quarter", "halbjahr", "woche", "week", "monat", "month",
                 "jahr", "year", "kw")


def _names_a_period(title: str) -> bool:
    """Whether a sheet name names a month, quarter, week or year ('Januar', 'Q1 2023', '2024', 'KW 5')."""
    text = title.casefold()
    if re.search(r"\d", text) or re.search(r"\bq[1-4]\b", text):
        return True
    return any(word.startswith(_PERIOD_WORDS) for word in re.findall(r"[^\W\d_]+", text))


def _renumber(tables: list[SheetTable]) -> list[SheetTable]:
    """Line numbers in blocks by the plan's order (the first table keeps plain line numbers)."""
    for position, table in enumerate(tables):
        block = position * LINE_BLOCK
        table.rows = [(block + line, cells) for line, cells in table.rows]
        table.totals_rows = [block + line for line in table.totals_rows]
    return tables


def report_extra(plan: WorkbookPlan) -> dict[str, Any]:
    """What the report needs of a plan: the sheets imported (with their rows), skipped sheets, totals rows."""
    return {
        "sheet_titles": [table.title for table in plan.tables],
        "sheet_rows": [(table.title, len(table.rows)) for table in plan.tables],
        "skipped_sheets": plan.skipped,
        "totals_rows": plan.totals_rows,
        "authors_from_titles": [table.title for table in plan.tables] if plan.authors_from_titles else [],
    }
