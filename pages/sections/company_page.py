"""The programme against the company page: what the pages show.

- :func:`page_comparison` — programme vs company page for the same period (overview, impact page);
  nothing without the page's content export;
- :func:`kind_note` — whose posts a company-page import report is about (the import page).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.filters import Filters
from analytics.i18n import fmt_date, t
from analytics.literal import md_literal
from analytics.queries import company_page
from pages.ui import data


def page_comparison(selection: Filters, lang: str) -> None:
    """Programme vs company page: a sentence from the numbers and the figures side by side."""
    numbers = data.query(company_page.comparison, filters=selection)
    if numbers is None:
        return
    st.subheader(t("page_title", lang), anchor=False)
    period = f"{fmt_date(numbers['start'], lang)} – {fmt_date(numbers['end'], lang)}"
    st.markdown(md_literal(" ".join(company_page.sentences(numbers, lang))))
    if numbers["page"]["posts"]:
        rows = company_page.table(numbers, lang)
        st.dataframe(pd.DataFrame({
            t("page_col_measure", lang): [row["measure"] for row in rows],
            t("page_col_programme", lang): [row["programme"] for row in rows],
            t("page_col_page", lang): [row["page"] for row in rows],
            t("page_col_ratio", lang): [row["ratio"] for row in rows],
        }), hide_index=True, width="stretch")
    st.caption(f"{t('page_caption', lang, period=period)} {company_page.notes(numbers, lang)}")


def kind_note(kind: str, lang: str) -> str:
    """What the import page adds to a report of the company page's posts: whose posts they are."""
    return " " + t("page_import_note", lang) if kind == "page_posts" else ""
