"""The company page's own posts (its content export): kept in ``page_posts``, never in ``posts``.

A page post belongs to the page, not to whoever of the page's admins clicked "post" (the
export's "Posted by" column): that name is not kept, no influencer is made, and no cohort
query (they all read ``posts``) can count a page post. The rows go through the same parse as
every other post file (dates, counts, LinkedIn ids as keys) and are then upserted here; a known
post's previous figures go into the import's undo snapshot (``page_posts``).
"""

from __future__ import annotations

from typing import Any

# the author every staged page row gets: the parse needs one to key posts without a LinkedIn id
PAGE_AUTHOR = "company page"
_UPDATED = ("text", "reactions", "comments", "reposts", "impressions", "clicks")
_FIELDS = ("url", *_UPDATED)


def page_records(records: list[tuple[int, dict[str, Any]]]) -> list[tuple[int, dict[str, Any]]]:
    """The page export's records without the "Posted by" name (the page is the author)."""
    return [(line, {key: value for key, value in record.items() if key != "author"}) for line, record in records]


def upsert_page_posts(cur, import_id: int, snapshot: dict[str, list]) -> dict[str, int]:
    """Insert new page posts from ``_ic_parsed_t``, update changed ones (old values to the snapshot)."""
    good, distinct = cur.execute(
        "SELECT count(*), count(DISTINCT post_key) FROM _ic_parsed_t WHERE reason IS NULL"
    ).fetchone()
    if good > distinct:  # the last row of a post wins
        cur.execute("DELETE FROM _ic_parsed_t WHERE reason IS NULL AND rowid NOT IN ("
                    "SELECT max(rowid) FROM _ic_parsed_t WHERE reason IS NULL GROUP BY post_key)")
        good = distinct
    # a later export's figures replace the known ones; a figure it lacks is kept
    updates = {f: f"coalesce(g.{f}, p.{f})" for f in _UPDATED}
    updates["url"] = "coalesce(g.link, p.url)"
    differs = " OR ".join(f"{expr} IS DISTINCT FROM p.{f}" for f, expr in updates.items())
    changed = cur.execute(
        f"""
        SELECT p.post_key, {", ".join("p." + f for f in _FIELDS)}
        FROM page_posts p JOIN _ic_parsed_t g USING (post_key)
        WHERE g.reason IS NULL AND ({differs})
        """  # noqa: S608 - fixed column names
    ).fetchall()
    for row in changed:
        snapshot.setdefault("page_posts", []).append(dict(zip(("post_key", *_FIELDS), row, strict=True)))
    if changed:
        assignments = ", ".join(f"{f} = {expr}" for f, expr in updates.items())
        cur.execute(
            f"""
            UPDATE page_posts p SET {assignments}
            FROM _ic_parsed_t g
            WHERE g.post_key = p.post_key AND g.reason IS NULL AND p.post_key IN (SELECT unnest(?::VARCHAR[]))
            """,  # noqa: S608 - fixed column names
            [[row[0] for row in changed]],
        )
    inserted = cur.execute(
        """
        INSERT INTO page_posts (post_key, published_at, url, text, reactions, comments, reposts, impressions,
                                clicks, import_id)
        SELECT g.post_key, g.published_at, g.link, g.text, g.reactions, g.comments, g.reposts, g.impressions,
               g.clicks, ?
        FROM _ic_parsed_t g
        WHERE g.reason IS NULL AND NOT EXISTS (SELECT 1 FROM page_posts p WHERE p.post_key = g.post_key)
        """,
        [import_id],
    ).fetchone()[0]
    return {"inserted": int(inserted), "updated": len(changed), "unchanged": int(good - inserted - len(changed))}


def undo_page_posts(cur, import_id: int, snapshot: dict[str, Any]) -> tuple[int, int]:
    """Take back an import's page posts: (removed, restored)."""
    removed = cur.execute("DELETE FROM page_posts WHERE import_id = ?", [import_id]).fetchone()[0]
    restored = 0
    for old in snapshot.get("page_posts", []):
        cur.execute(
            f"UPDATE page_posts SET {', '.join(f + ' = ?' for f in _FIELDS)} WHERE post_key = ?",  # noqa: S608
            [old[f] for f in _FIELDS] + [old["post_key"]],
        )
        restored += 1
    return int(removed), restored
