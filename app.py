"""Influencer Cockpit: the entry point (``streamlit run app.py``).

It only sets up and routes: page config, login, workspace, shared sidebar and navigation are
:func:`pages.ui.shell.app`; every page, the overview included, is a thin module in ``pages/``.
"""

from pages.ui import shell

shell.app()
