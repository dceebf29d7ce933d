"""Leave-one-set-out fact scores of the prose extractor with and without the learned name tagger.

For each development set k (the tuning set, dev2 ... dev7; never a held-out set), the prose
scorer (:func:`benchmarks.labelled.score_prose.passage_scores`) scores set k twice: with no
tagger (``MG_NAME_TAGGER_MODEL=none``: the rules alone) and with a tagger trained on the other
sets only (``scripts/train_name_tagger.py --without k``), keeping its names at each confidence
floor of ``--floors`` (:data:`loaders.extract.prose.prose_tagged_names.MIN_CONFIDENCE`). The figures
are summed over the sets, per kind of fact, strict and overlap, as the scorer counts them. The
rules were written from these same sets, so their column is no held-out figure; the tagger's
gain over them is.

    python -m benchmarks.labelled.name_tagger_facts [--floors 0.5 0.7] [--sets dev5 dev6]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks.labelled.score_prose import KIND_NAMES, passage_scores
from loaders.extract.prose import prose_tagged_names
from loaders.extract.prose.name_tagger import MODEL_VARIABLE
from loaders.registry import load_registry
from scripts.train_name_tagger import DEVELOPMENT_SETS, train, training_sentences

__all__ = ["main"]
KINDS = ("mandate", "role", "event")


def _scores(which: str, model: str, registry, floor: float | None = None) -> dict[str, tuple[Counter, Counter, Counter]]:
    """(correct, extracted, labelled) per matching on one set, with ``model`` ("none": no tagger)."""
    before = os.environ.get(MODEL_VARIABLE), prose_tagged_names.MIN_CONFIDENCE
    os.environ[MODEL_VARIABLE] = model
    if floor is not None:
        prose_tagged_names.MIN_CONFIDENCE = floor
    try:
        return {match: passage_scores(registry, which, match=match)[:3] for match in ("strict", "overlap")}
    finally:
        prose_tagged_names.MIN_CONFIDENCE = before[1]
        if before[0] is None:
            os.environ.pop(MODEL_VARIABLE, None)
        else:
            os.environ[MODEL_VARIABLE] = before[0]


def _cell(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "–"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--floors", type=float, nargs="*", default=[prose_tagged_names.MIN_CONFIDENCE])
    parser.add_argument("--sets", nargs="*", default=list(DEVELOPMENT_SETS), choices=DEVELOPMENT_SETS)
    args = parser.parse_args(argv)
    registry = load_registry()
    totals: dict[str, dict[str, list[Counter]]] = {}
    per_set: list[tuple[str, dict]] = []
    with tempfile.TemporaryDirectory() as folder:
        for which in args.sets:
            model = train(training_sentences([s for s in DEVELOPMENT_SETS if s != which]), Path(folder) / f"{which}.crfsuite")
            runs = {"rules alone": _scores(which, "none", registry)}
            runs.update({f"rules + tagger ≥ {floor}": _scores(which, str(model), registry, floor) for floor in args.floors})
            per_set.append((which, runs))
            for source, by_match in runs.items():
                for match, counters in by_match.items():
                    slot = totals.setdefault(source, {}).setdefault(match, [Counter(), Counter(), Counter()])
                    for total, counter in zip(slot, counters):
                        total.update(counter)
    print(f"Leave-one-set-out over {', '.join(args.sets)}")
    print("| kind of fact | source | precision | precision (overlap names) | recall | recall (overlap names) |")
    print("|---|---|---|---|---|---|")
    for kind in KINDS:
        for source, by_match in totals.items():
            (c, e, l), (co, eo, lo) = by_match["strict"], by_match["overlap"]
            print(f"| {KIND_NAMES[kind]} | {source} | {_cell(c[kind], e[kind])} | {_cell(co[kind], eo[kind])} "
                  f"| {_cell(c[kind], l[kind])} | {_cell(co[kind], lo[kind])} |")
    print("\nPer set left out, strict precision / recall")
    print("| set | source | " + " | ".join(KIND_NAMES[kind] for kind in KINDS) + " |")
    print("|---|---|" + "---|" * len(KINDS))
    for which, runs in per_set:
        for source, by_match in runs.items():
            c, e, l = by_match["strict"]
            print(f"| {which} | {source} | " + " | ".join(f"{_cell(c[k], e[k])} / {_cell(c[k], l[k])}" for k in KINDS) + " |")


if __name__ == "__main__":
    main()
