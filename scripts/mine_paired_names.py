"""Names of mandate holders in English and French, read from the corpus's paired paragraphs.

    python scripts/mine_paired_names.py [--corpus ../shared/corpus/akn] [--out corpus/registry/mandate_holders.yaml]

The registry can resolve a French name only if it knows it, and the UN's reference list of
entities has no French names. Posts and bodies named by a head and a topic — "Special
Rapporteur on the right to food" / "Rapporteur spécial sur le droit à l'alimentation", "Working
Group on the use of mercenaries" / "Groupe de travail sur l'utilisation de mercenaires" — are
many and all take the same form, so their names are read, not typed:

1. every paragraph of every resolution of the corpus is read in English and in French (a
   paragraph has the same number in both);
2. in each language, every name that opens with one of the heads of :data:`HEADS` is read up to
   where it ends. A name ends where its continuations part and one of them is a comma, "and",
   "et" or an infinitive ("…in Myanmar, …", "…in Myanmar to submit…", "…au Myanmar de…"), read
   across every occurrence of the head in the corpus, so that names with commas inside
   ("trafficking in persons, especially women and children") keep them;
3. a paragraph that names exactly one holder of a head in each language pairs the two names;
   an English name takes the French name it is paired with most often (and the French name its
   English one), and every form seen with it ("Rapporteuse spéciale", "Rapporteur spécial du
   Conseil des droits de l'homme sur…") becomes an alias, with the paragraph it was first read in.

Each entry of the output cites that paragraph, as the hand-written entries of ``entities.yaml``
cite theirs.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from loaders.formats.akn_render import render
from loaders.text import fold

ROOT = Path(__file__).resolve().parents[1]
AKN = ROOT.parent / "shared" / "corpus" / "akn"
OUT = ROOT / "corpus" / "registry" / "mandate_holders.yaml"
_STEM = re.compile(r"^(?P<symbol>A_RES_\d+_[^-]+)-\d+(?P<lang>[EF])\.xml$")

#: Kinds of holder: (key, type, English head, French head). A head may carry an infix naming the
#: body the holder answers to ("of the Human Rights Council", "du Conseil des droits de l'homme"),
#: which is kept as an alias and left out of the label.
HEADS = (
    ("special-rapporteur", "Post", r"Special Rapporteur", r"Rapporteu(?:r|se) spéciale?"),
    ("independent-expert", "Post", r"Independent Expert", r"Experte? indépendante?"),
    ("working-group", "Body", r"Working Group", r"Groupe de travail"),
    ("special-representative", "Post", r"Special Representative of the Secretary-General",
     r"Représentante? spéciale? du Secrétaire général"),
    ("special-envoy", "Post", r"Special Envoy of the Secretary-General", r"Envoyée? spéciale? du Secrétaire général"),
    ("special-adviser", "Post", r"Special Adviser (?:of|to) the Secretary-General",
     r"Conseill(?:er|ère) spéciale? du Secrétaire général"),
    ("special-committee", "Body", r"Special Committee", r"Comité spécial"),
    ("commission-of-inquiry", "Body", r"Independent International Commission of Inquiry",
     r"Commission d[’']enquête internationale indépendante"),
)
_INFIX = {"en": r"(?:\s+of\s+the\s+Human\s+Rights\s+Council)?",
          "fr": r"(?:\s+du\s+Conseil\s+des\s+droits\s+de\s+l[’']homme|\s+à\s+composition\s+non\s+limitée)?"}
#: How a topic opens after its head ("on", "sur", "chargée de"…).
_TOPIC = {"en": r"(?:on|for|of|against)\b", "fr": r"(?:sur|chargée?|pour|contre|de|du|des|d[’'])\b"}
_TOKEN = re.compile(r"[\w’'‑-]+|[^\w\s]")
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: What is asked of a holder, after its name ("…in Myanmar to submit…").
_ASKED = (r"submit|continue|report|present|include|provide|consider|engage|prepare|give|undertake|make|take|ensure|"
          r"address|promote|cooperate|work|conduct|assist|support|share|seek|focus|develop|study|hold|brief|monitor|"
          r"deepen|facilitate|send|encourage|be|keep|remain|strengthen|carry|intensify|pursue|propose|participate|"
          r"visit|pay|convene|organize|transmit|follow|draw|examine|identify|explore|collaborate|contribute|further|"
          r"update|inform|devote|apply|adopt|review|respond|enhance|integrate|the\s+General\s+Assembly|it|them")
#: Where a name certainly ends: punctuation, footnote marks, an infinitive, a clause, another name.
_HARD = {"en": re.compile(rf"[;:(«“\"{_SUPERSCRIPT}]|\.(?:\s|$)|\sto\s+(?:{_ASKED})\b|\sin\s+th(?:is|at)\s+regard|"
                          r"\s(?:which|who|whose|as\s+well\s+as|including|in\s+accordance|pursuant|submitted|"
                          r"since|presented|established|created|held|within|its|his|her|their)\b|(?:,\s*|\s+and\s+)the\s+[A-Z]"),
         "fr": re.compile(rf"[;:(«“\"{_SUPERSCRIPT}]|\.(?:\s|$)|(?<!chargé)(?<!chargée)(?<!chargés)(?<!chargées)"
                          r"(?:\s(?:de|à)\s+|\sd[’'])(?:(?:lui|leur|se|s[’']|en|y)\s*)?[a-zé]+(?:er|ir|re|oir)\b|"
                          r"\s(?:qui|que|qu[’']|selon|ainsi\s+qu|notamment|y\s+compris|conformément|lors|dans\s+"
                          r"(?:son|sa|ses|le\s+cadre)|à\s+cet\s+égard|créée?s?|menée?s?|établie?s?|tenue?s?|a\s+été|"
                          r"assiste|traitera|au\s+sujet|sur\s+(?:les|ses)\s+travaux|du\s+Conseil\s+des\s+droits\s+de\s+l[’']homme)\b|"
                          r"(?:,\s*|\s+et\s+)(?:de\s+)?(?:le|la|l[’']|les|aux?|du|des)\s*[A-ZÉ]")}
#: Tokens after which a name may end, when what follows them varies.
_SOFT = {"en": {",", "and"}, "fr": {",", "et"}}
_MAX_TOKENS = 32


@dataclass(frozen=True)
class Occurrence:
    kind: str
    lang: str
    surface: str  # the name as written, infix included
    label: str  # the name without the infix
    tokens: tuple[str, ...]  # folded tokens of the topic, up to where the name may end at the latest
    topic: str = ""  # the topic as written, up to the same point


def _pattern(lang: str) -> re.Pattern[str]:
    heads = "|".join(f"(?P<{key.replace('-', '_')}>{en if lang == 'en' else fr})" for key, _, en, fr in HEADS)
    return re.compile(rf"(?<![\w-])(?:{heads})(?P<infix>{_INFIX[lang]})\s+(?={_TOPIC[lang]})")


_PATTERNS = {lang: _pattern(lang) for lang in ("en", "fr")}


def occurrences(text: str, lang: str) -> list[tuple[Occurrence, int]]:
    """Heads with their topics in ``text`` (each topic cut at its first certain end), and where
    the topic starts."""
    out = []
    for match in _PATTERNS[lang].finditer(text):
        kind = next(key for key, *_ in HEADS if match.group(key.replace("-", "_")))
        rest = text[match.end():match.end() + 400]
        hard = _HARD[lang].search(" " + rest)
        topic = rest[:max(0, hard.start() - 1)] if hard else rest
        tokens = tuple(fold(t.group(0)) for t in _TOKEN.finditer(topic))[:_MAX_TOKENS]
        head = text[match.start():match.start("infix")]
        occurrence = Occurrence(kind, lang, text[match.start():match.end()] + topic, head, tokens, topic)
        if kind in _CAPITALISED_BODIES and lang == "en" and not _capitalised(occurrence):
            # "to report to the Special Committee on measures taken in the implementation of the present
            # resolution" (A/RES/76/104 operative 5 (f)): what is reported, not a committee's name
            continue
        out.append((occurrence, match.end()))
    return out


#: Bodies whose English names are written with capitals ("the Special Committee on the Situation with regard to…"):
#: a topic in lower case after their head is no name. (Posts and working groups have lower-case topics: "the Special
#: Rapporteur on the situation of human rights in…", "the Working Group on the use of mercenaries".)
_CAPITALISED_BODIES = {"special-committee", "commission-of-inquiry"}


class Endings:
    """Where names of one head end, read from every occurrence: the next tokens seen after each
    prefix of a topic."""

    def __init__(self, topics: list[tuple[str, ...]]) -> None:
        self.next: dict[tuple[str, ...], Counter] = defaultdict(Counter)
        for tokens in set(topics):  # a paragraph repeated from year to year is one reading
            for index in range(len(tokens) + 1):
                self.next[tokens[:index]][tokens[index] if index < len(tokens) else "<end>"] += 1

    def length(self, tokens: tuple[str, ...], lang: str) -> int:
        """How many tokens of ``tokens`` the name keeps: up to the first prefix where some
        occurrences go on in different ways after a comma or conjunction is followed by
        different words in different occurrences ("…in Myanmar, the…", "…in Myanmar, including…"
        but always "…trafficking in persons, especially…"). A topic read once ends at its first
        comma or conjunction."""
        for index in range(1, len(tokens) + 1):
            prefix = tokens[:index]
            after = self.next[prefix]
            if sum(after.values()) < 2:
                return next((i for i in range(index, len(tokens)) if tokens[i] in _SOFT[lang]), len(tokens))
            if any(len(self.next[prefix + (soft,)]) > 1 for soft in set(after) & _SOFT[lang]):
                return index
        return len(tokens)


@dataclass(frozen=True)
class Name:
    kind: str
    label: str  # head and topic, infix left out
    surface: str  # as written


def _cut(occurrence: Occurrence, endings: Endings) -> Name:
    """The name an occurrence gives, cut where :class:`Endings` says it ends."""
    keep = _capitalised(occurrence) or endings.length(occurrence.tokens, occurrence.lang)
    topic_at = len(occurrence.surface) - len(_topic_text(occurrence))
    topic = _topic_text(occurrence)
    spans = list(_TOKEN.finditer(topic))
    while keep and spans[keep - 1].group(0) in {",", "and", "et", "-"}:
        keep -= 1
    end = spans[keep - 1].end() if keep and keep <= len(spans) else len(topic)
    surface = occurrence.surface[:topic_at] + topic[:end]
    return Name(occurrence.kind, " ".join(f"{occurrence.label} {topic[:end]}".split()), " ".join(surface.split()))


_JOINERS = {"of", "on", "and", "the", "for", "in", "against", "or", "to", "with", "-", "‑"}


def _capitalised(occurrence: Occurrence) -> int:
    """An English topic written with capitals ("Working Group on Arbitrary Detention") ends
    with its last capitalised word; 0 for any other topic."""
    if occurrence.lang != "en":
        return 0
    words = [t.group(0) for t in _TOKEN.finditer(_topic_text(occurrence))][:_MAX_TOKENS]
    first = 2 if len(words) > 2 and words[1] == "the" else 1
    if len(words) <= first or not words[first][:1].isupper():
        return 0
    last = first
    for index in range(first, len(words)):
        if words[index][:1].isupper():
            last = index
        elif words[index] not in _JOINERS:
            break
    return last + 1


def _topic_text(occurrence: Occurrence) -> str:
    return occurrence.topic


def paragraphs(path: Path) -> dict[str, str]:
    """Number -> text of every paragraph and point of a resolution ("o12", "p3", "o9 (a)")."""
    rendered = render(ET.fromstring(path.read_bytes()))
    out = {}
    for kind, items in (("p", rendered.preambular), ("o", rendered.operative)):
        for paragraph in items:
            out[kind + paragraph.number] = paragraph.segment.text
            for point in paragraph.subparagraphs:
                out[kind + point.number] = point.segment.text
    return out


def file_pairs(folder: Path) -> list[tuple[str, Path, Path]]:
    """(symbol, English file, French file) of every resolution in both languages."""
    by_symbol: dict[str, dict[str, Path]] = defaultdict(dict)
    for path in sorted(folder.glob("*session/*/*.xml")):
        match = _STEM.match(path.name)
        if match:
            by_symbol[match.group("symbol")][match.group("lang")] = path
    return [(s, p["E"], p["F"]) for s, p in sorted(by_symbol.items()) if set(p) == {"E", "F"}]


def _where(symbol: str, number: str) -> str:
    part = "operative" if number.startswith("o") else "preambular"
    return f"{symbol.replace('_', '/')} {part} {number[1:]}"


def mine(paired: list[tuple[str, str, str, str]], known=lambda name, lang: False) -> list[dict]:
    """Registry entries from (symbol, paragraph number, English text, French text); names
    ``known(name, lang)`` says the registry has already are left out."""
    found = {lang: [] for lang in ("en", "fr")}
    for index, (_, _, english, french) in enumerate(paired):
        for lang, text in (("en", english), ("fr", french)):
            found[lang].extend((index, occurrence) for occurrence, _ in occurrences(text, lang))
    endings = {(lang, kind): Endings([o.tokens for _, o in found[lang] if o.kind == kind])
               for lang in found for kind, *_ in HEADS}
    forms: dict[str, set[str]] = defaultdict(set)
    names: dict[str, dict[int, dict[str, set[Name]]]] = {lang: defaultdict(lambda: defaultdict(set)) for lang in found}
    for lang, items in found.items():
        for index, occurrence in items:
            name = _cut(occurrence, endings[(lang, occurrence.kind)])
            names[lang][index][name.kind].add(name)
            # every form a holder is written in, wherever it is (a paragraph naming two holders too)
            forms[_masculine(name.label) if lang == "fr" else name.label] |= {name.surface, name.label}
    votes: Counter = Counter()
    first: dict[tuple[str, str], int] = {}
    surfaces: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for index, by_kind in names["en"].items():
        for kind, english in by_kind.items():
            french = names["fr"].get(index, {}).get(kind, set())
            en_labels = {n.label for n in english}
            fr_labels = {_masculine(n.label) for n in french}
            if len(en_labels) != 1 or len(fr_labels) != 1:
                continue
            pair = (next(iter(en_labels)), next(iter(fr_labels)))
            votes[(kind, *pair)] += 1
            first.setdefault(pair, index)
            for n in english | french:
                surfaces[pair][n.surface] += 1
                surfaces[pair][n.label] += 1
    for (en, fr), seen in surfaces.items():
        for form in forms[en] | forms[fr]:
            seen[form] += 0
    return _entries(votes, first, surfaces, paired, known)


def _entries(votes: Counter, first: dict, surfaces: dict, paired: list, known=lambda name, lang: False) -> list[dict]:
    best_fr: dict[str, tuple[int, str]] = {}
    best_en: dict[str, tuple[int, str]] = {}
    for (kind, en, fr), count in votes.items():
        if count > best_fr.get(en, (0, ""))[0]:
            best_fr[en] = (count, fr)
        if count > best_en.get(fr, (0, ""))[0]:
            best_en[fr] = (count, en)
    types = {key: kind_type for key, kind_type, *_ in HEADS}
    kept = [(kind, en, fr) for (kind, en, fr) in votes if best_fr[en][1] == fr and best_en[fr][1] == en
            and _topical(en) and _topical(fr) and _comparable(kind, en, fr)]
    # "…on the use of mercenaries with all the assistance": a name read on into what follows it.
    longer = {en for _, en, _ in kept for _, other, _ in kept if en != other and en.startswith(other + " ")} | \
             {fr for _, _, fr in kept for _, _, other in kept if fr != other and fr.startswith(other + " ")}
    out = []
    for (kind, en, fr), count in sorted(votes.items()):
        if best_fr[en][1] != fr or best_en[fr][1] != en or en in longer or fr in longer or not _topical(en) or not _topical(fr) \
                or not _comparable(kind, en, fr) or known(en, "en") or known(fr, "fr"):
            continue
        forms = surfaces[(en, fr)]
        french_forms = [s for s, _ in forms.most_common() if _PATTERNS["fr"].match(s)]
        english_forms = [s for s, _ in forms.most_common() if _PATTERNS["en"].match(s)]
        fr_label = next(s for s in french_forms if _masculine(s) == fr)
        symbol, number, *_ = paired[first[(en, fr)]]
        out.append({"key": _slug(en), "type": types[kind], "en": en, "fr": fr_label,
                    "aliases_en": [s for s in english_forms if fold(s) != fold(en)],
                    "aliases_fr": [s for s in french_forms if s != fr_label],
                    "source": _where(symbol, number), "paragraphs": count})
    return out


_FEMININE = ((r"\brapporteuse speciale\b", "rapporteur special"), (r"\bexperte independante\b", "expert independant"),
              (r"\brepresentante speciale\b", "representant special"), (r"\benvoyee speciale\b", "envoye special"),
              (r"\bconseillere speciale\b", "conseiller special"), (r"\bchargee\b", "charge"))


def _masculine(name: str) -> str:
    """A French name folded, a woman's title read as the man's (one post, whoever holds it)."""
    out = " ".join(fold(name).split())
    for feminine, masculine in _FEMININE:
        out = re.sub(feminine, masculine, out)
    return out


def _comparable(kind: str, en: str, fr: str) -> bool:
    """Topics of lengths a translation gives (French takes more words than English, not fewer
    and not three times as many)."""
    head = next((h for key, _, h, _ in HEADS if key == kind))
    english = len(en.split()) - len(head.split())
    french = len(fr.split()) - len(next(h for key, *_, h in HEADS if key == kind).split())
    return 0.75 <= french / max(english, 1) <= 3.0


def _topical(label: str) -> bool:
    """A name with a topic of two words or more, no number and no end cut inside a phrase."""
    words = label.split()
    return 4 <= len(words) <= 24 and not re.search(r"\d", label) \
        and words[-1].lower() not in {"and", "et", "of", "on", "the", "de", "du", "des", "la", "le", "les", "sur", "chargé",
                                      "chargée", "pour", "for", "in", "en", "à", "au", "aux", "ce"}


def _slug(name: str) -> str:
    words = re.findall(r"[a-z0-9]+", fold(name))
    return "-".join(w for w in words if w not in {"the", "of", "on", "and", "in", "for", "to", "a"})[:80]


def write(entries: list[dict], out: Path) -> None:
    """The entries as registry YAML, each citing the paragraph its two names were first read in."""
    header = [
        "# Mandate holders named in English and French: generated by scripts/mine_paired_names.py from the",
        "# corpus's paired paragraphs (never typed). Each English name and its French name were read in",
        "# the same paragraph of the same resolution, in each language (`source`: the first such",
        "# paragraph; `paragraphs`: how many paired paragraphs gave the pair). Aliases are the other forms",
        "# seen with them (a woman holder's title, the body the holder answers to). Regenerate, do not edit.",
    ]
    write_registry(out, header, entries, lambda e: f"type: {e['type']}", lambda e: f"{e['paragraphs']} paired paragraphs")


def write_registry(out: Path, header: list[str], entries: list[dict], first, note) -> None:
    """Mined entries as registry YAML, under ``header``: each under its key (made unique), its
    ``first(entry)`` line, its labels and aliases in English and French, and its source with
    ``note(entry)`` (how many readings gave it)."""
    lines = [*header, ""]
    used: set[str] = set()
    for entry in entries:
        key = entry["key"]
        while key in used:
            key += "-2"
        used.add(key)
        label = f"en: {_quoted(entry['en'])}" + (f", fr: {_quoted(entry['fr'])}" if entry.get("fr") else "")
        lines += [f"{key}:", f"  {first(entry)}", f"  label: {{{label}}}"]
        aliases = {lang: entry[f"aliases_{lang}"] for lang in ("en", "fr") if entry[f"aliases_{lang}"]}
        if aliases:
            lines.append("  aliases:")
            lines += [f"    {lang}: [{', '.join(_quoted(a) for a in names)}]" for lang, names in aliases.items()]
        lines.append(f"  source: {_quoted(entry['source'])}  # {note(entry)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=AKN, help=f"the AKN corpus (default {AKN})")
    parser.add_argument("--out", type=Path, default=OUT, help=f"the YAML written (default {OUT})")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"error: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    from loaders.registry import _entities_from_yaml, Registry
    from loaders.paths import REGISTRY_DIR

    registry = Registry(_entities_from_yaml(REGISTRY_DIR / "entities.yaml"))
    paired = []
    for symbol, english, french in file_pairs(args.corpus):
        english_paragraphs, french_paragraphs = paragraphs(english), paragraphs(french)
        for number in sorted(english_paragraphs.keys() & french_paragraphs.keys()):
            paired.append((symbol, number, english_paragraphs[number], french_paragraphs[number]))
    entries = mine(paired, lambda name, lang: registry.resolve(name, lang) is not None)
    write(entries, args.out)
    print(f"{len(entries)} mandate holders from {len(paired)} paired paragraphs written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
