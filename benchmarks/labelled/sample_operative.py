"""Draw the labelled set's operative paragraphs from the real corpus (seeded, reproducible).

    python -m benchmarks.labelled.sample_operative ../shared/corpus > sample.yaml

A further set is drawn with its own seed, its own counts and the already labelled paragraphs
left out, e.g. the second held-out set:

    python -m benchmarks.labelled.sample_operative ../shared/corpus --seed 2028 \
        --draws en=5,7 --draws fr=3,3 \
        --exclude 'benchmarks/labelled/operative-*.yaml' --exclude 'benchmarks/labelled/heldout-*.yaml'

Each drawn paragraph (a numbered operative paragraph, or one lettered point of one) comes
with its symbol, number, language, source file and text, and an empty ``clauses`` list for a
person to fill in by reading the text. Only the rendered text is read here, never what the
extractor makes of it.
"""

from __future__ import annotations

import argparse
import glob
import random
import re
from pathlib import Path

import yaml

from loaders.formats.akn import read_akn

SESSIONS = (76, 77, 78, 79, 80)
#: Paragraphs drawn at random per session and language, then as many again among those that
#: mention a report (reports are the mandates the UN's review counts most, and rare at random).
DRAWS = {"en": (16, 6), "fr": (8, 3)}
_REPORT = re.compile(r"\b(report|rapport)", re.I)


def _operative(path: Path) -> tuple[str, list[tuple[str, str]]]:
    parsed = read_akn(path.read_bytes(), path=str(path))
    out = []
    for paragraph in parsed.main.paragraphs:
        if paragraph.kind != "operative":
            continue
        out.append((paragraph.number, paragraph.text))
        out.extend((sub.number, sub.text) for sub in paragraph.subparagraphs)
    return parsed.main.symbol.value, out


def draw(corpus: Path, seed: int = 2026, draws: dict[str, tuple[int, int]] | None = None,
         exclude: frozenset[str] = frozenset()) -> list[dict]:
    """Draw per session and language ``draws[lang]`` = (random, report) paragraphs, leaving out
    the paragraph ids in ``exclude``; the defaults give the development set's draw."""
    draws = DRAWS if draws is None else draws
    rng = random.Random(seed)
    drawn = []
    for session in SESSIONS:
        for folder, lang in (("English", "en"), ("French", "fr")):
            files = sorted((corpus / "akn" / f"{session}session" / folder).glob("*.xml"))
            rng.shuffle(files)
            files = iter(files)
            for stratum, count in zip(("random", "report"), draws[lang]):
                taken = 0
                while taken < count:
                    path = next(files)
                    symbol, paragraphs = _operative(path)
                    paragraphs = [p for p in paragraphs if p[1].strip()
                                  and (stratum == "random" or _REPORT.search(p[1]))
                                  and f"{symbol}#{p[0]}#{lang}" not in exclude]
                    if not paragraphs:
                        continue
                    number, text = rng.choice(paragraphs)
                    taken += 1
                    drawn.append({"id": f"{symbol}#{number}#{lang}", "symbol": symbol, "number": number,
                                  "session": session, "lang": lang, "stratum": stratum,
                                  "source": f"akn/{session}session/{folder}/{path.name}", "text": text,
                                  "clauses": []})
    return drawn


def labelled_ids(patterns: list[str]) -> frozenset[str]:
    """The paragraph ids already present in the labelled files matching ``patterns``."""
    ids = set()
    for pattern in patterns:
        for name in sorted(glob.glob(pattern)):
            ids.update(entry["id"] for entry in yaml.safe_load(Path(name).read_text(encoding="utf-8")) or [])
    return frozenset(ids)


def _draws(values: list[str]) -> dict[str, tuple[int, int]]:
    draws = dict(DRAWS)
    for value in values:
        try:
            lang, counts = value.split("=")
            random_count, report_count = (int(n) for n in counts.split(","))
        except ValueError:
            raise SystemExit(f"--draws {value!r}: expected LANG=RANDOM,REPORT, e.g. en=5,7") from None
        if lang not in DRAWS:
            raise SystemExit(f"--draws {value!r}: language must be one of {sorted(DRAWS)}")
        draws[lang] = (random_count, report_count)
    return draws


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Draw operative paragraphs to label (YAML on stdout).")
    parser.add_argument("corpus", nargs="?", default="../shared/corpus", type=Path)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--draws", action="append", default=[], metavar="LANG=RANDOM,REPORT",
                        help="paragraphs per session for a language, at random and among those mentioning a report")
    parser.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                        help="labelled YAML files whose paragraph ids are left out")
    args = parser.parse_args(argv)
    drawn = draw(args.corpus, args.seed, _draws(args.draws), labelled_ids(args.exclude))
    print(yaml.safe_dump(drawn, allow_unicode=True, sort_keys=False, width=100), end="")


if __name__ == "__main__":
    main()
