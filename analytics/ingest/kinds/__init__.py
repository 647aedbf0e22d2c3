"""The kinds of rows an import brings, in one registry.

Each kind is a class (:class:`Kind`, see :mod:`analytics.ingest.kinds.base`) that owns its
tables: how a file's rows are staged and loaded into them, how an import of them is undone,
what a load reports in the kind's own words, and which rows of a person erasure removes and the
right-of-access export lists. The importer (:mod:`analytics.ingest.core`), the undo
(:mod:`analytics.ingest.history`), the demo (:mod:`analytics.ingest.demo`) and the erasure
(:mod:`analytics.lifecycle`) only ask the registry: a new kind is one new class and one line
in :data:`KINDS` (plus, for a table of its own, a migration in :mod:`analytics.store`).

The order of :data:`KINDS` is the order of the access export's parts: people first, then what
refers to them. Undo and erasure go through it backwards, so that a person goes last.
"""

from __future__ import annotations

from analytics.ingest.kinds.audience import AccountActivity, MemberAudience, PostAudience
from analytics.ingest.kinds.base import FreeText, Kind, Load, Loaded, PersonRows
from analytics.ingest.kinds.coverage import Coverage
from analytics.ingest.kinds.followers import MemberFollowers, PageFollowers
from analytics.ingest.kinds.outcomes import Outcomes
from analytics.ingest.kinds.people import Applicants, Roster
from analytics.ingest.kinds.posts import PagePosts, Posts
from analytics.ingest.sources import Detected

KINDS: tuple[Kind, ...] = (
    Roster(),
    Applicants(),
    Posts(),
    PagePosts(),
    Outcomes(),
    MemberFollowers(),
    PageFollowers(),
    Coverage(),
    MemberAudience(),
    AccountActivity(),
    PostAudience(),  # after the posts: a post's audience is loaded onto the post just read
)

__all__ = ["KINDS", "FreeText", "Kind", "Load", "Loaded", "PersonRows", "forget_new_people", "kind", "of_file"]


def kind(name: str) -> Kind:
    """The registered kind of this name."""
    for candidate in KINDS:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def of_file(det: Detected) -> list[Kind]:
    """The kinds a recognised file may feed: its own, then those staged from any file (which say
    whether it holds rows of theirs)."""
    own = kind(det.kind)
    return [own, *(other for other in KINDS if other.alongside and other is not own)]


def forget_new_people(cur, import_id: int) -> int:
    """Remove the people an undone import added that no kind's rows refer to any more; how many."""
    kept = " ".join(f"AND influencer_id NOT IN (SELECT influencer_id FROM {table} "  # noqa: S608 - the kinds' tables
                    "WHERE influencer_id IS NOT NULL)" for other in KINDS for table in other.people_refs)
    sql = f"DELETE FROM influencers WHERE import_id = ? {kept}"  # noqa: S608
    return cur.execute(sql, [import_id]).fetchone()[0]
