"""The checks as their files give them: one SPARQL SELECT per constraint of
``ontology/shapes.ttl`` in ``queries/checks/``, each with a ``#+`` header (YAML) naming the
check, the shape, path and constraint it stands for, the message, and a valid example with the
one broken triple that makes it find a node (``valid``, ``break``, ``finds``).
:mod:`graph.checks` runs them.

>>> checks = load_checks()
>>> "evidence-quote-required" in checks
True
>>> checks["evidence-quote-required"].constraint
'sh:minCount 1'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph.binding import Term
from graph.store import GraphStore
from ontology.namespaces import PREFIXES, SHAPES_PREFIX
from queries.library import read_headed_file

__all__ = ["CHECKS_DIR", "Check", "check_prefixes", "check_prologue", "load_checks", "parse_check_file"]

CHECKS_DIR = Path(__file__).resolve().parents[1] / "queries" / "checks"
_REQUIRED = ("name", "shape", "path", "constraint", "message", "valid", "break", "finds")


def check_prefixes() -> dict[str, str]:
    """The prefixes check headers use: the library's and ``mgs:`` for shapes."""
    return {**PREFIXES, "mgs": SHAPES_PREFIX}


def check_prologue() -> str:
    """The PREFIX lines every check and evidence query is asked with."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in check_prefixes().items())


def _expand(curie: str) -> ox.NamedNode:
    prefix, _, local = curie.partition(":")
    try:
        return ox.NamedNode(check_prefixes()[prefix] + local)
    except KeyError:
        raise ValueError(f"unknown prefix in {curie!r}") from None


@dataclass(frozen=True)
class Check:
    """One constraint of one shape, as a SELECT of the nodes that break it."""

    name: str
    shape: ox.NamedNode
    path: ox.NamedNode
    constraint: str
    message: str
    body: str
    path_file: Path
    examples: dict[str, Any] = field(default_factory=dict, compare=False)
    #: Whether every build runs it (``every_build: false`` in the header: only ``mandates
    #: validate`` and the tests, for a check too slow for the real corpus's build budget).
    every_build: bool = True

    @property
    def text(self) -> str:
        return check_prologue() + self.body

    def nodes(self, store: GraphStore) -> list[dict[str, Term]]:
        """The rows (``node``, maybe ``value``) that break this constraint."""
        return store.select(self.text).rows


def parse_check_file(path: Path) -> Check:
    """A check from its ``.rq`` file; raises ``ValueError`` when the header lacks a field
    (examples included: a check cannot be added without them)."""
    meta, body = read_headed_file(path)
    missing = [key for key in _REQUIRED if not meta.get(key)]
    if missing:
        raise ValueError(f"{path}: the header needs {', '.join(missing)}")
    if meta["name"] != path.stem:
        raise ValueError(f"{path}: named {meta['name']!r}, the file must be {meta['name']}.rq")
    if not set(meta["break"]) <= {"add", "remove"} or not meta["break"]:
        raise ValueError(f"{path}: break takes 'add' and/or 'remove' triples")
    return Check(name=meta["name"], shape=_expand(meta["shape"]), path=_expand(meta["path"]),
                 constraint=str(meta["constraint"]), message=str(meta["message"]),
                 body="\n".join(body).strip() + "\n", path_file=path,
                 examples={key: meta[key] for key in ("valid", "break", "finds")},
                 every_build=bool(meta.get("every_build", True)))


@lru_cache(maxsize=1)
def load_checks(directory: Path = CHECKS_DIR) -> dict[str, Check]:
    """Every check in ``directory``, by name, in name order."""
    return {check.name: check for check in map(parse_check_file, sorted(directory.glob("*.rq")))}
