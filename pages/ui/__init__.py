"""What the pages share, one module per concern (a package: Streamlit's pages-folder mode lists
only the ``.py`` files directly in ``pages/``, so nothing here ever shows up as a page):

- :mod:`~pages.ui.navigation` — the menu: every page with its title, URL path and section;
- :mod:`~pages.ui.shell` — the app around every page (``app``, ``run_page``, ``guarded``);
- :mod:`~pages.ui.data` — the workspace and the one way to its data (``query``, ``write``, ``run``);
- :mod:`~pages.ui.sidebar` — the shared sidebar, the language and the selection kept in the URL;
- :mod:`~pages.ui.widgets` — tiles, charts, the pager of people, widget rounds;
- :mod:`~pages.ui.gates` — what decides whether a view opens: login, staff council, suppression,
  real names on the admin pages;
- :mod:`~pages.ui.flash` — a message left for the run after an action.
"""
