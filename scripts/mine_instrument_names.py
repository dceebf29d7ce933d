"""Names of instruments in English and French, read from the corpus's footnotes.

    python scripts/mine_instrument_names.py [--corpus ../shared/corpus/akn] [--out corpus/registry/instrument_names.yaml]

Prose cites instruments by name far more often than by symbol: "in line with the 2030 Agenda
for Sustainable Development", "the Roadmap for Digital Cooperation", « le Programme d'action
d'Addis-Abeba ». The General Assembly's resolutions give the symbol of each instrument they name
in a footnote ("…the Addis Ababa Action Agenda of the Third International Conference on
Financing for Development,⁴" — "⁴ Resolution 69/313, annex."), so names are read, not typed:

1. every paragraph of every resolution of the corpus is read in English and in French, with its
   footnotes; a footnote that is only a symbol ("A/74/821.", "See resolution 70/1.",
   "Resolution 69/313, annex.", « Voir A/60/687. ») gives the symbol;
2. the name is what the paragraph writes right before the footnote's mark: a quoted title
   (“Road map for digital cooperation”), or in English the run of capitalised words ("Sendai
   Framework for Disaster Risk Reduction 2015–2030"), in French the name that opens with a
   capital after an article (« le Programme de développement durable à l'horizon 2030 »);
3. the French name of an English one is the one read before the same footnote of the same
   paragraph in French;
4. a name is kept when at least two resolutions give it and at least three quarters of its
   footnotes give one symbol; each symbol takes its most frequent name as label and the others
   as aliases, and cites the first paragraph it was read in.

Regenerate, do not edit: ``tests/scripts/test_mine_instrument_names.py`` reads the corpus again
and checks that the file is what this script writes.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

from loaders.formats.akn_render import render
from loaders.text import fold
from scripts.mine_paired_names import AKN, _quoted, _slug, _where, file_pairs, write_registry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "registry" / "instrument_names.yaml"
MIN_RESOLUTIONS = 2
MIN_SHARE = 0.75

#: A footnote that is only a symbol: "A/74/821.", "See resolution 70/1.", "Résolution 69/313, annexe."
_SYMBOL_NOTE = re.compile(
    r"^(?:See |Voir )?(?:(?P<resolution>[Rr][ée]solution) (?P<number>(?:S-|ES-)?\d{1,3}/\d{1,3}|\d{1,4} (?:[A-Z] )?\([IVXL]+\))|"
    r"(?P<symbol>(?:A|E|A/HRC|E/CN\.\d+)/(?:RES/)?[\w.-]+(?:/[\w.-]+)*))"
    r"(?P<annex>, (?:annex|annexe)(?: [IVX]+)?)?\.$")
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_QUOTED = re.compile(r"[“«]\s*(?P<title>[^“”«»]{6,200}?)\s*[”»]\s*[,;]?\s*$")
_FUNCTION_EN = r"(?:of|for|on|and|to|in|against|with|from|by|the|at|under|between|a|an)"
_WORD_EN = r"[A-Z0-9][\w’'‑–-]*"
_NAME_EN = re.compile(rf"{_WORD_EN}(?:(?:,|(?:\s+{_FUNCTION_EN}){{0,3}})\s+{_WORD_EN})*\s*[,;]?\s*$")
#: A capitalised run that completes a lowercase head ("the outcomes of the World Summit ...") names
#: what the head is about, not the instrument the footnote gives.
_COMPLEMENT = re.compile(r"\b[a-z]\w*\s+(?:of|to|on|for|with)(?:\s+the)?\s*$|:\s*$")
_ARTICLE_FR = r"(?:\b(?:le|la|les|du|des|au|aux)\s+|\b(?:l|d)[’'])"
#: The kinds of instrument a name can be (its head noun, in English or at the start of a French name).
_INSTRUMENT_HEAD = re.compile(
    r"\b(?:Agenda|Declaration|Convention|Covenant|Programme|Plan|Framework|Compact|Pact|Strategy|Charter|Principles|"
    r"Guidelines|Commitment|Consensus|Outcome|Road ?map|Law|Code|Treaty|Protocols?|Agreement|Pathway|Rules|Standards|"
    r"Model Strategies|Platform)\b"
    r"|^(?:[\w’'-]+ )?(?:Programme|Déclaration|Convention|Pacte|Plan|Cadre|Stratégie|Charte|Principes|Lignes directrices|"
    r"Engagement|Consensus|Document final|Agenda|Loi|Code|Traité|Protocoles?|Accord|Modalités|Règles|Normes|"
    r"Stratégies|Programme d’action|Feuille de route|Plateforme)\b")
_NAME_START_FR = re.compile(rf"{_ARTICLE_FR}(?=[A-ZÉÈÀÂÎ])")
_BREAK_FR = re.compile(r"[,;:.()“”«»]")
_LEADING = re.compile(rf"^(?:(?:{_FUNCTION_EN}|[IVXLC]+|\d[\d–-]*(?=\s+{_FUNCTION_EN}\b))\s+)+")
#: Where a name holds a date or another footnote's mark it names a meeting's place and days or runs
#: over two instruments ("New York on 18 and 19 September 2023", "Bangkok⁸ and Pelindaba").
_DATED = re.compile(r"\b(?:on|from|in|of)\s+\d|\b(?:January|February|March|April|May|June|July|August|September|October|"
                    r"November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                    r"décembre)\b|^[\d–\s-]+$|[⁰¹²³⁴⁵⁶⁷⁸⁹]")
_NOT_NAMES = re.compile(r"\b(?:resolutions?|résolutions?|decisions?|décisions?|reports?|rapports?|"
                        r"General Assembly|Assemblée générale|Secretary-General|Secrétaire général|Member States)\b")


def note_symbol(note: str) -> str | None:
    """The symbol a footnote gives, where it gives nothing else."""
    m = _SYMBOL_NOTE.match(note.strip())
    if not m:
        return None
    symbol = f"A/RES/{m.group('number')}" if m.group("resolution") else m.group("symbol")
    if m.group("annex"):
        symbol += ", annex" + m.group("annex").split("annex", 1)[1].removeprefix("e")
    return symbol


def name_before(text: str, lang: str) -> str | None:
    """The name written right before a footnote mark that ends ``text``."""
    window = text[-300:]
    if m := _QUOTED.search(window):
        return m.group("title") if _plausible(m.group("title"), quoted=True) else None
    if lang == "en":
        m = _NAME_EN.search(window)
        if not m:
            return None
        if _COMPLEMENT.search(window[:m.start()]):
            return None
        name = m.group().strip(" ,;")
        if len(window) == len(text) and not window[:m.start()].strip():
            name = name.split(None, 1)[1] if " " in name else ""  # the paragraph's opening verb ("Recalling")
        name = _LEADING.sub("", name)
    else:
        names = [n for n in (window[m.end():].rstrip(" ,;") for m in _NAME_START_FR.finditer(window))
                 if not _BREAK_FR.search(n)]
        return "|".join(n for n in names if _plausible(n)) or None
    return name if _plausible(name) else None


def _plausible(name: str, quoted: bool = False) -> bool:
    """A name of two words or more, with no date, that is a title or names a kind of instrument
    (not a place, a body or a day named before a footnote that gives a report on it)."""
    words = re.findall(r"\w+", name)
    return len(words) >= 2 and (name[:1].isupper() or name[:1].isdigit()) and not _NOT_NAMES.search(name) \
        and not _DATED.search(name) and (quoted or bool(_INSTRUMENT_HEAD.search(name)))


def closest_french(english: str, candidates: str) -> str:
    """Of the French names that end before a footnote mark (each opening at a capital after an
    article), the one whose length in words is closest to the English name's."""
    size = len(english.split())
    return min(candidates.split("|"), key=lambda c: (abs(len(c.split()) - size), -len(c)))


def footnoted_names(text: str, notes: list[tuple[str, str, tuple[int, int]]], lang: str) -> dict[str, tuple[str, str]]:
    """Footnote mark -> (name, symbol) of each footnote of a paragraph that gives a symbol."""
    found = {}
    for marker, note, _ in notes:
        symbol = note_symbol(note)
        at = text.find(marker)
        if symbol is None or at < 0 or text[at + len(marker):at + len(marker) + 1] in _SUPERSCRIPTS:
            continue
        name = name_before(text[:at], lang)
        if name:
            found[marker] = (name, symbol)
    return found


def paragraphs_with_notes(path: Path) -> dict[str, tuple[str, list]]:
    """Number -> (text, footnotes) of every paragraph and point of a resolution that has footnotes."""
    rendered = render(ET.fromstring(path.read_bytes()))
    out = {}
    for kind, items in (("p", rendered.preambular), ("o", rendered.operative)):
        for paragraph in items:
            for item in (paragraph, *paragraph.subparagraphs):
                if item.notes:
                    out[kind + item.number] = (item.segment.text, item.notes)
    return out


def mine(readings: list[tuple[str, str, dict, dict]]) -> list[dict]:
    """Entries from (resolution, paragraph, English names by mark, French names by mark)."""
    symbols: dict[str, Counter] = defaultdict(Counter)
    resolutions: dict[str, set] = defaultdict(set)
    french: dict[tuple[str, str], Counter] = defaultdict(Counter)
    first: dict[str, str] = {}
    for resolution, number, english, french_names in readings:
        for marker, (name, symbol) in english.items():
            symbols[name][symbol] += 1
            resolutions[name].add(resolution)
            first.setdefault(name, _where(resolution, number))
            if marker in french_names and french_names[marker][1] == symbol:
                french[(name, symbol)][closest_french(name, french_names[marker][0])] += 1
    by_symbol: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for name, counts in symbols.items():
        symbol, count = counts.most_common(1)[0]
        if len(resolutions[name]) >= MIN_RESOLUTIONS and count >= MIN_SHARE * sum(counts.values()):
            by_symbol[symbol].append((count, name))
    entries = []
    french_owner = _owners({symbol: Counter({f: french[(n, symbol)][f] for _, n in names for f in french[(n, symbol)]})
                            for symbol, names in by_symbol.items()})
    for symbol, names in sorted(by_symbol.items()):
        names.sort(key=lambda x: (-x[0], x[1]))
        label = names[0][1]
        french_names = Counter()
        for _, name in names:
            french_names.update({f: c for f, c in french[(name, symbol)].items() if french_owner[fold(f)] == symbol})
        french_sorted = [n for n, _ in sorted(french_names.items(), key=lambda x: (-x[1], x[0]))]
        entries.append({"key": _slug(symbol), "symbol": symbol, "en": label, "fr": french_sorted[0] if french_sorted else None,
                        "aliases_en": [n for _, n in names[1:]], "aliases_fr": french_sorted[1:],
                        "source": first[label], "footnotes": sum(c for c, _ in names)})
    return entries


def _owners(names_by_symbol: dict[str, Counter]) -> dict[str, str]:
    """Folded name -> the symbol it was read with most often, so that no name names two instruments."""
    best: dict[str, tuple[int, str]] = {}
    for symbol, names in sorted(names_by_symbol.items()):
        for name, count in names.items():
            if count > best.get(fold(name), (0, ""))[0]:
                best[fold(name)] = (count, symbol)
    return {name: symbol for name, (_, symbol) in best.items()}


def write(entries: list[dict], out: Path) -> None:
    header = [
        "# Instruments named in English and French: generated by scripts/mine_instrument_names.py from the",
        "# footnotes of the corpus's resolutions (never typed). Each name was read right before a footnote",
        "# that gives only the instrument's symbol, in at least two resolutions; its French name before",
        "# the same footnote of the same paragraph in French (`source`: the first paragraph the label was",
        "# read in; `footnotes`: how many footnotes gave the names). Regenerate, do not edit.",
    ]
    write_registry(out, header, entries, lambda e: f"symbol: {_quoted(e['symbol'])}", lambda e: f"{e['footnotes']} footnotes")


def read_corpus(corpus: Path) -> list[tuple[str, str, dict, dict]]:
    readings = []
    for symbol, english, french in file_pairs(corpus):
        english_paragraphs, french_paragraphs = paragraphs_with_notes(english), paragraphs_with_notes(french)
        for number, (text, notes) in sorted(english_paragraphs.items()):
            english_names = footnoted_names(text, notes, "en")
            if not english_names:
                continue
            french_text, french_notes = french_paragraphs.get(number, ("", []))
            readings.append((symbol, number, english_names, footnoted_names(french_text, french_notes, "fr")))
    return readings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=AKN, help=f"the AKN corpus (default {AKN})")
    parser.add_argument("--out", type=Path, default=OUT, help=f"the YAML written (default {OUT})")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"error: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    readings = read_corpus(args.corpus)
    entries = mine(readings)
    write(entries, args.out)
    print(f"{len(entries)} instruments from {len(readings)} paragraphs with footnotes written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
