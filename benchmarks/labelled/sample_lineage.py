"""Draw the resolution pairs of the lineage labelled set and print their texts for annotators.

Pairs are drawn from the UN's session metadata alone (seeded): resolutions of sessions 77-80
whose exact title was adopted at an earlier session (the latest such is the expected
predecessor, to be confirmed by reading), kept short enough to read whole (at most
``--max-paragraphs`` paragraphs each side); plus resolutions whose title no earlier session
has (expected: no predecessor). The texts are printed paragraph by paragraph, English, as the
graph holds them; the aligner is never run here.

    python -m benchmarks.labelled.sample_lineage --pairs 22 --singles 5 > /tmp/pairs.txt
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from graph.build import add_documents
from graph.store import EmbeddedStore
from ontology.namespaces import iris
from queries.library import load_library

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "akn"
SEED = 2026  # --seed to draw more


def _metadata() -> list[dict]:
    rows = []
    for path in sorted((CORPUS / "metadata").glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def _file(symbol: str, lang: str = "English") -> Path | None:
    session, number = symbol.split("/")[2:4]
    found = sorted((CORPUS / f"{session}session" / lang).glob(f"A_RES_{session}_{number}-*.xml"))
    return found[0] if found else None


def _paragraphs(symbol: str) -> list[dict]:
    store = EmbeddedStore(None)
    path = _file(symbol)
    if path is None or not add_documents(store, [path]).ok:
        return []
    rows = load_library()["paragraphs"].run(store, {"instrument": iris().instrument(symbol).value}).rows
    return [{k: v.value for k, v in row.items()} for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=22)
    parser.add_argument("--singles", type=int, default=5)
    parser.add_argument("--max-paragraphs", type=int, default=18)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    rows = _metadata()
    key = lambda r: r["title"].strip().lower()  # noqa: E731
    session = lambda r: int(r["symbol"].split("/")[2])  # noqa: E731
    earlier: dict[str, list[dict]] = {}
    for row in sorted(rows, key=session):
        earlier.setdefault(key(row), []).append(row)
    rng = random.Random(args.seed)
    candidates = [r for r in rows if session(r) >= 77]
    rng.shuffle(candidates)
    pairs, singles = [], []
    for row in candidates:
        before = [r for r in earlier[key(row)] if session(r) < session(row)]
        if before and len(pairs) < args.pairs * 6:
            predecessor = max(before, key=session)
            if session(predecessor) == session(row) - 1 or rng.random() < 0.3:
                pairs.append((row["symbol"], predecessor["symbol"]))
        elif not [r for r in earlier[key(row)] if r is not row] and len(singles) < args.singles:
            singles.append(row["symbol"])
    shown = 0
    for successor, predecessor in pairs:
        if shown == args.pairs:
            break
        old, new = _paragraphs(predecessor), _paragraphs(successor)
        if not old or not new or max(len(old), len(new)) > args.max_paragraphs:
            continue
        shown += 1
        print(f"=== PAIR {successor} <- {predecessor}")
        for label, texts in (("PREDECESSOR " + predecessor, old), ("SUCCESSOR " + successor, new)):
            print(f"--- {label}")
            for p in texts:
                print(f"[{'pre' if p['kind'] == 'preambular' else 'op'} {p['number']}] {p['text']}")
    print(f"# {shown} pairs shown")
    for symbol in singles:
        print(f"=== SINGLE {symbol}")


if __name__ == "__main__":
    main()
