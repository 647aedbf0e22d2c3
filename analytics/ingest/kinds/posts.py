"""Posts: the cohort's (``posts``) and the company page's own (``page_posts``).

Both go through the same parse: a file's rows are staged into the importer's temporary
tables and read, checked and keyed in SQL (:mod:`analytics.ingest.posts`), so that a
million-row CSV never passes through a Python loop; the kinds then upsert from there.

A page post belongs to the page, not to whoever of the page's admins clicked "post" (the
export's "Posted by" column): that name is not kept, no influencer is made, and no cohort
query (they all read ``posts``) can count a page post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from analytics.errors import CockpitError
from analytics.i18n import t
from analytics.ingest import columns as C
from analytics.ingest import posts as parse
from analytics.ingest.formats import format_of
from analytics.ingest.kinds.base import FreeText, Kind, Load, Loaded, PersonRows, Progress
from analytics.ingest.rows import Record, Rejection, read_csv, records
from analytics.ingest.sources import Detected, cell_text
from analytics.ingest.workbook import is_totals_row

# the author every staged page row gets: the parse needs one to key posts without a LinkedIn id
PAGE_AUTHOR = "company page"
_PAGE_UPDATED = ("text", "reactions", "comments", "reposts", "impressions", "clicks")
_PAGE_FIELDS = ("url", *_PAGE_UPDATED)


@dataclass
class StagedPosts:
    """Posts parsed into the importer's temporary tables (``_ic_parsed``), ready to load.

    The temporary tables hold one file's posts at a time: a file has one kind of posts.
    """

    data_rows: int | None = None  # the file's data rows, where its reader counted them (LinkedIn's layouts)
    metrics: dict[int, dict[str, int | None]] | None = None  # figures beyond the counts, by staged line


def rejection(line: int, reason: str, value: str | None) -> Rejection:
    """A row the parse rejected, as the report names it: the line, the message key, the values it shows."""
    if reason.startswith("count:"):
        column = reason.split(":", 1)[1]
        return line, _count_problem(value or ""), {"column": column, "value": value}
    if reason in ("reject_bad_date", "reject_bad_time", "reject_month_only"):
        return line, reason, {"value": value}
    return line, reason, {}


def _count_problem(value: str) -> str:
    text = value.strip()
    if text[:1] in ("-", "−"):
        return "reject_negative"
    if re.fullmatch(r"[0-9]+[.,][0-9]{3} ?(?:[Tt]sd\.?|[Kk]|[Mm]io\.?|[Mm])", text):
        return "reject_ambiguous_number"  # '1.234 Tsd.': a thousand and a quarter, or 1.234 million?
    digits = text.replace(".", "").replace(",", "").replace(" ", "")
    if digits.isdigit() and len(digits) >= 10:
        return "reject_too_large"
    return "reject_not_a_number"


def stage_post_rows(cur, rows: list[Record], *, author: str | None = None, slash_dmy: bool | None = None) -> None:
    """Stage rows of text cells and parse them: a workbook's, a LinkedIn layout's, the demo's.

    ``author`` is the author of rows that name none; ``slash_dmy`` whether d/m/y dates are
    day-first (None: as the rows show).
    """
    parse.define_macros(cur)
    parse.stage_rows(cur, rows)
    parse.parse_staged(cur, slash_dmy=slash_dmy)
    parse.finish_parse(cur, default_author=author)


def stage_page_rows(cur, rows: list[Record]) -> None:
    """Stage and parse the company page's posts, without the "Posted by" name (the page is the author)."""
    stage_post_rows(cur, [(line, {key: value for key, value in record.items() if key != "author"})
                          for line, record in rows], author=PAGE_AUTHOR, slash_dmy=False)


def _staged_rows(cur, staged: StagedPosts, load: Load) -> int:
    """The file's rows of posts; a file without any is refused."""
    rows = staged.data_rows or parse.staged_row_count(cur)
    if rows == 0:
        raise CockpitError("import_no_rows", file=load.file_name)
    return rows


def _leave_known(cur, table: str) -> None:
    """For the demo: the posts the workspace already has (by key) stay as they are."""
    cur.execute(f"DELETE FROM _ic_parsed_t WHERE post_key IN (SELECT post_key FROM {table})")  # noqa: S608


def _flag_demo(cur, table: str, import_id: int) -> None:
    """The demo's new rows flagged as the demo's (afterwards: the bulk insert stays one statement for all)."""
    cur.execute(f"UPDATE {table} SET is_demo = TRUE WHERE import_id = ?", [import_id])  # noqa: S608 - fixed names


class Posts(Kind):
    """The cohort's posts: controlling sheets, LinkedIn's member and single-post exports, Shares.csv."""

    name = "posts"
    tables = ("posts", "post_history")
    unit = "posts"
    unit_words = ("unit_post", "unit_posts")
    people_refs = ("posts",)
    person_rows = (
        PersonRows("posts", "influencer_id = {id}", columns="* EXCLUDE (influencer_id, is_demo)",
                   order="published_at, post_id", older_than="published_at < $cut"),
        # the figures a post had before a later file updated it
        PersonRows("post_history", "post_id IN (SELECT post_id FROM posts WHERE influencer_id = {id})",
                   order="post_id, import_id",
                   older_than="post_id IN (SELECT post_id FROM posts WHERE published_at < $cut)"),
    )
    free_text = (FreeText("posts", ("post_id",), "text"), FreeText("post_history", ("import_id", "post_id"), "text"))

    def stage(self, cur, det: Detected, author: str | None, step: Progress) -> StagedPosts:
        fmt = format_of(det.format)
        if det.delimiter is None:
            step(0.4, "parse")
            if fmt.mapped:  # a plain workbook table
                stage_post_rows(cur, [(line, {k: cell_text(v) for k, v in rec.items()})
                                      for line, rec in records(det, C.POST_COLUMNS)], author=author)
            else:  # LinkedIn's layouts: records read by analytics.ingest.linkedin, dates M/D/Y
                stage_post_rows(cur, det.extra["records"], author=author, slash_dmy=False)
        else:  # a CSV: DuckDB reads and parses it in one pass
            parse.define_macros(cur)
            read_csv(det, lambda path: parse.parse_csv(
                cur, path, det.delimiter or ";", det.skip_lines, det.headers, det.mapping, det.header_line + 1,
                utc=fmt.utc_times))
            step(0.4, "parse")
            if fmt.quoted_paragraphs:
                parse.clean_share_quotes(cur)
            parse.finish_parse(cur, default_author=author)
        return StagedPosts(det.extra.get("data_rows"), det.extra.get("metrics"))

    def load(self, cur, staged: StagedPosts, load: Load) -> Loaded:
        rows = _staged_rows(cur, staged, load)
        if load.demo:
            _leave_known(cur, "posts")
        counts = parse.upsert_posts(cur, load.import_id)
        if load.demo:
            _flag_demo(cur, "posts", load.import_id)
            _flag_demo(cur, "influencers", load.import_id)
        loaded = Loaded(self.name, possible_duplicates=counts["possible_duplicates"]).with_counts(counts)
        loaded.warnings += [
            t("import_warn_possible_duplicate", load.lang, line=item["line"], post_key=item["post_key"],
              candidates=", ".join(item["candidates"])) for item in loaded.possible_duplicates]
        if staged.metrics:
            parse.store_extra_metrics(cur, load.import_id, staged.metrics, load.snapshot)
        separators = parse.month_separator_lines(cur)
        if separators:
            loaded.lines["separator_rows"] = sorted(separators)
            rows -= len(separators)
        for line, reason, value in parse.rejected_rows(cur):
            if line in separators:
                continue
            if reason in ("reject_bad_date", "reject_month_only") and is_totals_row([value], cell_text):
                # a totals row of a CSV ('Summe;;;1.234'): named in the warnings, not a bad date
                loaded.lines.setdefault("totals_rows", []).append(line)
                rows -= 1
                continue
            loaded.rejected.append(rejection(line, reason, value))
        if told_apart := parse.told_apart_by_position(cur):
            loaded.warnings.append(t("import_told_apart", load.lang, n=told_apart))
        loaded.rows = rows
        return loaded

    def undo(self, cur, import_id: int, snapshot: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
        """The import's new posts go; the posts it updated get their earlier figures back."""
        restored = cur.execute(
            """
            UPDATE posts SET reactions = h.reactions, comments = h.comments, reposts = h.reposts,
                   impressions = h.impressions, clicks = h.clicks, text = h.text,
                   text_length = length(h.text), media_type = h.media_type,
                   engagements_total = h.engagements_total, updated_import_id = h.updated_import_id,
                   topic = h.topic,
                   published_at = coalesce(h.published_at, posts.published_at),
                   has_time = coalesce(h.has_time, posts.has_time)
            FROM post_history h WHERE h.import_id = ? AND posts.post_id = h.post_id
            """,
            [import_id],
        ).fetchone()[0]
        # ends_with_question follows the restored text
        parse.define_macros(cur)
        cur.execute(
            "UPDATE posts SET ends_with_question = _ic_question(text) "
            "WHERE post_id IN (SELECT post_id FROM post_history WHERE import_id = ?)",
            [import_id],
        )
        cur.execute("DELETE FROM post_history WHERE import_id = ?", [import_id])
        cur.execute(
            "DELETE FROM post_history WHERE post_id IN (SELECT post_id FROM posts WHERE import_id = ?)", [import_id]
        )
        removed = cur.execute("DELETE FROM posts WHERE import_id = ?", [import_id]).fetchone()[0]
        for old in snapshot.get("post_metrics", []):  # LinkedIn's further figures of known posts
            names = [name for name in old if name != "post_key"]
            cur.execute(f"UPDATE posts SET {', '.join(n + ' = ?' for n in names)} WHERE post_key = ?",  # noqa: S608
                        [old[n] for n in names] + [old["post_key"]])
        return int(removed), int(restored)


class PagePosts(Kind):
    """The company page's own posts (its content export), kept in ``page_posts``."""

    name = "page_posts"
    tables = ("page_posts",)
    unit = "company_page_posts"
    unit_words = ("unit_page_post", "unit_page_posts")
    free_text = (FreeText("page_posts", ("page_post_id",), "text"),)

    def stage(self, cur, det: Detected, author: str | None, step: Progress) -> StagedPosts:
        step(0.4, "parse")
        stage_page_rows(cur, det.extra["records"])
        return StagedPosts(det.extra.get("data_rows"))

    def load(self, cur, staged: StagedPosts, load: Load) -> Loaded:
        rows = _staged_rows(cur, staged, load)
        if load.demo:
            _leave_known(cur, "page_posts")
        loaded = Loaded(self.name, rows=rows).with_counts(self._upsert(cur, load))
        loaded.rejected = [rejection(line, reason, value) for line, reason, value in parse.rejected_rows(cur)]
        return loaded

    @staticmethod
    def _upsert(cur, load: Load) -> dict[str, int]:
        """Insert new page posts from ``_ic_parsed_t``, update changed ones (old values to the snapshot)."""
        good, distinct = cur.execute(
            "SELECT count(*), count(DISTINCT post_key) FROM _ic_parsed_t WHERE reason IS NULL"
        ).fetchone()
        if good > distinct:  # the last row of a post wins
            cur.execute("DELETE FROM _ic_parsed_t WHERE reason IS NULL AND rowid NOT IN ("
                        "SELECT max(rowid) FROM _ic_parsed_t WHERE reason IS NULL GROUP BY post_key)")
            good = distinct
        # a later export's figures replace the known ones; a figure it lacks is kept
        updates = {f: f"coalesce(g.{f}, p.{f})" for f in _PAGE_UPDATED}
        updates["url"] = "coalesce(g.link, p.url)"
        differs = " OR ".join(f"{expr} IS DISTINCT FROM p.{f}" for f, expr in updates.items())
        changed = cur.execute(
            f"""
            SELECT p.post_key, {", ".join("p." + f for f in _PAGE_FIELDS)}
            FROM page_posts p JOIN _ic_parsed_t g USING (post_key)
            WHERE g.reason IS NULL AND ({differs})
            """  # noqa: S608 - fixed column names
        ).fetchall()
        for row in changed:
            load.snapshot.setdefault("page_posts", []).append(dict(zip(("post_key", *_PAGE_FIELDS), row, strict=True)))
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
                                    clicks, is_demo, import_id)
            SELECT g.post_key, g.published_at, g.link, g.text, g.reactions, g.comments, g.reposts, g.impressions,
                   g.clicks, ?, ?
            FROM _ic_parsed_t g
            WHERE g.reason IS NULL AND NOT EXISTS (SELECT 1 FROM page_posts p WHERE p.post_key = g.post_key)
            """,
            [load.demo, load.import_id],
        ).fetchone()[0]
        return {"inserted": int(inserted), "updated": len(changed), "unchanged": int(good - inserted - len(changed))}

    def undo(self, cur, import_id: int, snapshot: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
        """The import's new page posts go; the ones it updated get their earlier figures back."""
        removed = cur.execute("DELETE FROM page_posts WHERE import_id = ?", [import_id]).fetchone()[0]
        restored = 0
        for old in snapshot.get("page_posts", []):
            cur.execute(
                f"UPDATE page_posts SET {', '.join(f + ' = ?' for f in _PAGE_FIELDS)} WHERE post_key = ?",  # noqa: S608
                [old[f] for f in _PAGE_FIELDS] + [old["post_key"]],
            )
            restored += 1
        return int(removed), restored
