"""Library queries that reach an instrument through ``mg:paragraphOf+``, on a built store: the
path as the queries write it (what the embedded store and the Oxigraph server run) against the
same query with the path written as the union of its chains of one to three steps (what the
Virtuoso dialect sends, and what the queries said themselves before).

    python -m benchmarks.paragraph_paths --store /tmp/corpus-store [--instrument IRI ...]

Each query runs with its own example parameters; ``obligations`` also runs for each
``--instrument`` alone (what a resolution page asks; by default A/RES/78/311 and the instrument
with the most mandates) and for the ``--assignees`` entities with the most mandates, in English
and French. Both forms are run in turn on the same store, and their rows compared: a difference
is printed and makes the exit status 1. No timing is asserted: the script prints a table.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Mapping
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from graph.dialects import Virtuoso, bounded_paths
from graph.store import GraphStore
from graph.versions import open_current
from queries.library import NamedQuery, load_library

RESOLUTION = "https://w3id.org/mandate-graph/id/instrument/A/RES/78/311"
MOST_MANDATED = """PREFIX mg: <https://w3id.org/mandate-graph/ontology#>
SELECT ?node (COUNT(DISTINCT ?deliverable) AS ?n) WHERE {{
  ?deliverable mg:mandatedBy ?paragraph ; mg:assignee ?assignee . {pattern}
}} GROUP BY ?node ORDER BY DESC(?n) ?node LIMIT {limit}"""


def most_mandated(store: GraphStore, what: str, limit: int) -> list[str]:
    """The ``limit`` instruments (``what="instrument"``) or assignees with the most mandates."""
    pattern = "?paragraph mg:paragraphOf ?node . ?node mg:expression ?e ." if what == "instrument" else "BIND (?assignee AS ?node)"
    rows = store.select(MOST_MANDATED.format(pattern=pattern, limit=limit)).rows
    return [row["node"].value for row in rows]


def _timed(store: GraphStore, query: NamedQuery, text: str, values: Mapping[str, str]) -> tuple[float, list]:
    started = time.perf_counter()
    rows = store.select(text, query.bindings(values)).rows
    return time.perf_counter() - started, [tuple(sorted((k, str(v)) for k, v in row.items())) for row in rows]


def cases(store: GraphStore, instruments: list[str], assignees: int) -> list[tuple[str, dict[str, str]]]:
    """(query name, parameters) to run: each path query with its examples, then ``obligations``."""
    library = load_library()
    found = [(name, {p.name: p.example for p in query.params.values() if p.example is not None})
             for name, query in sorted(library.items()) if "mg:paragraphOf+" in query.body]
    for lang in ("en", "fr"):
        found += [("obligations", {"instrument": iri, "lang": lang}) for iri in instruments]
        found += [("obligations", {"assignee": iri, "lang": lang}) for iri in most_mandated(store, "assignee", assignees)]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="a built store folder (e.g. of the real corpus)")
    parser.add_argument("--instrument", action="append", default=[],
                        help="an instrument IRI to ask obligations of (repeatable)")
    parser.add_argument("--assignees", type=int, default=2, help="how many of the most-mandated entities to ask")
    args = parser.parse_args()
    store = open_current(args.store)
    instruments = args.instrument or [RESOLUTION, *most_mandated(store, "instrument", 1)]
    library = load_library()
    print("| query | parameters | rows | path s | union s (before) | union ÷ path |\n|---|---|---|---|---|---|")
    differ = 0
    for name, values in cases(store, instruments, args.assignees):
        query = library[name]
        path_s, path_rows = _timed(store, query, query.text, values)
        union_s, union_rows = _timed(store, query, bounded_paths(query.text, Virtuoso.bounded_paths), values)
        shown = ", ".join(f"{k}={str(v).rsplit('/', 1)[-1] if k != 'instrument' else str(v).split('/instrument/')[-1]}"
                          for k, v in values.items())
        same = sorted(path_rows) == sorted(union_rows)
        differ += not same
        print(f"| {name} | {shown} | {len(path_rows)}{'' if same else f' (union: {len(union_rows)}, DIFFER)'} "
              f"| {path_s:.2f} | {union_s:.2f} | {union_s / max(path_s, 1e-6):.0f}× |", flush=True)
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
