"""``python -m analytics bench --browser``: every page in a real Chromium against the floor of the stack.

For each workspace (the demo, and synthetic programmes of 10,000 and 200,000 posts as ``bench`` makes them)
a child process (``python -m pages.timing.browser``, since ``analytics`` imports neither Streamlit nor
Playwright) captures what each page of the product draws, starts the product and a bare Streamlit app that
draws exactly those figures, tiles and tables (the floor), and times in one headless Chromium at 1280×720,
alternating product and floor: an in-app page switch (a click in the navigation until the page is drawn and
Streamlit idle) and a fresh load (a new tab on the page's address until drawn). Each switch also counts the
script runs, the delta messages and the bytes that came over the WebSocket.

This module holds the parts without a browser: the statistics (medians, minimums, ratios), the reading of
the WebSocket's messages, the table for docs/BENCHMARK.md and the orchestration of the child processes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from analytics import bench, store
from analytics.errors import CockpitError
from analytics.ingest.demo import load_demo

ROOT = Path(__file__).resolve().parent.parent
PRODUCT, FLOOR = "product", "floor"
MODES = ("switch", "fresh")

# Issue #25's targets, as ratios of medians to the floor in the same run: an in-app switch on a chart page at
# most 1.3×, on a page of widgets (import, one person) 1.8×; a fresh load 1.15×; and no page more than 20 %
# slower on the largest workspace than on the one before.
SWITCH_TARGET, WIDGET_SWITCH_TARGET, FRESH_TARGET, SCALING_TARGET = 1.3, 1.8, 1.15, 1.2
# The widget-heavy pages (the import, one person) and the other pages of forms: the roster
# editor, the programme's settings and the privacy settings.
WIDGET_PAGES = ("Begleitung", "Begleitung-Person", "Import", "Personen", "Programm", "Datenschutz")

# Top-level fields of Streamlit's ForwardMsg (one message per WebSocket frame) that the benchmark counts: the
# browser records each message's type as the number of its first field after the hash (1) and the metadata (2)
# (pages.timing.browser.RECORDER); tests/test_bench_browser.py checks the numbers against the installed
# Streamlit, tests/test_browser_bench.py the browser's reading against Streamlit's own.
DELTA_FIELD = 5
SCRIPT_FINISHED_FIELD = 6


def wire_counts(frames: Iterable[Sequence[float]], since: float) -> dict[str, float]:
    """What came over the WebSocket from ``since`` (ms): frames are ``(time_ms, bytes, kind)`` as the
    browser recorded them. Script runs are the finished-run messages; ``finished_ms`` is the time from
    ``since`` to the first of them, None without one: when the browser handled it, which is late by whatever
    drawing kept its main thread busy, so the server's part of a switch is at most this."""
    runs = deltas = size = messages = 0
    first_finish = None
    for at, length, kind in frames:
        if at < since:
            continue
        messages += 1
        size += int(length)
        if kind == DELTA_FIELD:
            deltas += 1
        elif kind == SCRIPT_FINISHED_FIELD:
            runs += 1
            if first_finish is None:
                first_finish = at - since
    return {"runs": runs, "deltas": deltas, "bytes": size, "messages": messages,
            "finished_ms": None if first_finish is None else round(first_finish, 1)}


def summarise(samples: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Median and minimum of the tries' times (ms), medians of their counts and of the main thread's long
    tasks (``long_ms``); ``n`` tries."""
    times = [float(sample["ms"]) for sample in samples]
    summary: dict[str, Any] = {"n": len(times), "median_ms": round(statistics.median(times), 1),
                               "min_ms": round(min(times), 1)}
    for key in ("runs", "deltas", "bytes", "finished_ms", "long_ms"):
        values = [sample[key] for sample in samples if sample.get(key) is not None]
        summary[key] = statistics.median(values) if values else None
    return summary


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """numerator / denominator to two decimals; None when either is missing or the denominator is 0."""
    if numerator is None or not denominator:
        return None
    return round(numerator / denominator, 2)


def compare(samples: Mapping[str, Mapping[str, Mapping[str, Sequence[Mapping[str, Any]]]]],
            baseline: str = FLOOR) -> dict[str, dict[str, dict[str, Any]]]:
    """``samples[app][page][mode]`` → ``{page: {mode: {app: summary, …, "ratio_median", "ratio_min"}}}``;
    the ratios are of the other app against ``baseline`` (the product against the floor, B against A)."""
    others = [app for app in samples if app != baseline]
    result: dict[str, dict[str, dict[str, Any]]] = {}
    for page in samples[baseline]:
        for mode, base_samples in samples[baseline][page].items():
            if not base_samples or not all(samples[app].get(page, {}).get(mode) for app in others):
                continue
            row = {baseline: summarise(base_samples)}
            for app in others:
                row[app] = summarise(samples[app][page][mode])
            if len(others) == 1:
                other = row[others[0]]
                row["ratio_median"] = ratio(other["median_ms"], row[baseline]["median_ms"])
                row["ratio_min"] = ratio(other["min_ms"], row[baseline]["min_ms"])
            result.setdefault(page, {})[mode] = row
    return result


def _ms(summary: Mapping[str, Any]) -> str:
    return f"{summary['median_ms']:,.0f} / {summary['min_ms']:,.0f}"


def _count(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}"


def _ratio(row: Mapping[str, Any]) -> str:
    return f"**{row['ratio_median']:.2f}** / {row['ratio_min']:.2f}"


def _mark(value: float | None, target: float) -> str:
    return "–" if value is None else ("✓" if value <= target else "✗")


def targets_met(page: str, modes: Mapping[str, Mapping[str, Any]]) -> str:
    """'✗ / ✓': whether the median ratios of the switch and the fresh load meet the issue's targets."""
    switch_target = WIDGET_SWITCH_TARGET if page in WIDGET_PAGES else SWITCH_TARGET
    switch, fresh = modes.get("switch"), modes.get("fresh")
    return (f"{_mark(switch and switch['ratio_median'], switch_target)} / "
            f"{_mark(fresh and fresh['ratio_median'], FRESH_TARGET)}")


def markdown_table(pages: Mapping[str, Mapping[str, Mapping[str, Any]]], first: str = PRODUCT,
                   second: str = FLOOR) -> str:
    """One workspace's comparison as a Markdown table: per page, the switch and the fresh load (median /
    minimum ms of ``first`` and ``second``, their ratio), the switch's script runs, delta messages and
    kilobytes (``first`` / ``second``) and, for the product against the floor, whether the targets are met."""
    with_targets = (first, second) == (PRODUCT, FLOOR)
    lines = [
        f"| page | switch {first} | switch {second} | ratio | fresh {first} | fresh {second} | ratio "
        f"| runs | deltas | KB |" + (" targets |" if with_targets else ""),
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + ("---|" if with_targets else ""),
    ]
    for page, modes in pages.items():
        cells = [page]
        for mode in MODES:
            row = modes.get(mode)
            cells += [_ms(row[first]), _ms(row[second]), _ratio(row)] if row else ["–", "–", "–"]
        switch = modes.get("switch")
        if switch:
            a, b = switch[first], switch[second]
            cells += [f"{_count(a['runs'])} / {_count(b['runs'])}", f"{_count(a['deltas'])} / {_count(b['deltas'])}",
                      f"{a['bytes'] / 1024:,.0f} / {b['bytes'] / 1024:,.0f}"]
        else:
            cells += ["–", "–", "–"]
        if with_targets:
            cells.append(targets_met(page, modes))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def scaling_table(smaller: Mapping[str, Any], larger: Mapping[str, Any], app: str = PRODUCT) -> str:
    """Per page, the median switch and fresh load of ``app`` on two workspaces and the larger's ratio to the
    smaller's, marked against the target (at most 20 % slower)."""
    lines = [f"| page | switch {smaller['workspace']} | switch {larger['workspace']} | ratio "
             f"| fresh {smaller['workspace']} | fresh {larger['workspace']} | ratio |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for page, modes in larger["pages"].items():
        cells = [page]
        for mode in MODES:
            before = smaller["pages"].get(page, {}).get(mode)
            after = modes.get(mode)
            if not before or not after:
                cells += ["–", "–", "–"]
                continue
            growth = ratio(after[app]["median_ms"], before[app]["median_ms"])
            cells += [f"{before[app]['median_ms']:,.0f}", f"{after[app]['median_ms']:,.0f}",
                      f"{growth:.2f} {_mark(growth, SCALING_TARGET)}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


# ---------------------------------------------------------------- orchestration
def build_workspace(size: str, folder: Path) -> tuple[Path, int]:
    """The demo (``"demo"``) or a synthetic programme of ``size`` posts in a new workspace; its path and posts."""
    if size == "demo":
        db = folder / "demo.duckdb"
        with store.closing(store.connect(db)) as cur:
            return db, load_demo(cur)["posts"]
    posts = int(size)
    source = folder / f"source-{posts}"
    source.mkdir()
    roster, posts_csv = bench.generate(source, posts)
    db = folder / f"posts-{posts}.duckdb"
    bench.import_seconds(db, roster, posts_csv, posts)
    return db, posts


def measure_workspace(db: Path, label: str, tries: int, ab: str | None = None, pages: str | None = None,
                      switch_only: bool = False) -> dict:
    """Run the browser child on one workspace; its raw samples and load averages (see pages.timing.browser)."""
    with tempfile.TemporaryDirectory(prefix="cockpit-browser-") as folder:
        out = Path(folder) / "samples.json"
        command = [sys.executable, "-m", "pages.timing.browser", "--db", str(db), "--label", label,
                   "--tries", str(tries), "--out", str(out)]
        if ab:
            command += ["--ab", ab]
        if pages:
            command += ["--pages", pages]
        if switch_only:
            command.append("--switch-only")
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=6 * 3600,
                                env={**os.environ, "COCKPIT_DB": str(db)})
        if result.returncode != 0 or not out.exists():
            lines = (result.stderr or result.stdout).strip().splitlines() or ["no output"]
            raise RuntimeError(f"browser benchmark on {label}: {lines[-1]}")
        return json.loads(out.read_text(encoding="utf-8"))


def run(sizes: Sequence[str], tries: int, ab: str | None = None, pages: str | None = None,
        switch_only: bool = False) -> dict[str, Any]:
    """Build each workspace, measure it in the browser, compare; the figures for ``--json``."""
    workspaces = []
    with tempfile.TemporaryDirectory(prefix="cockpit-bench-browser-") as folder:
        for size in sizes:
            db, posts = build_workspace(size, Path(folder))
            raw = measure_workspace(db, size, tries, ab, pages, switch_only)
            apps = list(raw["samples"])
            workspaces.append({
                "workspace": size, "posts": posts, "tries": tries, "apps": apps,
                "load_average": raw["load_average"], "started": raw["started"],
                "pages": compare(raw["samples"], baseline=apps[0] if ab else FLOOR),
                "samples": raw["samples"],
            })
    return {"workspaces": workspaces, "ab": ab,
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"}


def report(figures: Mapping[str, Any]) -> str:
    """The figures as Markdown: per workspace its load average and table; then how the product's pages
    grow from the second-largest workspace to the largest."""
    parts = []
    for workspace in figures["workspaces"]:
        low, high = workspace["load_average"]
        apps = workspace["apps"]
        first, second = (apps[1], apps[0]) if figures.get("ab") else (PRODUCT, FLOOR)  # B against A
        parts.append(f"**{workspace['workspace']}** ({workspace['posts']:,} posts, {workspace['tries']} tries, "
                     f"started {workspace['started']}, 1-minute load average {low:.1f}–{high:.1f})\n\n"
                     + markdown_table(workspace["pages"], first, second))
    sized = [workspace for workspace in figures["workspaces"] if workspace["workspace"].isdigit()]
    if len(sized) >= 2 and not figures.get("ab"):
        smaller, larger = sorted(sized, key=lambda workspace: int(workspace["workspace"]))[-2:]
        parts.append(f"**{larger['workspace']} against {smaller['workspace']}** (product, medians in ms)\n\n"
                     + scaling_table(smaller, larger))
    return "\n\n".join(parts) + "\n"


def command(args: argparse.Namespace) -> int:
    """``bench --browser``: every page against the floor in Chromium (see analytics.browser_bench)."""
    if args.tries < 1:
        raise CockpitError("cli_usage", detail="--tries must be at least 1")
    sizes = [str(args.posts)] if args.posts is not None else [size.strip() for size in args.sizes.split(",")]
    for size in sizes:
        if size != "demo" and not (size.isdigit() and int(size) >= 1):
            raise CockpitError("cli_usage", detail=f"--sizes takes 'demo' and numbers of posts, not {size!r}")
    if args.ab and not re.fullmatch(r"[a-zA-Z]+\.[a-zA-Z]+=[^,=]+,[^,=]+", args.ab):
        raise CockpitError("cli_usage", detail="--ab takes SETTING=A,B, e.g. runner.postScriptGC=true,false")
    figures = run(sizes, args.tries, ab=args.ab, pages=args.pages, switch_only=args.switch_only)
    if args.json:
        json.dump(figures, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(report(figures))
    return 0
