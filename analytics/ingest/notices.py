"""What a file lost or what the importer had to decide: the report's ``warnings``, in the user's language.

Nothing a file holds may be dropped silently. Besides the rejected rows (with line and reason)
and the unused columns (``unmapped_columns``), a report warns when

- an attribute of the people in a roster or applicants list is unknown for most of them,
- values of a column were not understood (each listed with its count),
- experience numbers were read on a scale (which one, and how it maps to the bands),
- two headers could both be a column (which one was used),
- sheets of a workbook were skipped, or rows looked like totals and were left out,
- rows of a LinkedIn demographics block could not be read.
"""

from __future__ import annotations

from typing import Any

from analytics.i18n import fmt_number, t
from analytics.ingest import kinds
from analytics.ingest.columns import COLUMN_TEXT_KEYS
from analytics.ingest.workbook import sheet_line

MAX_VALUES_SHOWN = 5
# how each experience scale is read (see analytics.ingest.values)
SCALE_RULE_TEXT_KEYS = {"0–3": "experience_rule_0–3", "1–5": "experience_rule_1–5", "0–10": "experience_rule_0–10"}


def _column(column: str, lang: str) -> str:
    return t(COLUMN_TEXT_KEYS[column], lang)


def values_text(counts: dict[str, int], lang: str) -> str:
    """'„k. A.“ (4×), „?“ (1×)' — the first few values not understood, with their counts."""
    shown = [f"„{value}“ ({fmt_number(n, lang)}×)" for value, n in list(counts.items())[:MAX_VALUES_SHOWN]]
    if len(counts) > MAX_VALUES_SHOWN:
        shown.append(t("warn_more_values", lang, n=fmt_number(len(counts) - MAX_VALUES_SHOWN, lang)))
    return ", ".join(shown)


def attribute_warnings(attributes: dict[str, Any], lang: str) -> list[str]:
    """Warnings about the people's attributes (see ``roster.PeopleBatch.summary``)."""
    out = []
    total = attributes["people"]
    for entry in attributes["attributes"]:
        name = _column(entry["attribute"], lang)
        if entry["not_understood"]:
            n = sum(entry["not_understood"].values())
            out.append(t("warn_values_not_understood", lang, column=name, n=fmt_number(n, lang),
                         values=values_text(entry["not_understood"], lang)))
        unknown = total - entry["known"]
        if total and unknown * 2 > total:
            key = "warn_attribute_unknown" if entry["column_found"] else "warn_attribute_no_column"
            out.append(t(key, lang, column=name, unknown=fmt_number(unknown, lang), total=fmt_number(total, lang)))
    if attributes.get("experience_scale"):
        scale = attributes["experience_scale"]
        out.append(t("warn_experience_scale", lang, scale=scale, rule=t(SCALE_RULE_TEXT_KEYS[scale], lang)))
    return out


def _lines_text(lines: list[int], titles: list[str], lang: str) -> str:
    """'Zeile 4, Zeile 9' or '„Januar“ Zeile 6, …' (a workbook of several sheets); the first ten."""
    if len(titles) > 1:
        labels = [t("warn_sheet_line", lang, sheet=sheet, line=line) for sheet, line in
                  (sheet_line(n, titles) for n in lines)]
    else:
        labels = [t("warn_line", lang, line=n) for n in lines]
    return ", ".join(labels[:10]) + (" …" if len(labels) > 10 else "")


def for_file(det, report, lang: str) -> list[str]:
    """Every warning for one imported (or dry-run) file."""
    out = []
    for column, headers in det.extra.get("header_ties", {}).items():
        out.append(t("warn_header_tie", lang, column=_column(column, lang), chosen=headers[0],
                     others=", ".join(f"„{h}“" for h in headers[1:])))
    if det.extra.get("authors_from_titles"):
        names = ", ".join(f"„{name}“" for name in det.extra["authors_from_titles"])
        out.append(t("warn_authors_from_sheets", lang, names=names))
    for sheet in det.extra.get("skipped_sheets", []):
        out.append(t("warn_sheet_skipped", lang, sheet=sheet, first=det.sheet))
    if det.extra.get("demographic_problems"):
        out.append(t("import_warn_demographic_lines", lang, sheet=det.extra.get("audience_sheet", ""),
                     lines=", ".join(str(line) for line in det.extra["demographic_problems"])))
    titles = det.extra.get("sheet_titles", [])
    for key, extra in (("warn_totals_rows", "totals_rows"), ("warn_separator_rows", "separator_rows")):
        lines = det.extra.get(extra, [])
        if lines:
            out.append(t(key, lang, n=fmt_number(len(lines), lang), lines=_lines_text(lines, titles, lang)))
    if report.attributes is not None:
        out.extend(attribute_warnings(report.attributes, lang))
    return out


def summary(report, lang: str) -> str:
    """What each kind of rows the file fed did, in its own words: '7 Beiträge neu · 90 Follower-Tage neu'."""
    return kinds_summary(report.kinds, lang)


def kinds_summary(entries: list[dict[str, Any]], lang: str) -> str:
    """Each kind's counts (the report's ``kinds``, as the history keeps them) in its own words."""
    return " · ".join(kinds.kind(entry["kind"]).summary(entry, lang) for entry in entries)


def rejected_words(n: int, lang: str) -> str:
    """'1 Zeile abgelehnt' / '3 Zeilen abgelehnt' (rows, whatever kind they would have been)."""
    return t("count_rejected_one" if n == 1 else "count_rejected_other", lang, n=fmt_number(n, lang))


# a kind's counts that the report's totals (the page's tiles) show already
_TOTALS = ("kind", "unit", "rows", "inserted", "updated", "unchanged", "rejected")


def report_lines(report, lang: str, *, with_summary: bool = True) -> list[str]:
    """What is listed above the warnings: what each kind did where the totals do not tell (a file
    of several kinds, a kind's own counts; not ``with_summary`` where each kind's counts are shown
    apart anyway), rows per sheet, people with each attribute known."""
    out = []
    if with_summary and (len(report.kinds) > 1
                         or any(n for entry in report.kinds for key, n in entry.items() if key not in _TOTALS)):
        out.append(summary(report, lang))
    out += [t("sheet_rows", lang, sheet=s["sheet"], rows=fmt_number(s["rows"], lang),
              rejected=fmt_number(s["rejected"], lang)) for s in report.sheets or []]
    return out + attribute_lines(report.attributes, lang)


def attribute_lines(attributes: dict[str, Any] | None, lang: str) -> list[str]:
    """'Geschlecht: 16 von 16 erkannt', … — one line per attribute, for the import page."""
    if not attributes:
        return []
    out = []
    total = fmt_number(attributes["people"], lang)
    for entry in attributes["attributes"]:
        text = t("attr_known", lang, column=_column(entry["attribute"], lang),
                 known=fmt_number(entry["known"], lang), total=total)
        if not entry["column_found"]:
            text += " " + t("attr_no_column", lang)
        if entry["not_understood"]:
            n = sum(entry["not_understood"].values())
            text += " — " + t("attr_not_understood", lang, n=fmt_number(n, lang),
                              values=values_text(entry["not_understood"], lang))
        out.append(text)
    return out
