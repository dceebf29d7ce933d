"""Leave-one-set-out measure of the learned activity-name tagger against the rules' names.

For each development set k (the tuning set, dev2 ... dev7; never a held-out set), a tagger is
trained on the other sets (``scripts/train_name_tagger.py``) and tags set k. Its names, the
names the rules find (the new activities of :func:`loaders.extract.prose.prose_names.read_names`) and
the rules' names with the tagger's where the rules found none (:mod:`loaders.extract.prose.prose_tagged_names`,
at each confidence floor of ``--floors``) are compared per passage with the new activity names
the labels give (:mod:`benchmarks.labelled.name_spans`), strictly (:func:`same_name`) and by
overlap (:func:`names_overlap`), as the prose scorer matches names. Precision counts every name
found that no fact labels, so it is low for every source: compare sources, not levels.

    python -m benchmarks.labelled.name_tagger_cv [--floors 0.5 0.7]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks.labelled.name_overlap import names_overlap
from benchmarks.labelled.name_spans import activity_names
from benchmarks.labelled.score_prose import fact_key, passage_aliases, published_date, load_passages, same_name
from loaders.extract.prose.line_breaks import unwrap
from loaders.extract.prose.name_tagger import MODEL_VARIABLE, tag_names
from loaders.extract.prose.prose_event_names import with_occurrences
from loaders.extract.prose.prose_names import read_names
from loaders.extract.prose.prose_tagged_names import kept_names
from loaders.registry import Registry, load_registry
from scripts.train_name_tagger import DEVELOPMENT_SETS, train, training_sentences

__all__ = ["main", "matched", "set_counts"]


def matched(found: set[str], gold: set[str], *, overlap: bool) -> int:
    """How many gold names ``found`` finds, one to one (equal names first, then overlapping ones)."""
    if not overlap:
        return len(found & gold)
    free, count = sorted(gold - found), len(found & gold)
    for name in sorted(found - gold):
        hit = next((g for g in free if names_overlap(name, g)), None)
        if hit is not None:
            free.remove(hit)
            count += 1
    return count


def _rules_alone(text: str, lang: str, registry: Registry, published: str | None):
    """The names the rules read, with no tagger (whatever model the environment names)."""
    before = os.environ.get(MODEL_VARIABLE)
    os.environ[MODEL_VARIABLE] = "none"
    try:
        return read_names(text, lang, registry, published)
    finally:
        if before is None:
            os.environ.pop(MODEL_VARIABLE)
        else:
            os.environ[MODEL_VARIABLE] = before


def set_counts(which: str, model: Path, registry: Registry, floors: list[float]) -> Counter:
    """Counts on one set: gold names, and per source names found and matched (strict, overlap)."""
    counts: Counter = Counter()
    for passage in load_passages(which):
        text, lang = unwrap(passage["text"]), passage["lang"]
        owned = passage_aliases(passage["text"], lang, registry)
        gold = {key for name in activity_names(passage)
                if (key := fact_key({"new": name}, registry, owned)).startswith("new:")}
        names = _rules_alone(text, lang, registry, published_date(passage))
        activities = with_occurrences(text, names.activities)
        rules = {same_name(f.term.key) for f in activities if f.term.key.startswith("new:")}
        taken = [(f.start, f.end) for f in activities] + [(a.start, a.end) for a in names.agents] + \
                [(p.start, p.end) for p in names.places] + [(c.start, c.end) for c in names.citations]
        tagged = tag_names(text, lang, path=model)
        sources = {"rules": rules, "tagger": {same_name("new:" + t.text) for t in tagged}}
        for floor in floors:
            extra = {same_name("new:" + t.text) for t in kept_names(tagged, taken, min_confidence=floor)}
            sources[f"rules + tagger ≥ {floor}"] = rules | extra
        counts["gold"] += len(gold)
        for source, found in sources.items():
            counts[source, "found"] += len(found)
            counts[source, "strict"] += matched(found, gold, overlap=False)
            counts[source, "overlap"] += matched(found, gold, overlap=True)
    return counts


def _cell(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "–"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--floors", type=float, nargs="*", default=[0.5, 0.7], help="confidence floors to compare")
    args = parser.parse_args(argv)
    registry = load_registry()
    total: Counter = Counter()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for which in DEVELOPMENT_SETS:
            model = train(training_sentences([s for s in DEVELOPMENT_SETS if s != which]), Path(folder) / f"{which}.crfsuite")
            counts = set_counts(which, model, registry, args.floors)
            total.update(counts)
            rows.append((which, counts))
    rows.append(("all", total))
    sources = [key[0] for key in total if isinstance(key, tuple) and key[1] == "found"]
    print("| set (left out) | names | source | recall strict | recall overlap | precision strict | precision overlap |")
    print("|---|---|---|---|---|---|---|")
    for which, counts in rows:
        for source in sources:
            print(f"| {which} | {counts['gold']} | {source} | {_cell(counts[source, 'strict'], counts['gold'])} "
                  f"| {_cell(counts[source, 'overlap'], counts['gold'])} | {_cell(counts[source, 'strict'], counts[source, 'found'])} "
                  f"| {_cell(counts[source, 'overlap'], counts[source, 'found'])} |")


if __name__ == "__main__":
    main()
