"""Pages of people: charts with one row per person show 30 people at a time."""

from __future__ import annotations

from analytics.i18n import fmt_number, t

PAGE_SIZE = 30  # people per page in charts with one row per person


def page_count(total: int, size: int = PAGE_SIZE) -> int:
    """Pages of ``size`` people needed for ``total`` people (at least one)."""
    return max(1, -(-int(total) // size))


def page_label(page: int, total: int, lang: str, size: int = PAGE_SIZE) -> str:
    """'Personen 31–60 von 1.000' for the 0-based ``page``."""
    first = page * size + 1
    last = min(total, first + size - 1)
    return t("eng_people_page", lang, first=fmt_number(first, lang), last=fmt_number(last, lang),
             total=fmt_number(total, lang))
