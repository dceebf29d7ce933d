"""How far two independent readings of the same prose passages agree on their facts (inter-annotator
agreement for the prose extraction targets).

    python -m benchmarks.labelled.prose_reader_agreement \\
        --first benchmarks/labelled/prose-heldout6.yaml \\
        --second benchmarks/labelled/second-reader/prose-heldout6.yaml

Passages are paired by their text (whitespace aside), not by id: each reader may number them differently.
Each reading's facts are turned into the term keys the prose scorer compares
(:func:`benchmarks.labelled.score_prose.fact_key`, registry names resolved as the scorer resolves them), and the
second reading is scored against the first exactly as the extractor is scored against the labels
(:func:`benchmarks.labelled.score_prose.label_matches`): per kind of fact (mandate links, roles, events, part of,
other; :func:`benchmarks.labelled.score_prose.labelled_kind`), **strict** (a new node's name must be the same, after
``same_name``) and **overlap** (names of new nodes count as one node when their content words overlap,
:mod:`benchmarks.labelled.name_overlap`). The second reader plays the extractor's part: precision is the
share of the second reader's facts the first also gives, recall the share of the first reader's facts the
second also gives; F1 is symmetric, so which reader is "first" only swaps precision and recall.

It prints aggregate counts only -- never a fact, a name or a passage -- so that a held-out set stays held out.
No extractor is run: this measures the labels, and so how far the extraction figures can be trusted.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from benchmarks.labelled.score_prose import (KIND_NAMES, KINDS, Matching, fact_key, label_matches, labelled_kind, passage_aliases,
                                             label_problems)
from loaders.registry import Registry, load_registry

__all__ = ["agreement", "load_reading", "main", "pair_by_text", "table"]

#: The repository root, against which a relative path is also tried (so the CLI works from anywhere).
ROOT = Path(__file__).resolve().parents[2]
Counts = dict[str, tuple[int, int, int]]


def load_reading(path: str | Path) -> list[dict[str, Any]]:
    """The passages of one labelled prose file (its ``passages`` list), from the working directory or, failing
    that, from the repository root.

    Raises:
        FileNotFoundError: when the file is in neither place.
    """
    candidates = [Path(path), ROOT / path]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        raise FileNotFoundError(f"no labelled prose file {path}")
    return yaml.safe_load(found.read_text(encoding="utf-8"))["passages"]


def _text_key(text: str) -> str:
    return " ".join(text.split())


def pair_by_text(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> list[tuple[dict, dict]]:
    """(first reading, second reading) of every passage both readings hold, matched by their text with
    whitespace folded, in the first reading's order."""
    by_text = {_text_key(p["text"]): p for p in second}
    return [(p, by_text[_text_key(p["text"])]) for p in first if _text_key(p["text"]) in by_text]


def _facts(passage: dict[str, Any], registry: Registry, owned: frozenset[str]) -> set[tuple[str, str, str]]:
    return {(fact_key(s, registry, owned), p, fact_key(o, registry, owned)) for s, p, o in passage["facts"]}


def agreement(pairs: list[tuple[dict, dict]], registry: Registry, match: Matching = "strict") -> Counts:
    """Per kind of fact: (agreed, first reader's facts, second reader's facts), over the paired passages. An
    agreed fact is counted under the kind of the first reader's fact; ``match`` compares new nodes' names
    strictly or by overlap, as :func:`benchmarks.labelled.score_prose.passage_scores` does."""
    agreed, first_n, second_n = Counter(), Counter(), Counter()
    for one, two in pairs:
        owned = passage_aliases(one["text"], one["lang"], registry)
        reference, reading = _facts(one, registry, owned), _facts(two, registry, owned)
        found_by = label_matches(reading, reference, match)
        for fact in reading:
            second_n[labelled_kind(fact[0], fact[1], registry)] += 1
        for fact in reference:
            kind = labelled_kind(fact[0], fact[1], registry)
            first_n[kind] += 1
            agreed[kind] += fact in found_by
    return {kind: (agreed[kind], first_n[kind], second_n[kind]) for kind in KINDS}


def _scores(agreed: int, first: int, second: int) -> str:
    """Precision / recall / F1 of the second reading against the first, as one table cell."""
    def ratio(a: int, b: int) -> str:
        return f"{a / b:.2f}" if b else "–"
    return f"{ratio(agreed, second)} / {ratio(agreed, first)} / {ratio(2 * agreed, first + second)}"


def table(strict: Counts, overlap: Counts) -> str:
    """The agreement as a Markdown table: per kind of fact and in all, how many facts each reader gives, how
    many they agree on, and precision / recall / F1 of the second reading against the first, strict and
    overlap."""
    lines = ["| kind of fact | facts: first / second | agreed (strict) | P / R / F1 (strict) "
             "| agreed (overlap names) | P / R / F1 (overlap names) |",
             "|---|---|---|---|---|---|"]
    rows = [(KIND_NAMES[kind], strict[kind], overlap[kind]) for kind in KINDS]
    rows.append(("all kinds", tuple(map(sum, zip(*strict.values()))), tuple(map(sum, zip(*overlap.values())))))
    for name, (agreed, first, second), (agreed_o, _, _) in rows:
        lines.append(f"| {name} | {first} / {second} | {agreed} | {_scores(agreed, first, second)} "
                     f"| {agreed_o} | {_scores(agreed_o, first, second)} |")
    return "\n".join(lines)


def _traps(pairs: list[tuple[dict, dict]]) -> str:
    """How the two readings agree on passages left without facts (precision traps), as one line of counts."""
    both = sum(not one["facts"] and not two["facts"] for one, two in pairs)
    first_only = sum(not one["facts"] and bool(two["facts"]) for one, two in pairs)
    second_only = sum(bool(one["facts"]) and not two["facts"] for one, two in pairs)
    return (f"Passages without facts (precision traps): both readers {both}, first reader only {first_only}, "
            f"second reader only {second_only}.")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--first", required=True, metavar="YAML",
                        help="the first (reference) reading: a labelled prose file with a 'passages' list")
    parser.add_argument("--second", required=True, metavar="YAML",
                        help="the second reading of the same passages (paired with the first by their text)")
    args = parser.parse_args(argv)
    registry = load_registry()
    first, second = load_reading(args.first), load_reading(args.second)
    for name, reading in (("first", first), ("second", second)):
        if problems := label_problems(reading, registry):
            parser.exit(2, f"{parser.prog}: error: the {name} reading has {len(problems)} label(s) that are "
                           "neither registry keys nor marked terms\n")
    pairs = pair_by_text(first, second)
    print(f"Passages paired by text: {len(pairs)} (first reading {len(first)}, second reading {len(second)}).\n")
    print(table(agreement(pairs, registry), agreement(pairs, registry, "overlap")))
    print("\n" + _traps(pairs))


if __name__ == "__main__":
    main()
