"""What the package imports at run time is installed by `pip install -e .` alone (the README's first
command), not only by the test extras: every third-party module the runtime packages import comes
from a distribution `pyproject.toml` declares, or from one a declared distribution requires.

(graph/lineage/align.py imported numpy, which only the test extras brought: `mandates serve` on a
fresh install stopped at the lineage step while every test passed.)"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNTIME_PACKAGES = ("ontology", "graph", "loaders", "queries", "api", "cli", "views")


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.split(r"[<>=!~\[ ;(]", requirement.strip(), maxsplit=1)[0]).lower()


def _installed_with(declared: set[str]) -> set[str]:
    """The declared distributions and, recursively, what they require (extras left out)."""
    seen, todo = set(), list(declared)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            needs = requires(name) or []
        except PackageNotFoundError:
            continue
        todo += [_name(r) for r in needs if "extra ==" not in r.replace("extra==", "extra ==")]
    return seen


def _imported_modules() -> dict[str, str]:
    """Each third-party top-level module the runtime packages import, with one file importing it."""
    out: dict[str, str] = {}
    for package in RUNTIME_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for top in (name.split(".")[0] for name in names):
                    if top not in sys.stdlib_module_names and top not in RUNTIME_PACKAGES:
                        out.setdefault(top, str(path.relative_to(ROOT)))
    return out


def test_every_module_the_runtime_imports_comes_with_a_declared_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    installed = _installed_with({_name(d) for d in project["dependencies"]})
    distributions = packages_distributions()
    missing = {module: where for module, where in _imported_modules().items()
               if not {_name(d) for d in distributions.get(module, [])} & installed}
    assert not missing, f"imported at run time but not installed by `pip install -e .`: {missing}"
