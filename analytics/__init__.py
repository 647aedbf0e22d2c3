"""Influencer Cockpit's core: everything but the pages, without Streamlit.

Every write transaction of a workspace (:func:`analytics.store.transaction`) ends by numbering
the people's pseudonyms (:func:`analytics.privacy.number_pseudonyms`: new people get the next
numbers, the gaps people leave are closed). The hook is registered here, where the package is
first imported, so that no writer — an import, an undo, an erasure, the demo — can commit
without it, and the storage layer itself knows nothing of people.
"""

from analytics import privacy, store

store.before_commit(privacy.number_pseudonyms)
