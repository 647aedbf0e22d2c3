"""The audience in words: export windows, what a figure rests on, the briefing's sentence.

The figures come from :mod:`analytics.queries.audience`; the page "Publikum", the one-person view
and the briefing say them the same way.
"""

from __future__ import annotations

from datetime import date

from analytics.i18n import MONTHS_SHORT, fmt_number, fmt_percent, lang_or_default, t
from analytics.queries.audience import Audience

# the categories in words; a category LinkedIn adds later keeps its own label
CATEGORY_TEXT_KEYS = {
    "location": "aud_cat_location", "job_title": "aud_cat_job_title", "industry": "aud_cat_industry",
    "seniority": "aud_cat_seniority", "company_size": "aud_cat_company_size", "company": "aud_cat_company",
}


def category_label(category: str, lang: str) -> str:
    """'Standorte' for 'location'; an unknown category as the export names it."""
    key = CATEGORY_TEXT_KEYS.get(category)
    return t(key, lang) if key else category


def window_label(start: date, end: date, lang: str) -> str:
    """'01.01.–31.03.2026', '01.04.2025–31.03.2026' (de); '1 Jan – 31 Mar 2026' (en)."""
    if lang_or_default(lang) == "de":
        first = start.strftime("%d.%m.") if start.year == end.year else start.strftime("%d.%m.%Y")
        return f"{first}–{end.strftime('%d.%m.%Y')}"
    months = MONTHS_SHORT["en"]
    first = f"{start.day} {months[start.month - 1]}" + ("" if start.year == end.year else f" {start.year}")
    return f"{first} – {end.day} {months[end.month - 1]} {end.year}"


def months_label(first: date, last: date) -> str:
    """'01–03/2026', '04/2025–03/2026', '03/2026': an export window by its first and last month."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{last.month:02d}/{last.year}"
    if first.year == last.year:
        return f"{first.month:02d}–{last.month:02d}/{last.year}"
    return f"{first.month:02d}/{first.year}–{last.month:02d}/{last.year}"


def people_words(n: int, lang: str) -> str:
    """'1 Person' / '3 Personen'."""
    return t("aud_people_one" if n == 1 else "aud_people_other", lang, n=fmt_number(n, lang))


def basis(found: Audience, lang: str) -> str:
    """'Beruht auf 3 Personen (01.01.–31.03.2026: 2, 01.10.–31.12.2025: 1).'"""
    windows = ", ".join(t("aud_basis_window", lang, window=window_label(start, end, lang), n=fmt_number(n, lang))
                        for start, end, n in found.window_spans())
    return t("aud_basis", lang, people=people_words(found.people, lang), windows=windows)


def percent(share: float, lang: str) -> str:
    """'38 %' / '38%'; below ten percent with one decimal ('0,3 %')."""
    return fmt_percent(share, lang, 0 if share >= 0.095 else 1)


def briefing_sentence(found: Audience, lang: str) -> str | None:
    """'38 % der erreichten Mitglieder in der Zielregion, 9 % aus der eigenen Organisation (3 Personen,
    Exporte 01–03/2026).' — None when there is no audience to speak of (no export, too few people)."""
    if not found.enough_people or found.members_reached is None:
        return None
    region, own = found.region, found.own_organisation
    if region is not None and own is not None:
        figures = (t("aud_briefing_region", lang, share=percent(region.share, lang)) + ", "
                   + t("aud_briefing_internal", lang, share=percent(own.share, lang)))
    elif region is not None:
        figures = t("aud_briefing_region", lang, share=percent(region.share, lang))
    elif own is not None:
        figures = t("aud_briefing_internal_alone", lang, share=percent(own.share, lang))
    else:
        figures = t("aud_briefing_reached", lang, n=fmt_number(found.members_reached, lang))
    spans = dict.fromkeys(months_label(start, end) for start, end, _n in found.window_spans())
    return t("aud_briefing_sentence", lang, figures=figures, people=people_words(found.people, lang),
             windows=", ".join(spans))
