"""How far two independent readings of the same labelled paragraphs agree (inter-annotator agreement).

    python -m benchmarks.labelled.reader_agreement --first 'benchmarks/labelled/heldout5-*.yaml' \\
        --second 'benchmarks/labelled/second-reader/heldout5-*.yaml' [--details]

Entries are matched by ``id``. Each reading of a paragraph is turned into the same per-field value sets the
scorer compares (:func:`benchmarks.labelled.score_operative.labelled_sets`: actions, assignees, deliverable
kinds, report detection, report to, due session, recurrence, conditions), and the second reading is scored
against the first exactly as the extractor is scored against the labels: F1 of the second reader, taking the
first as reference (F1 is symmetric, so the roles only swap precision and recall). English and French apart,
as a Markdown table; ``--details`` lists each paragraph and field on which the two readings differ.

No extractor is run: this measures the labels only, so it tells how far the extraction figures can be trusted.
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from benchmarks.labelled.score_operative import FIELDS, _prf, count_fields, labelled_sets
from loaders.registry import load_registry

#: The repository root, against which a relative pattern is also tried (so the CLI works from anywhere).
ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "fr")


def load_reading(pattern: str) -> dict[str, dict]:
    """The labelled paragraphs of every file matching ``pattern``, by id (unlabelled entries left out).

    Raises:
        FileNotFoundError: when no file matches, neither from the working directory nor from the repository root.
    """
    names = sorted(glob.glob(pattern)) or sorted(glob.glob(str(ROOT / pattern)))
    if not names:
        raise FileNotFoundError(f"no labelled file matches {pattern!r}")
    reading: dict[str, dict] = {}
    for name in names:
        for entry in yaml.safe_load(Path(name).read_text(encoding="utf-8")) or []:
            if entry.get("clauses") is not None:
                reading[entry["id"]] = entry
    return reading


def agreement(first: dict[str, dict], second: dict[str, dict], registry=None,
              differences: list[str] | None = None) -> dict[tuple[str, str], tuple[int, int, int]]:
    """Counts (agreed, second only, first only) per (field, language), over the ids both readings label.

    The second reading plays the extractor's part and the first the labels': "second only" counts as a false
    positive, "first only" as a false negative. Each differing (paragraph, field) is appended to
    ``differences`` when a list is given.
    """
    registry = registry or load_registry()
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for paragraph_id in sorted(first.keys() & second.keys()):
        lang = first[paragraph_id]["lang"]
        one = labelled_sets(lang, first[paragraph_id], registry)
        two = labelled_sets(lang, second[paragraph_id], registry)
        for name, a, b in count_fields(counts, lang, one, two):
            if differences is not None:
                differences.append(f"{paragraph_id} {name}: first {sorted(map(str, a))} "
                                   f"second {sorted(map(str, b))}")
    return {key: tuple(value) for key, value in counts.items()}


def table(counts: dict[tuple[str, str], tuple[int, int, int]]) -> str:
    """The agreement as a Markdown table: F1 per field, with how many values each reader gave."""
    lines = ["| field | English F1 (values: first / second) | French F1 (values: first / second) | all F1 |",
             "|---|---|---|---|"]
    for name in FIELDS:
        cells = []
        for lang in LANGS:
            agreed, second_only, first_only = counts.get((name, lang), (0, 0, 0))
            _, _, f1 = _prf(agreed, second_only, first_only)
            cells.append(f"{f1:.2f} ({agreed + first_only} / {agreed + second_only})")
        _, _, f1_all = _prf(*counts.get((name, "all"), (0, 0, 0)))
        lines.append(f"| {name} | {cells[0]} | {cells[1]} | {f1_all:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--first", required=True, help="glob of the first reading's files (the reference)")
    parser.add_argument("--second", required=True, help="glob of the second reading's files")
    parser.add_argument("--details", action="store_true", help="list each paragraph and field the readings differ on")
    args = parser.parse_args(argv)
    try:
        first, second = load_reading(args.first), load_reading(args.second)
    except FileNotFoundError as missing:
        parser.exit(2, f"{parser.prog}: error: {missing}\n")
    common = first.keys() & second.keys()
    if not common:
        parser.exit(2, f"{parser.prog}: error: the two readings share no paragraph id\n")
    for label, only in (("first", first.keys() - second.keys()), ("second", second.keys() - first.keys())):
        if only:
            print(f"{len(only)} paragraphs only in the {label} reading, left out: {', '.join(sorted(only))}",
                  file=sys.stderr)
    differences: list[str] = []
    counts = agreement(first, second, differences=differences if args.details else None)
    print(f"{len(common)} paragraphs read twice ({sum(first[i]['lang'] == 'en' for i in common)} English, "
          f"{sum(first[i]['lang'] == 'fr' for i in common)} French); F1 of the second reading against the first")
    print(table(counts))
    if args.details:
        print(f"\n{len(differences)} differences (paragraph, field):")
        print("\n".join(differences))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
