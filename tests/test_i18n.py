"""Numbers and dates in the user's locale; every string exists in both languages."""

from __future__ import annotations

from datetime import date

from analytics import i18n


def test_german_and_english_numbers() -> None:
    assert i18n.fmt_number(15496) == "15.496"
    assert i18n.fmt_number(15496, "en") == "15,496"
    assert i18n.fmt_number(1234567.891, "de", 2) == "1.234.567,89"
    assert i18n.fmt_number(None) == "–"
    assert i18n.fmt_percent(0.0472) == "4,7 %"
    assert i18n.fmt_percent(0.0472, "en") == "4.7%"


def test_dates_and_months() -> None:
    assert i18n.fmt_date(date(2023, 1, 2)) == "02.01.2023"
    assert i18n.fmt_date(date(2023, 1, 2), "en") == "2 Jan 2023"
    assert i18n.fmt_month(date(2023, 3, 1)) == "März 2023"
    assert i18n.fmt_month(date(2023, 3, 1), "en", short=True) == "Mar 2023"


def test_every_string_has_german_and_english() -> None:
    missing = [key for key, entry in i18n.STRINGS.items() if not entry.get("de") or not entry.get("en")]
    assert missing == []


def test_unknown_language_falls_back_to_german() -> None:
    assert i18n.t("kpi_posts", "fr") == "Beiträge"
    assert i18n.t("kpi_posts", "en") == "Posts"
