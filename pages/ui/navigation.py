"""The menu: every page with its title, URL path, icon and section.

URL paths are the names bookmarks use; they do not change with the language, and each is the
name Streamlit's legacy pages-folder mode derives from the file name (``9_Personen.py`` →
``Personen``, see :func:`pages.ui.shell.run_page`), so that a link opened right after a server
start finds its page. The overview is also the start page ("/").
"""

from __future__ import annotations

from typing import NamedTuple

import streamlit as st

from analytics.i18n import t


class Page(NamedTuple):
    """One page of the menu."""

    file: str
    title_key: str
    url_path: str
    icon: str


# What the programme's data says: the menu's first part, without a heading.
ANALYSIS = [
    Page("pages/0_overview.py", "nav_overview", "overview", ":material/dashboard:"),
    Page("pages/1_Engagement.py", "nav_engagement", "Engagement", ":material/favorite:"),
    Page("pages/2_Frequenz.py", "nav_frequency", "Frequenz", ":material/calendar_month:"),
    Page("pages/8_Begleitung.py", "nav_person", "Begleitung", ":material/person:"),
    Page("pages/3_Vielfalt.py", "nav_diversity", "Vielfalt", ":material/diversity_3:"),
    Page("pages/4_Inhalt.py", "nav_content", "Inhalt", ":material/article:"),
    Page("pages/5_Wirkung.py", "nav_impact", "Wirkung", ":material/trending_up:"),
    Page("pages/12_Publikum.py", "nav_audience", "Publikum", ":material/groups:"),
    Page("pages/6_Briefing.py", "nav_briefing", "Briefing", ":material/slideshow:"),
]
# "Daten & Einstellungen": what goes into the workspace and the rules it is kept by. These pages
# show no figures, so a selection narrowed below the threshold does not close them.
DATA_AND_SETTINGS = [
    Page("pages/13_Erste_Schritte.py", "nav_first_steps", "Erste_Schritte", ":material/flag_circle:"),
    Page("pages/7_Import.py", "nav_import", "Import", ":material/upload_file:"),
    Page("pages/9_Personen.py", "nav_people", "Personen", ":material/badge:"),
    Page("pages/10_Programm.py", "nav_programme", "Programm", ":material/flag:"),
    Page("pages/11_Datenschutz.py", "nav_privacy", "Datenschutz", ":material/shield_person:"),
]
PAGES = ANALYSIS + DATA_AND_SETTINGS
SETTINGS_PATHS = frozenset(page.url_path for page in DATA_AND_SETTINGS)
FIRST_STEPS, IMPORT = DATA_AND_SETTINGS[0], DATA_AND_SETTINGS[1]  # where an empty workspace opens; the import
DATA_SECTION = "nav_section_data"

# The start page's own URL path; "/" shows it, "/overview" the same file once more (kept out of the menu).
START = "start"


def menu(lang: str) -> dict[str, list[st.Page]]:
    """The menu for ``st.navigation``: the analysis pages first (no heading), then the section
    "Daten & Einstellungen"."""
    overview = ANALYSIS[0]
    start = st.Page(overview.file, title=t(overview.title_key, lang), icon=overview.icon, url_path=START,
                    default=True)

    def entry(page: Page) -> st.Page:
        return st.Page(page.file, title=t(page.title_key, lang), url_path=page.url_path, icon=page.icon,
                       visibility="hidden" if page is overview else "visible")

    return {"": [start, *map(entry, ANALYSIS)], t(DATA_SECTION, lang): list(map(entry, DATA_AND_SETTINGS))}
