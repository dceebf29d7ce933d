"""The query library: one ``.rq`` file per question, with a machine-readable header.

Header lines start with ``#+`` and form a YAML document: ``name``, ``title``,
``description``, ``params`` (name -> type, required, default, example) and ``columns``.
Parameters are converted to RDF terms by their declared type and bound with a ``VALUES``
block (:func:`graph.binding.with_values`), never pasted into the text.

>>> lib = load_library()
>>> "mandates" in lib
True
>>> lib["mandates"].params["activity"].type
'iri'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal as Lit

import yaml
from pyoxigraph import Literal, NamedNode

from ontology.namespaces import PREFIXES, XSD
from graph.binding import Term
from graph.store import GraphStore, QueryResult

__all__ = ["Param", "NamedQuery", "ParameterError", "load_library", "parse_query_file", "QUERIES_DIR",
           "prefix_block"]

QUERIES_DIR = Path(__file__).resolve().parent
ParamType = Lit["iri", "date", "string", "lang", "integer"]
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")


class ParameterError(ValueError):
    """A parameter is missing, unknown or of the wrong type; ``name`` says which."""

    def __init__(self, name: str, message: str) -> None:
        self.name = name
        super().__init__(f"parameter {name!r}: {message}")


@dataclass(frozen=True)
class Param:
    name: str
    type: ParamType
    required: bool = False
    default: str | None = None
    example: str | None = None

    def to_term(self, raw: str | None) -> Term | None:
        if raw is None or raw == "":
            if self.required:
                raise ParameterError(self.name, "is required")
            raw = self.default
            if raw is None:
                return None
        raw = str(raw)
        if self.type == "iri":
            try:
                node = NamedNode(raw)
            except ValueError as error:
                raise ParameterError(self.name, f"not a valid IRI ({error})") from None
            if ":" not in raw:
                raise ParameterError(self.name, "not an absolute IRI")
            return node
        if self.type == "date":
            try:
                return Literal(date.fromisoformat(raw).isoformat(), datatype=XSD.date)
            except ValueError:
                raise ParameterError(self.name, f"expected a date YYYY-MM-DD, got {raw!r}") from None
        if self.type == "integer":
            if not re.fullmatch(r"-?\d+", raw):
                raise ParameterError(self.name, f"expected an integer, got {raw!r}")
            return Literal(raw, datatype=XSD.integer)
        if self.type == "lang":
            if not _LANG.match(raw):
                raise ParameterError(self.name, f"expected a language code such as en or fr, got {raw!r}")
            return Literal(raw)
        return Literal(raw)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: dict[str, Param]
    columns: list[str]
    body: str
    path: Path
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The full query, with its prefixes, ready to copy."""
        return prefix_block() + self.body

    def bindings(self, values: Mapping[str, str | None]) -> dict[str, Term | None]:
        unknown = set(values) - set(self.params)
        if unknown:
            name = sorted(unknown)[0]
            raise ParameterError(name, f"unknown; {self.name} takes {', '.join(self.params) or 'none'}")
        bound = {name: param.to_term(values.get(name)) for name, param in self.params.items()}
        needs = list(self.meta.get("needs_one_of") or [])
        if needs and all(bound.get(name) is None for name in needs):
            raise ParameterError(needs[0], f"{self.name} needs one of {', '.join(needs)}")
        return bound

    def run(self, store: GraphStore, values: Mapping[str, str | None] | None = None, *,
            max_rows: int | None = None) -> QueryResult:
        return store.select(self.text, self.bindings(values or {}), max_rows=max_rows)

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name, "title": self.title, "description": self.description,
            "params": [{"name": p.name, "type": p.type, "required": p.required, "default": p.default,
                        "example": p.example} for p in self.params.values()],
            "columns": self.columns,
        }


def prefix_block() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def read_headed_file(path: Path) -> tuple[dict[str, Any], list[str]]:
    """A ``.rq`` file's ``#+`` YAML header and its body lines (library queries and checks alike)."""
    header, body = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#+"):
            header.append(line[3:] if line.startswith("#+ ") else line[2:])
        else:
            body.append(line)
    try:
        meta = yaml.safe_load("\n".join(header)) or {}
    except yaml.YAMLError as error:
        raise ValueError(f"{path}: header is not valid YAML: {error}") from error
    return meta, body


def parse_query_file(path: Path) -> NamedQuery:
    meta, body = read_headed_file(path)
    params = {}
    for name, spec in (meta.get("params") or {}).items():
        spec = spec or {}
        params[name] = Param(name=name, type=spec.get("type", "string"), required=bool(spec.get("required")),
                             default=spec.get("default"), example=spec.get("example"))
    return NamedQuery(name=meta.get("name", path.stem), title=meta.get("title", path.stem),
                      description=" ".join(str(meta.get("description", "")).split()), params=params,
                      columns=list(meta.get("columns") or []), body="\n".join(body).strip() + "\n",
                      path=path, meta=meta)


@lru_cache(maxsize=1)
def load_library(directory: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    queries = [parse_query_file(p) for p in sorted(directory.glob("*.rq"))]
    return {q.name: q for q in queries}
