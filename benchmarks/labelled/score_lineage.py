"""Score series links and paragraph alignment against ``lineage-pairs.yaml``.

    python -m benchmarks.labelled.score_lineage                 # the labelled resolutions alone
    python -m benchmarks.labelled.score_lineage --store store   # a store built from the whole corpus

Without ``--store`` the labelled resolutions (and their labelled predecessors) are loaded in
English into a store of their own and the lineage step runs on it: paragraph alignment is scored
as it would be in the corpus, but a series link can only go to a resolution loaded, so series
links are scored on the whole corpus with ``--store``. Per change type, a paragraph counts as
right when the change and (for unchanged and amended) the predecessor paragraph agree.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import yaml

from graph.build import add_documents
from graph.store import EmbeddedStore, GraphStore
from ontology.namespaces import iris
from queries.library import load_library

LABELS = Path(__file__).resolve().parent / "lineage-pairs.yaml"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "akn"
CHANGES = ("unchanged", "amended", "new", "dropped")


def _file(symbol: str) -> Path:
    session, number = symbol.split("/")[2:4]
    return next((CORPUS / f"{session}session" / "English").glob(f"A_RES_{session}_{number}-*.xml"))


def _key(kind: str, number: str) -> str:
    return f"{'pre' if kind == 'preambular' else 'op'} {number}"


def _rows(store: GraphStore, name: str, symbol: str) -> list[dict]:
    result = load_library()[name].run(store, {"instrument": iris().instrument(symbol).value})
    return [{k: v.value for k, v in row.items()} for row in result.rows]


def _predecessor(store: GraphStore, symbol: str) -> str | None:
    rows = _rows(store, "series", symbol)
    index = [r["symbol"] for r in rows].index(symbol) if rows else -1
    return rows[index - 1]["symbol"] if index > 0 else None


def _prf(right: int, predicted: int, expected: int) -> str:
    p = right / predicted if predicted else 1.0
    r = right / expected if expected else 1.0
    return f"{p:.2f} / {r:.2f} (n={expected})"


def score(store: GraphStore, labels: dict) -> dict[str, str]:
    right, predicted, expected = Counter(), Counter(), Counter()
    for pair in labels["pairs"]:
        symbol, label_pred = pair["successor"], pair["predecessor"]
        found = _predecessor(store, symbol)
        predicted["series"] += found is not None
        expected["series"] += 1
        right["series"] += found == label_pred
        rows: dict[str, tuple[str, set]] = {}
        for row in _rows(store, "lineage", symbol):
            key = _key(row["kind"], row["number"])
            change, preds = rows.get(key, (row.get("change", "new"), set()))
            if "predecessorNumber" in row:
                preds.add(_key("preambular" if "/preamble/" in row["predecessor"] else "operative",
                               row["predecessorNumber"]))
            rows[key] = (change, preds)
        for key, label in pair["paragraphs"].items():
            change = label[0]
            expected[change] += 1
            got, preds = rows.get(key, (None, set()))
            right[change] += got == change and (change == "new" or label[1] in preds)
        for got, _ in rows.values():
            if got in CHANGES:
                predicted[got] += 1
        dropped = {_key(r["kind"], r["number"]) for r in _rows(store, "lineage-dropped", symbol)}
        labelled = set(pair.get("dropped") or [])
        expected["dropped"] += len(labelled)
        predicted["dropped"] += len(dropped)
        right["dropped"] += len(dropped & labelled)
    for pair in labels.get("series_only") or []:
        found = _predecessor(store, pair["successor"])
        predicted["series"] += found is not None
        expected["series"] += 1
        right["series"] += found == pair["predecessor"]
    for symbol in labels.get("singles") or []:
        found = _predecessor(store, symbol)
        predicted["series"] += found is not None
    return {kind: _prf(right[kind], predicted[kind], expected[kind]) for kind in ("series", *CHANGES)}


def _labelled_store(labels: dict) -> GraphStore:
    store = EmbeddedStore(None)
    symbols = {p["successor"] for p in labels["pairs"]} | {p["predecessor"] for p in labels["pairs"]}
    symbols |= set(labels.get("singles") or [])
    symbols |= {s for p in labels.get("series_only") or [] for s in (p["successor"], p["predecessor"])}
    report = add_documents(store, [_file(s) for s in sorted(symbols)])
    assert report.ok, report.failed
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a store built from the whole corpus")
    args = parser.parse_args()
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    if args.store:
        from graph.versions import open_current

        store = open_current(args.store)
    else:
        store = _labelled_store(labels)
    print("| links | precision / recall |\n|---|---|")
    for kind, figures in score(store, labels).items():
        print(f"| {kind} | {figures} |")


if __name__ == "__main__":
    main()
