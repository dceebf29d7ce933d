"""Draw the labelled set's operative paragraphs from the real corpus (seeded, reproducible).

    python -m benchmarks.labelled.sample_operative ../shared/corpus > sample.yaml

Each drawn paragraph (a numbered operative paragraph, or one lettered point of one) comes
with its symbol, number, language, source file and text, and an empty ``clauses`` list for a
person to fill in by reading the text. Only the rendered text is read here, never what the
extractor makes of it.
"""

from __future__ import annotations

import random
import re
import sys
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


def draw(corpus: Path, seed: int = 2026) -> list[dict]:
    rng = random.Random(seed)
    drawn = []
    for session in SESSIONS:
        for folder, lang in (("English", "en"), ("French", "fr")):
            files = sorted((corpus / "akn" / f"{session}session" / folder).glob("*.xml"))
            rng.shuffle(files)
            files = iter(files)
            for stratum, count in zip(("random", "report"), DRAWS[lang]):
                taken = 0
                while taken < count:
                    path = next(files)
                    symbol, paragraphs = _operative(path)
                    paragraphs = [p for p in paragraphs if p[1].strip()
                                  and (stratum == "random" or _REPORT.search(p[1]))]
                    if not paragraphs:
                        continue
                    number, text = rng.choice(paragraphs)
                    taken += 1
                    drawn.append({"id": f"{symbol}#{number}#{lang}", "symbol": symbol, "number": number,
                                  "session": session, "lang": lang, "stratum": stratum,
                                  "source": f"akn/{session}session/{folder}/{path.name}", "text": text,
                                  "clauses": []})
    return drawn


if __name__ == "__main__":
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    yaml.safe_dump(draw(corpus), sys.stdout, allow_unicode=True, sort_keys=False, width=100)
