"""The privacy page's section on small-group suppression: the workspace's threshold."""

from __future__ import annotations

import streamlit as st

from analytics import settings, suppression
from analytics.i18n import t
from pages.ui import data, widgets

LOW = 3  # below this a warning says that results are easily traced to individuals


def render(lang: str) -> None:
    """Explain the threshold, show it and let it be changed (stored in the workspace)."""
    st.subheader(t("supp_section_title", lang))
    st.caption(t("supp_section_explain", lang))
    maximum = settings.SETTINGS["min_group"].maximum
    with st.form("supp_form", border=False):
        value = st.number_input(t("supp_section_label", lang), value=data.query(suppression.threshold), step=1,
                                key="supp_min_group", width=widgets.CONTROL_WIDTH)
        saved = st.form_submit_button(t("supp_section_save", lang), key="supp_save")
    if saved:
        # Checked here as well as by the setting itself: a refused value leaves the threshold as it was.
        if not 1 <= int(value) <= maximum:
            st.error(t("supp_section_invalid", lang, max=maximum, value=int(value)))
        else:
            data.write(settings.put, "min_group", int(value))
            st.success(t("supp_section_saved", lang, min=int(value)))
    current = data.query(suppression.threshold)
    st.markdown(t("supp_section_current", lang, min=current))
    if current < LOW:
        st.warning(t("supp_section_low", lang), icon=":material/warning:")
