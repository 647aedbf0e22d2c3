"""One file's way into the workspace, the same for the command line and the import page.

:class:`ImportPlan` runs detect → mapping, author and required columns → dry-run report →
commit. The page renders a plan (what the file is, its preview, what is missing, the author
to choose, the report) and the command line runs plans for its files; neither holds an ingest
rule of its own. :func:`plan_batch` plans several people's exports at once, each author proposed
from the file name and matched to the roster.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from analytics import store
from analytics.errors import CockpitError
from analytics.i18n import t
from analytics.ingest import formats
from analytics.ingest.core import FileReport, detect, import_file
from analytics.ingest.kinds.base import Progress
from analytics.ingest.sources import Detected
from analytics.literal import escaped_controls


@dataclass
class ImportPlan:
    """What importing one file takes and would do."""

    path: Path
    detected: Detected
    display_name: str | None = None
    mapping: dict[str, str | None] | None = None
    author: str | None = None
    refusal: CockpitError | None = field(default=None, repr=False)

    @classmethod
    def for_file(cls, cur, path: str | os.PathLike[str], *, display_name: str | None = None,
                 mapping: dict[str, str | None] | None = None, author: str | None = None) -> ImportPlan:
        """Recognise the file (refusals raise :class:`CockpitError`); ``author`` overrides the proposal."""
        det = detect(path, cur, mapping=mapping, display_name=display_name)
        return cls(Path(path), det, display_name, mapping, author)

    @property
    def format(self) -> formats.Format:
        return formats.format_of(self.detected.format)

    @property
    def file_name(self) -> str:
        return self.detected.file_name

    def required_missing(self) -> list[str]:
        """Required columns the mapping does not give (the file cannot go in without them)."""
        return formats.required_missing(self.detected)

    def needs_author(self) -> bool:
        return formats.needs_author(self.detected)

    @property
    def proposed_author(self) -> str | None:
        """The author proposed from the file name, in the roster's spelling where the roster has it."""
        return self.detected.proposed_author


    def ready(self) -> bool:
        """Nothing left to choose: required columns mapped, and an author where one is needed."""
        return not self.required_missing() and (bool(self.author) or not self.needs_author())

    def _run(self, cur, *, dry_run: bool, strict: bool, lang: str, progress: Progress | None,
             clear_demo: bool = False) -> FileReport:
        return import_file(cur, self.path, author=self.author, mapping=self.mapping, strict=strict,
                           display_name=self.display_name, dry_run=dry_run, progress=progress, lang=lang,
                           clear_demo=clear_demo)

    def dry_run(self, cur, *, strict: bool = False, lang: str = "de", progress: Progress | None = None) -> FileReport:
        """The report importing would give; the workspace is left as it was."""
        return self._run(cur, dry_run=True, strict=strict, lang=lang, progress=progress)

    def commit(self, cur, *, strict: bool = False, lang: str = "de", progress: Progress | None = None,
               clear_demo: bool = False) -> FileReport:
        """Import the file in one transaction (with ``clear_demo``, the demo is removed in the same one)."""
        return self._run(cur, dry_run=False, strict=strict, lang=lang, progress=progress, clear_demo=clear_demo)


def plan_batch(cur, paths: Iterable[str | os.PathLike[str]], *, author: str | None = None,
               author_from_file_name: bool = False,
               names: dict[str, str] | None = None) -> tuple[list[ImportPlan], list[tuple[str, CockpitError]]]:
    """Plans for several files: (plans, (file, refusal) of files that cannot be imported at all).

    ``author`` names the person of every file; with ``author_from_file_name`` each file that
    needs an author takes the one proposed from its name (matched to the roster). ``names``
    maps a path to the name the user knows the file by (uploads).
    """
    plans, refusals = [], []
    for path in paths:
        shown = (names or {}).get(str(path))
        try:
            plan = ImportPlan.for_file(cur, path, display_name=shown, author=author)
        except CockpitError as exc:
            refusals.append((str(path), exc))
            continue
        if plan.author is None and author_from_file_name and plan.needs_author():
            plan.author = plan.proposed_author
        plans.append(plan)
    return plans, refusals


def import_paths(cur, paths: Iterable[str | os.PathLike[str]], author: str | None = None,
                 strict: bool = False, lang: str = "de", *, author_from_file_name: bool = False,
                 ) -> tuple[list[FileReport], list[tuple[str, CockpitError]]]:
    """Import several files, each on its own: (reports of imported files, (file, error) of refused ones).

    With ``author_from_file_name`` each member export's author is the one proposed from its
    name (matched to the roster): sixteen people's exports go in in one step.
    """
    plans, refusals = plan_batch(cur, paths, author=author, author_from_file_name=author_from_file_name)
    reports = []
    for plan in plans:
        try:
            reports.append(plan.commit(cur, strict=strict, lang=lang))
        except CockpitError as exc:
            refusals.append((str(plan.path), exc))
    order = {str(path): index for index, path in enumerate(paths)} if isinstance(paths, list) else {}
    refusals.sort(key=lambda item: order.get(item[0], 0))
    return reports, refusals


# ---- command line -------------------------------------------------------------------------------------


def run_import_cli(db: str | os.PathLike[str] | None, paths: list[str], author: str | None = None,
                   strict: bool = False, lang: str = "de", *, author_from_file_name: bool = False) -> int:
    """``python -m analytics import``: JSON report on stdout, one line per refused file on stderr.

    Returns 0 when every file was imported (rejected rows or not), 2 when any was refused.
    """
    try:
        con = store.connect(db)
    except CockpitError as exc:
        print(exc.message(lang), file=sys.stderr)
        print(json.dumps({"files": []}))
        return 2
    try:
        with store.cursor(con) as cur:
            reports, refusals = import_paths(cur, paths, author=author, strict=strict, lang=lang,
                                             author_from_file_name=author_from_file_name)
    finally:
        con.close()
    print(json.dumps({"files": [r.to_dict() for r in reports]}, ensure_ascii=False))
    for path, exc in refusals:
        text = message(exc, lang)
        if exc.key in ("import_author_required", "import_author_required_suggested"):
            text += " " + t("import_author_cli_hint", lang)
        print(f"{escaped_controls(Path(path).name)}: {text}", file=sys.stderr)
    return 2 if refusals else 0


def message(exc: CockpitError, lang: str = "de") -> str:
    """A refusal in the user's language."""
    return exc.message(lang)
