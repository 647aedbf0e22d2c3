"""The modules of the app import one another in one direction: no cycle, and no import hidden
inside a function (where a cycle would only show when that function first runs).

The graph is read from the source with ``ast``: every ``import`` and ``from … import`` of a
module of ``analytics`` or ``pages`` in ``app.py``, ``analytics/`` and ``pages/``, wherever it
stands. ``from analytics.ingest import demo`` is an edge to the module ``analytics.ingest.demo``;
``from analytics.ingest import import_file`` one to the package ``analytics.ingest``.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_PARTY = ("analytics", "pages")


def module_files() -> dict[str, Path]:
    """Every first-party module by its dotted name (a package by its own name)."""
    modules = {"app": ROOT / "app.py"}
    for top in FIRST_PARTY:
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def _resolve(node: ast.ImportFrom, name: str) -> str:
    if not node.level:
        return node.module or ""
    base = name.split(".")
    package = base if (ROOT / Path(*base) / "__init__.py").exists() else base[:-1]
    package = package[: len(package) - node.level + 1]
    return ".".join([*package, *([node.module] if node.module else [])])


def imports(name: str, path: Path, modules: dict[str, Path]) -> list[tuple[str, int, bool]]:
    """(imported module, line, inside a function) for every first-party import of a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            inside.update(id(child) for child in ast.walk(node) if child is not node)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            source = _resolve(node, name)
            targets = [f"{source}.{alias.name}" if f"{source}.{alias.name}" in modules else source
                       for alias in node.names]
        else:
            continue
        for target in targets:
            if target.split(".")[0] in FIRST_PARTY and target in modules:
                found.append((target, node.lineno, id(node) in inside))
    return found


def graph() -> tuple[dict[str, set[str]], list[str]]:
    modules = module_files()
    edges: dict[str, set[str]] = {name: set() for name in modules}
    hidden = []
    for name, path in modules.items():
        for target, line, in_function in imports(name, path, modules):
            edges[name].add(target)
            if in_function:
                hidden.append(f"{path.relative_to(ROOT)}:{line} imports {target}")
    return edges, hidden


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module, or of one importing itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in edges[node]:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_the_imports() -> None:
    edges, _ = graph()
    assert len(edges) > 100
    assert "analytics.store" in edges["analytics.ingest.core"]
    assert "pages.ui.shell" in edges["app"]
    assert "analytics.errors" in edges["analytics.store"]


def test_no_import_cycle() -> None:
    edges, _ = graph()
    assert cycles(edges) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"a"}}) == [["a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_inside_a_function() -> None:
    _, hidden = graph()
    assert hidden == []


def test_the_storage_layer_imports_nothing_of_the_domain() -> None:
    edges, _ = graph()
    assert edges["analytics.store"] <= {"analytics.errors"}
