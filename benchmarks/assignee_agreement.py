"""Do the English and French texts of a paragraph name the same assignees? A measure that needs
no labels.

    python -m benchmarks.assignee_agreement [--field assignees|kinds|recurrence|condition] [--sessions 78 79]
        [--limit N] [--top 40] [--examples 2] [--classes 30]

The corpus has every resolution of sessions 76-80 in both languages, and a paragraph's IRI is
the same in both (its resolution's symbol and its number), so each operative paragraph and
lettered point can be read twice, once per language, by the loaders' own reader
(:func:`loaders.formats.akn.read_akn`). Its assignees are compared as sets of keys: a registry
entity's key, or ``named:<name>`` for a name the registry lacks (which never matches across
languages: a French name the registry lacks is exactly what this shows).

``--field`` compares other fields of the mandates the same way: the deliverables' kinds, their
recurrence, or the clauses' resource condition (values, not entities: they match across languages
as they are).

Prints the agreement rate (paragraphs whose two sets are equal, among those where at least one
language finds an assignee) and the commonest disagreements with counts and examples:
``EN only <key>`` (English resolves it, French finds no such assignee) and ``FR only <key>``.
``--classes N`` also counts the disagreeing paragraphs by class, the pair of key sets each language
finds alone ("EN united-nations | FR un-system"), largest first, with one paragraph of each: the
order in which to read them.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from loaders.formats.akn import read_akn_file
from loaders.structure import Paragraph
from loaders.text import fold

AKN = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "akn"
SESSIONS = (76, 77, 78, 79, 80)
_STEM = re.compile(r"^(?P<symbol>A_RES_\d+_[^-]+)-\d+(?P<lang>[EF])\.xml$")


@dataclass(frozen=True)
class Reading:
    """One paragraph's assignee keys in one language, and its text (for examples)."""

    keys: frozenset[str]
    text: str
    names: tuple[str, ...] = ()

    def shown(self) -> str:
        return f"[{'; '.join(self.names)}] {self.text[:140]}"


def pairs(session: int, folder: Path = AKN) -> list[tuple[Path, Path]]:
    """(English, French) files of one session's resolutions, matched by symbol."""
    by_symbol: dict[str, dict[str, Path]] = defaultdict(dict)
    for lang, sub in (("E", "English"), ("F", "French")):
        for path in sorted((folder / f"{session}session" / sub).glob("*.xml")):
            match = _STEM.match(path.name)
            if match and match.group("lang") == lang:
                by_symbol[match.group("symbol")][lang] = path
    return [(p["E"], p["F"]) for _, p in sorted(by_symbol.items()) if set(p) == {"E", "F"}]


def _key(assignee) -> str:
    return assignee.entity.key if assignee.entity is not None else "named:" + " ".join(fold(assignee.name).split())


def _assignees(mandates) -> list[tuple[str, str]]:
    return [(_key(a), a.name) for a in mandates.assignees]


def _kinds(mandates) -> list[tuple[str, str]]:
    return [(d.kind, f"{d.kind}: {d.label.value}") for d in mandates.deliverables]


def _recurrence(mandates) -> list[tuple[str, str]]:
    return [(d.recurrence.value, d.recurrence.value) for d in mandates.deliverables if d.recurrence is not None]


def _condition(mandates) -> list[tuple[str, str]]:
    return [(mandates.condition.value, mandates.condition.value)] if mandates.condition is not None else []


#: What each ``--field`` compares: per clause's mandates, (key compared across languages, text shown).
FIELDS = {"assignees": _assignees, "kinds": _kinds, "recurrence": _recurrence, "condition": _condition}


def readings(path: Path, field: str = "assignees") -> dict[str, Reading]:
    """Paragraph number -> its keys of ``field`` (its assignees by default), for every operative
    paragraph and point of the resolution."""
    return _readings(read_akn_file(path), field)


def _readings(document, field: str) -> dict[str, Reading]:
    out: dict[str, Reading] = {}
    values_of = FIELDS[field]

    def add(paragraph: Paragraph) -> None:
        found = [v for clause in paragraph.actions if clause.mandates is not None for v in values_of(clause.mandates)]
        out[paragraph.number] = Reading(frozenset(key for key, _ in found), paragraph.text,
                                        tuple(dict.fromkeys(shown for _, shown in found)))

    for paragraph in document.main.operative:
        add(paragraph)
        for point in paragraph.subparagraphs:
            add(point)
    return out


@dataclass
class Tally:
    """Paragraphs compared and agreed, and per side the keys one language found alone."""

    compared: int = 0
    agreed: int = 0
    english_only: Counter = field(default_factory=Counter)
    french_only: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=lambda: defaultdict(list))
    #: (keys English finds alone, keys French finds alone) -> disagreeing paragraphs, and one of each.
    classes: Counter = field(default_factory=Counter)
    class_example: dict = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.agreed / self.compared if self.compared else 1.0


def compare(file_pairs: list[tuple[Path, Path]], *, examples: int = 2, field: str = "assignees") -> Tally:
    return compare_fields(file_pairs, (field,), examples=examples)[field]


def compare_fields(file_pairs: list[tuple[Path, Path]], fields: tuple[str, ...], *,
                   examples: int = 2) -> dict[str, Tally]:
    """One tally per field, each file read once."""
    tallies = {name: Tally() for name in fields}
    for english_path, french_path in file_pairs:
        english_document, french_document = read_akn_file(english_path), read_akn_file(french_path)
        where = english_path.name.split("-")[0]
        for name in fields:
            _tally(tallies[name], _readings(english_document, name), _readings(french_document, name), where, examples)
    return tallies


def _tally(tally: Tally, english: dict[str, Reading], french: dict[str, Reading], symbol: str, examples: int) -> None:
    for number in english.keys() & french.keys():
        en, fr = english[number], french[number]
        if not en.keys and not fr.keys:
            continue
        tally.compared += 1
        if en.keys == fr.keys:
            tally.agreed += 1
            continue
        where = f"{symbol} {number}"
        kind = (tuple(sorted(en.keys - fr.keys)), tuple(sorted(fr.keys - en.keys)))
        tally.classes[kind] += 1
        tally.class_example.setdefault(kind, where)
        for side, keys, counter in (("EN", en.keys - fr.keys, tally.english_only),
                                    ("FR", fr.keys - en.keys, tally.french_only)):
            for key in keys:
                counter[key] += 1
                if len(tally.examples[(side, key)]) < examples:
                    tally.examples[(side, key)].append((where, en.shown(), fr.shown()))


def report(tally: Tally, top: int, classes: int = 0, field: str = "assignees") -> Iterator[str]:
    what = {"assignees": "an assignee", "kinds": "a deliverable", "recurrence": "a recurrence",
            "condition": "a condition"}[field]
    yield (f"{field.rstrip('s') if field == 'assignees' else field} agreement EN/FR: {tally.agreed}/{tally.compared} "
           f"paragraphs = {tally.rate:.3f} (paragraphs where at least one language finds {what})")
    if classes:
        yield f"\nDisagreeing paragraphs by class ({sum(tally.classes.values())}):"
        for (english, french), count in tally.classes.most_common(classes):
            yield (f"  {count:5d}  EN {','.join(english) or '-'} | FR {','.join(french) or '-'}"
                   f"   (e.g. {tally.class_example[(english, french)]})")
    for side, counter in (("EN only", tally.english_only), ("FR only", tally.french_only)):
        named = sum(c for k, c in counter.items() if k.startswith("named:"))
        yield f"\n{side}: {sum(counter.values())} {field} ({named} named, not in the registry)"
        for key, count in counter.most_common(top):
            yield f"  {count:5d}  {key}"
            for where, en, fr in tally.examples[(side[:2], key)]:
                yield f"         {where}\n           EN {en}\n           FR {fr}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--field", choices=sorted(FIELDS), nargs="+", default=["assignees"],
                        help="what to compare, one or more (default: assignees); each file is read once")
    parser.add_argument("--sessions", type=int, nargs="+", default=list(SESSIONS), choices=SESSIONS,
                        help="sessions to read (default: 76 to 80)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many resolutions per session")
    parser.add_argument("--top", type=int, default=30, help="disagreements listed per side (default 30)")
    parser.add_argument("--examples", type=int, default=0, help="examples printed per disagreement (default 0)")
    parser.add_argument("--classes", type=int, default=0,
                        help="disagreement classes listed, largest first (default 0: none)")
    args = parser.parse_args(argv)
    if not AKN.is_dir():
        print(f"error: the corpus is not at {AKN}", file=sys.stderr)
        return 2
    file_pairs = [p for s in args.sessions for p in pairs(s)[:args.limit]]
    tallies = compare_fields(file_pairs, tuple(dict.fromkeys(args.field)), examples=args.examples)
    print(f"{len(file_pairs)} resolutions read in English and French (sessions {', '.join(map(str, args.sessions))})")
    for name, tally in tallies.items():
        for line in report(tally, args.top, args.classes, name):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
