#!/usr/bin/env python3
"""Fail when the folders of src/zongjie include each other in a cycle.

Each folder of src/zongjie is a layer (src/CMakeLists.txt); a header or
source file in folder A that includes "zongjie/B/..." makes A depend on B.
Prints the dependency graph with -v and every cycle found; exit 1 on a cycle.
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"zongjie/([a-z_]+)/', re.M)


def graph(root: pathlib.Path) -> dict[str, set[str]]:
    deps: dict[str, set[str]] = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        edges = deps.setdefault(folder.name, set())
        for f in folder.rglob("*"):
            if f.suffix not in (".hpp", ".cpp", ".h"):
                continue
            for target in INCLUDE.findall(f.read_text(encoding="utf-8", errors="replace")):
                if target != folder.name:
                    edges.add(target)
    return deps


def cycles(deps: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one folder (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(deps.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(deps):
        if v not in index:
            visit(v)
    return out


def main() -> int:
    verbose = "-v" in sys.argv[1:]
    args = [a for a in sys.argv[1:] if a != "-v"]
    root = pathlib.Path(args[0]) if args else pathlib.Path(__file__).resolve().parent.parent / "src" / "zongjie"
    deps = graph(root)
    if verbose:
        for folder, edges in sorted(deps.items()):
            print(f"{folder} -> {' '.join(sorted(edges))}")
    found = cycles(deps)
    for component in found:
        members = set(component)
        edges = [f"{a} -> {b}" for a in component for b in sorted(deps[a]) if b in members]
        print(f"include cycle between {', '.join(component)}: {'; '.join(edges)}", file=sys.stderr)
    if not found:
        print(f"no include cycle between the {len(deps)} folders of {root}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
