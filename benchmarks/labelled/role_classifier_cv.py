"""Leave-one-set-out measure of the learned role classifier (:mod:`loaders.extract.prose.prose_role_classifier`).

For each development set k, the classifier is trained on the other development sets and reads set
k; its role facts are scored against set k's labels beside the rules' (strict and overlap names, as
:mod:`benchmarks.labelled.score_prose` scores them): the rules alone, the classifier alone, and the
rules with the classifier's facts for the pairs the rules give no role (what the extractor ships).
The rules were written from these sets, so their figures here are in-sample; the classifier's are
not. The held-out sets are never read.

    python -m benchmarks.labelled.role_classifier_cv [--threshold 0.5] [--sweep] [--facts]

``--sweep`` prints the pooled figures for a range of thresholds (the threshold is chosen from it);
``--facts`` also scores each set k with ``score_prose`` and the model trained without k, as the
extractor reads it.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks.labelled.role_training import DEVELOPMENT_SETS, Passage, fit, read_set
from benchmarks.labelled.score_prose import label_matches, passage_scores, same_name
from loaders.extract.prose.prose_role_classifier import model_in_use, probabilities
from loaders.registry import Registry, load_registry

__all__ = ["cross_validated", "main", "role_scores"]

Triple = tuple[str, str, str]
#: Systems scored: the rules alone, the classifier alone, the rules and the classifier's facts.
SYSTEMS = ("rules", "classifier", "rules+classifier")


def cross_validated(data: dict[str, list[Passage]]) -> dict[str, list[dict[tuple[str, str], tuple[float, Triple]]]]:
    """For each set, for each passage: every candidate pair's likeliest role and probability, read with
    the model trained on the other sets."""
    out = {}
    for held in data:
        model = fit([p for k, ps in data.items() if k != held for p in ps], threshold=0.0,
                    trained_on=tuple(k for k in data if k != held))
        out[held] = []
        for passage in data[held]:
            best: dict[tuple[str, str], tuple[float, Triple]] = {}
            for candidate in passage.candidates:
                pair = (candidate.activity.term.key, candidate.agent.term.key)
                role, probability = probabilities(candidate.features, model)
                if probability > best.get(pair, (-1.0,))[0]:
                    best[pair] = (probability, (same_name(pair[0]), role, same_name(pair[1])))
            out[held].append(best)
    return out


def _facts(passage: Passage, best: dict, threshold: float, system: str) -> set[Triple]:
    rules = passage.rule_facts if system != "classifier" else set()
    held = passage.rule_pairs | {(o, s) for s, o in passage.rule_pairs} if system != "classifier" else set()
    added = {t for pair, (p, t) in best.items() if p >= threshold and pair not in held} if system != "rules" else set()
    return rules | added


def role_scores(passages: list[Passage], bests: list[dict], threshold: float, system: str, match: str) -> tuple[int, int, int]:
    """(correct, extracted, labelled) role facts of a system on a set."""
    correct = extracted = labelled = 0
    for passage, best in zip(passages, bests, strict=True):
        facts = _facts(passage, best, threshold, system)
        correct += len(label_matches(facts, passage.labels, match))  # type: ignore[arg-type]
        extracted += len(facts)
        labelled += len(passage.labels)
    return correct, extracted, labelled


def _cell(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "–"


def _row(name: str, scores: dict[str, tuple[int, int, int]]) -> str:
    (c, e, n), (co, eo, no) = scores["strict"], scores["overlap"]
    return f"| {name} | {_cell(c, e)} | {_cell(co, eo)} | {_cell(c, n)} | {_cell(co, no)} |"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--sweep", action="store_true", help="pooled figures for thresholds 0.3 ... 0.9")
    parser.add_argument("--facts", action="store_true", help="score each set with score_prose and the model trained without it")
    args = parser.parse_args(argv)
    registry = load_registry()
    data = {k: read_set(k, registry) for k in DEVELOPMENT_SETS}
    bests = cross_validated(data)
    if args.sweep:
        print("| threshold | added facts: precision (strict) | precision (overlap) | rules+classifier: recall (strict) | recall (overlap) |")
        print("|---|---|---|---|---|")
        for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
            _sweep_row(data, bests, threshold)
    print("| set, system | role precision | precision (overlap names) | role recall | recall (overlap names) |")
    print("|---|---|---|---|---|")
    pooled = {s: {m: Counter() for m in ("strict", "overlap")} for s in SYSTEMS}
    for k in data:
        for system in SYSTEMS:
            scores = {m: role_scores(data[k], bests[k], args.threshold, system, m) for m in ("strict", "overlap")}
            for m, v in scores.items():
                pooled[system][m].update(dict(zip("cen", v, strict=True)))
            print(_row(f"{k}, {system}", scores))
    for system in SYSTEMS:
        print(_row(f"all sets, {system}", {m: (c["c"], c["e"], c["n"]) for m, c in pooled[system].items()}))
    if args.facts:
        _fact_level(data, registry, args.threshold)


def _sweep_row(data: dict[str, list[Passage]], bests: dict, threshold: float) -> None:
    added = {m: [0, 0] for m in ("strict", "overlap")}
    recall = {m: [0, 0] for m in ("strict", "overlap")}
    for k in data:
        for m in added:
            c_rules, e_rules, _ = role_scores(data[k], bests[k], threshold, "rules", m)
            c, e, n = role_scores(data[k], bests[k], threshold, "rules+classifier", m)
            added[m][0] += c - c_rules
            added[m][1] += e - e_rules
            recall[m][0] += c
            recall[m][1] += n
    print(f"| {threshold} | {_cell(*added['strict'])} | {_cell(*added['overlap'])} "
          f"| {_cell(*recall['strict'])} | {_cell(*recall['overlap'])} |")


def _fact_level(data: dict[str, list[Passage]], registry: Registry, threshold: float) -> None:
    """Role facts of ``score_prose`` on each set, rules alone and with the model trained without the set."""
    print("\n| set (score_prose, roles) | before: P | before: R | after: P | after: P (overlap) | after: R | after: R (overlap) |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for held in data:
            path = Path(tmp) / f"without-{held}.json"
            model = fit([p for k, ps in data.items() if k != held for p in ps], threshold=threshold,
                        trained_on=tuple(k for k in data if k != held))
            path.write_text(json.dumps(model), encoding="utf-8")
            with model_in_use(None):
                before = passage_scores(registry, held)
            with model_in_use(path):
                after = passage_scores(registry, held)
                after_o = passage_scores(registry, held, match="overlap")
            print(f"| {held} | {_cell(before[0]['role'], before[1]['role'])} | {_cell(before[0]['role'], before[2]['role'])} "
                  f"| {_cell(after[0]['role'], after[1]['role'])} | {_cell(after_o[0]['role'], after_o[1]['role'])} "
                  f"| {_cell(after[0]['role'], after[2]['role'])} | {_cell(after_o[0]['role'], after_o[2]['role'])} |")


if __name__ == "__main__":
    main()
