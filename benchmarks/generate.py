"""Derive N synthetic resolutions from the real AKN corpus, deterministically.

Each generated resolution is plain text in the UN layout the text parser reads: a renumbered
symbol (A/RES/9SS/NNNN), shuffled real preambular and operative paragraphs, citations of
earlier generated resolutions, in English or French; plus tracker-like entries with dated
milestones, each implementing an operative paragraph of a generated resolution (a curated
commitment under ``curated/``), so their milestones have mandate chains to look up. Same N
and seed, same files.

    python benchmarks/generate.py --count 1000 --to /tmp/generated
    python benchmarks/generate.py --count 10000 --to /tmp/generated --corpus-shaped

By default (what ``run.py`` measures, so that its growth table stays comparable) the paragraphs
come from at most 120 real files and a session holds 5,000 resolutions: from N = 1,000 to
10,000 each paragraph recurs ten times as often and only N = 10,000 spans two sessions, so
anything that compares recurring paragraphs grows with N². ``--corpus-shaped`` gives data
shaped like the corpus at every N: sessions of :data:`CORPUS_SESSION` resolutions (each one
following earlier ones, as in the corpus) and one real file of each language read per
:data:`RESOLUTIONS_PER_FILE` resolutions (every file of the corpus at most), so a paragraph
recurs about as often at N = 10,000 as at 1,000.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.formats.akn import read_akn_file  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "akn"
HEAD = {
    "en": ("Distr.: General\n1 July 2030\n\nAgenda item {agenda}\n\nResolution adopted by the General Assembly on 1 July 2030\n\n"
           "[without reference to a Main Committee (A/{session}/L.{number})]\n\n{session}/{number}. {title}\n\nThe General Assembly,\n\n"),
    "fr": ("Distr. générale\n1 juillet 2030\n\nPoint {agenda} de l'ordre du jour\n\nRésolution adoptée par l'Assemblée générale le 1er juillet 2030\n\n"
           "[sans renvoi à une grande commission (A/{session}/L.{number})]\n\n{session}/{number}. {title}\n\nL'Assemblée générale,\n\n"),
}
#: Resolutions per session in corpus-shaped data (the corpus: about 300 per session and language).
CORPUS_SESSION = 600
#: Resolutions per real file read, in corpus-shaped data.
RESOLUTIONS_PER_FILE = 4
#: The folder, inside the generated corpus, of the trackers' curated commitments.
CURATED = "curated"
CITE = {"en": "Recalling its resolution {session}/{number} of 1 July 2030, entitled “{title}”,",
        "fr": "Rappelant sa résolution {session}/{number} du 1er juillet 2030, intitulée « {title} »,"}


def _pool(sample: int, rng: random.Random) -> dict[str, tuple[list[str], list[str], list[str]]]:
    pools = {}
    for lang, folder in (("en", "English"), ("fr", "French")):
        files = sorted(CORPUS.glob(f"*session/{folder}/*.xml"))
        preambular, operative, titles = [], [], []
        for path in rng.sample(files, min(sample, len(files))):
            doc = read_akn_file(path).main
            preambular += [p.text for p in doc.preambular if p.text.endswith(",")]
            operative += [p.text for p in doc.operative if p.text.endswith((";", "."))]
            if doc.title:
                titles.append(doc.title.value)
        pools[lang] = (preambular, operative, titles)
    return pools


def generate(count: int, to: Path, *, seed: int = 7, sample: int | None = None,
             corpus_shaped: bool = False) -> list[Path]:
    """``count`` resolutions (and trackers) in ``to``, their paragraphs drawn from ``sample`` real
    files of each language: by default as many as resolutions asked for, at most 120 (reading a
    file with its extraction takes a tenth of a second; a small run needs no more);
    ``corpus_shaped``: see the module's text."""
    rng = random.Random(seed)
    if sample is None:
        sample = -(-count // RESOLUTIONS_PER_FILE) if corpus_shaped else min(120, count)
    per_session = CORPUS_SESSION if corpus_shaped else 5000
    pools = _pool(sample, rng)
    to.mkdir(parents=True, exist_ok=True)
    written = []
    made: list[tuple[int, int, str]] = []
    for index in range(count):
        lang = "en" if index % 2 == 0 else "fr"
        preambular, operative, titles = pools[lang]
        session, number = 900 + index // per_session, index % per_session + 1
        title = rng.choice(titles)
        text = HEAD[lang].format(agenda=rng.randint(1, 150), session=session, number=number, title=title)
        cited = [CITE[lang].format(session=s, number=n, title=t) for s, n, t in rng.sample(made, min(2, len(made)))]
        paragraphs = cited + rng.sample(preambular, 4)
        paragraphs += [f"{i}. {p}" for i, p in enumerate(rng.sample(operative, 8), start=1)]
        text += "\n\n".join(paragraphs) + "\n"
        path = to / f"gen_{session}_{number}_{lang}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
        made.append((session, number, title))
    curated = to / CURATED
    curated.mkdir(exist_ok=True)
    for index in range(max(1, count // 50)):
        commitment = f"We will support artificial intelligence capacity-building in developing countries (entry {index})."
        lines = [commitment]
        for step in range(1, 4):
            lines.append(f"Milestone {step} | deadline {rng.randint(1, 28)} June {2026 + step}")
            lines.append(f"Organise capacity-building workshop number {index}-{step}.")
        path = to / f"tracker_{index}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append(path)
        # The entry implements an operative paragraph of a generated resolution: its milestones
        # then have a mandate chain (milestone -> paragraph -> resolution) for the lookups.
        session, number, _ = rng.choice(made)
        (curated / f"tracker_{index}.yaml").write_text(
            f"commitment:\n  paragraph: {rng.randint(1, 8)}\n  of: \"A/RES/{session}/{number}\"\n"
            f"  quote: \"{commitment}\"\n", encoding="utf-8")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--to", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus-shaped", action="store_true",
                        help="sessions and the pool of real paragraphs grow with N (see the module's text)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"generate: the real corpus is not at {CORPUS}")
    print(len(generate(args.count, args.to, seed=args.seed, corpus_shaped=args.corpus_shaped)), "files written to", args.to)


if __name__ == "__main__":
    main()
