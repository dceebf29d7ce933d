"""Instruments cited in prose, by symbol: General Assembly resolutions and drafts, resolutions
of the Human Rights Council (``A/HRC/RES/47/23``) and the Economic and Social Council
(``E/RES/2006/46``), ITU conference resolutions, UNESCO Executive Board decisions and General
Conference resolutions (``UNESCO 40 C/Resolution 37``), and the compacts known by name.

A citation gives the symbol the graph uses (``A/RES/79/325``; ``ITU PP Resolution 214
(Bucharest, 2022)``, the city in English; ``UNESCO 220 EX/41``; the Global Digital Compact is
``A/RES/79/1, annex I``) and, where the text names one, the paragraph ("paragraph 63 of").

>>> [(c.symbol, c.paragraph) for c in find_citations("in line with paragraph 63 of the Global Digital Compact")]
[('A/RES/79/1, annex I', '63')]
>>> [c.symbol for c in find_citations("la résolution 53/3 du Conseil des droits de l'homme ... la résolution 17/4")]
['A/HRC/RES/53/3', 'A/HRC/RES/17/4']
>>> [c.symbol for c in find_citations("la Résolution 91 (Bakou, 2025) de la CMDT et la Résolution 79/325")]
['ITU WTDC Resolution 91 (Baku, 2025)', 'A/RES/79/325']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.prose.instrument_names import instrument_type, named_instruments
from loaders.extract.prose.itu_citations import itu_citations
from loaders.text import fold

__all__ = ["Citation", "find_citations"]


@dataclass(frozen=True)
class Citation:
    symbol: str
    instrument_type: str  # GAResolution, AgencyResolution, Compact, Instrument
    start: int
    end: int
    paragraph: str | None = None


_NAMED = (
    (re.compile(r"\b(?:global digital compact|pacte numerique mondial|pacte mondial pour le numerique)\b"),
     "A/RES/79/1, annex I", "Compact"),
    (re.compile(r"\b(?:pact for the future|pacte pour l'avenir)\b"), "A/RES/79/1", "GAResolution"),
    (re.compile(r"\bgdc\b"), "A/RES/79/1, annex I", "Compact"),
    (re.compile(r"\b(?:tunis agenda|agenda de tunis)(?: (?:for the information society|pour la societe de l'information))?\b"),
     "WSIS-05/TUNIS/DOC/6(Rev.1)", "Instrument"),
    # the other outcome documents of the World Summit on the Information Society
    (re.compile(r"\b(?:tunis commitment|engagement de tunis)\b"), "WSIS-05/TUNIS/DOC/7", "Instrument"),
    (re.compile(r"\b(?:geneva declaration of principles|declaration de principes de geneve)\b"), "WSIS-03/GENEVA/DOC/4",
     "Instrument"),
    (re.compile(r"\b(?:geneva plan of action|plan d'action de geneve)\b"), "WSIS-03/GENEVA/DOC/5", "Instrument"),
    # UNESCO's Recommendation on the Ethics of Artificial Intelligence (adopted November 2021), by its document symbol
    (re.compile(r"(?<!draft )(?<!projet de )\b(?:(?:unesco(?:'s)? )?recommendation on the ethics of (?:artificial intelligence|ai)|"
                r"recommandation (?:de l'unesco )?sur l'ethique de l'(?:intelligence artificielle|ia))\b"),
     "SHS/BIO/PI/2021/1", "Instrument"),
)
_GA = re.compile(r"\b(?:a/res/)?(?P<session>\d{1,3})/(?P<number>\d{1,3})\b")
_SYMBOL = re.compile(r"\b(?P<symbol>a/(?:res/)?\d{2,3}/(?:l\.)?\d{1,3}(?:/rev\.\d)?)\b")
_UNESCO = re.compile(r"\b(?P<session>\d{3})\s+ex/(?P<number>\d+(?:\.[a-z0-9]+)?)")
_PARAGRAPH = re.compile(r"(?:paragraphs?|paragraphes?|paras?\.?)\s+(?P<number>\d{1,3})(?:\s*\([a-z]\))?(?P<range>\s*(?:-|–|to|a|and|et)\s*\d{1,3})?\s+"
                        r"(?:of|de|du)\s+(?:the\s+|la\s+|l')?(?:resolution\s+)?$")
#: Resolutions of other organs, by the organ named before or after the number.
_HRC = re.compile(r"\b(?:human rights council|hrc|conseil des droits de l'homme)\s+resolutions?\s+(?P<session>\d{1,2})/(?P<number>\d{1,3})\b"
                  r"|\bresolutions?\s+(?P<session2>\d{1,2})/(?P<number2>\d{1,3})\s+(?:du|of the)\s+(?:conseil des droits de l'homme|"
                  r"human rights council)\b")
#: The Economic and Social Commission for Asia and the Pacific numbers its resolutions by session too: "ESCAP resolution 75/7".
_ESCAP_NAME = r"(?:escap|cesap|(?:the )?economic and social commission for asia and the pacific|commission economique et sociale pour l'asie et le pacifique)"
_ESCAP = re.compile(r"\b" + _ESCAP_NAME + r"\s+resolutions?\s+(?P<session>\d{2})/(?P<number>\d{1,3})\b"
                    r"|\bresolutions?\s+(?P<session2>\d{2})/(?P<number2>\d{1,3})\s+(?:de la|of the|of)\s+" + _ESCAP_NAME + r"\b")
_ECOSOC = re.compile(r"\b(?:(?:ecosoc|economic and social council|conseil economique et social)\s+)?resolutions?\s+"
                     r"(?P<year>(?:19|20)\d\d)/(?P<number>\d{1,3})\b")
#: "40 C/Resolution 37", "40 C/Res. 37", and "résolution 40 C/37" (the word before the short symbol).
_UNESCO_GC = re.compile(r"\b(?:(?P<word>resolution)\s+)?(?P<session>\d{2})\s*c/\s*(?:(?P<res>res(?:olution)?\.?)\s*)?"
                        r"(?P<number>\d{1,3})\b")
_OTHER_SYMBOL = re.compile(r"\b(?P<symbol>(?:a/hrc/res|e/res)/\d{1,4}/\d{1,4})")
#: Security Council resolutions: "Security Council Resolution 690", « la résolution 350 (1974) du Conseil de sécurité »,
#: and a number with its year in brackets, as the Council numbers them ("resolution 1325 (2000)").
_SECURITY_COUNCIL = re.compile(
    r"\b(?:security council|conseil de securite)\s+resolutions?\s+(?P<number>\d{1,4})(?:\s*\((?P<year>(?:19|20)\d\d)\))?(?![\d/])"
    r"|\bresolutions?\s+(?P<number2>\d{1,4})\s*\((?P<year2>(?:19|20)\d\d)\)")
_ABOUT_ITU = re.compile(r"\b(?:itu|uit)\b")
_RESOLUTION_WORD = re.compile(r"(?:resolutions?|decisions?|general assembly|assemblee generale)\s*(?:\(\s*)?$")


_GENERAL_ASSEMBLY_NAMED = re.compile(r"(?:general assembly|assemblee generale|unga|ga)\s+(?:resolutions?\s*)?$")


_COUNCIL_NAMED = re.compile(r"\b(?:human rights council|conseil des droits de l'homme|hrc)\b")


def _organ_named_before(folded: str, m: re.Match, found: list[Citation], start: int) -> str | None:
    """The symbol prefix of the organ a bare "résolution 17/4" is of, where it is not the General
    Assembly: the organ of the last resolution the text cited before it by organ and session (the
    Human Rights Council, ESCAP), or the Council where the text names it and the session is one of
    the first thirty (the Assembly's resolutions of those sessions have other symbols); ``None``
    where something names the General Assembly or writes the A/RES/ symbol here ("Conformément à la résolution 53/3 du Conseil des droits de
    l'homme, ... Comme indiqué dans la résolution 17/4, le Groupe de travail ...")."""
    if folded[m.start():].startswith("a/res/") or _GENERAL_ASSEMBLY_NAMED.search(folded[max(0, m.start() - 40):m.start()]):
        return None
    before = [c for c in found if c.end - start <= m.start()]
    last = max(before, key=lambda c: c.start).symbol if before else ""
    if organ := re.match(r"(?:A/HRC|E/ESCAP)/RES(?=/)", last):
        return organ.group()
    if int(m.group("session")) <= 30 and _COUNCIL_NAMED.search(folded):
        return "A/HRC/RES"  # the Assembly numbered its resolutions "217 A (III)" until its thirtieth session
    if _COUNCIL_NAMED.search(folded) and _OF_THE_COUNCIL.match(folded, m.end()):
        return "A/HRC/RES"  # « conformément à la résolution 34/18 du Conseil », the Council the text names
    sentence = folded[folded.rfind(". ", 0, m.start()) + 1:(folded.find(". ", m.end()) + 1 or len(folded))]
    if int(m.group("session")) <= _COUNCIL_SESSIONS and int(m.group("number")) <= _COUNCIL_RESOLUTIONS \
            and _COUNCIL_NAMED.search(sentence) and not _ASSEMBLY_NAMED.search(sentence):
        return "A/HRC/RES"  # "During the recent 53rd session of the UN Human Rights Council (HRC), states convened to
        # discuss the renewal of resolution 41/11": the Council's, where its sentence names no Assembly
    return None


#: "of the Council", « du Conseil » after a resolution's number: no other council's name after it.
_OF_THE_COUNCIL = re.compile(r"\s+(?:du conseil|of the council)\b(?!\s+(?:de securite|economique|security|economic|d'administration|"
                             r"executif|executive))")
_ASSEMBLY_NAMED = re.compile(r"\b(?:general assembly|assemblee generale|unga)\b")
#: The Human Rights Council's sessions so far (it met first in 2006, three sessions a year): a session above this
#: cannot be the Council's.
_COUNCIL_SESSIONS = 60
#: ... and the resolutions it adopts at one session (about forty at most): "The Human Rights Council was established by
#: resolution 60/251" cites the Assembly's.
_COUNCIL_RESOLUTIONS = 50


#: A capitalised word or a year right before a name, inside a sentence: the name is a word of a longer one ("the
#: Supporting Member States in Implementing UNESCO’s Recommendation on the Ethics of AI through Innovative Tools
#: initiative", "the 2021 Recommendation on the Ethics of AI").
_WORD_OF_A_LONGER_NAME = re.compile(r"(?<=[\w,;:)] )(?!(?:The|La|Le|Les|L['’]|In|By|Under|With|Through)\b)[A-Z][\w-]*\s+$|"
                                    r"\b(?:19|20)\d\d\s+$")


#: A short reference to an instrument the text named in full before: "the Recommendation", "UNESCO's Recommendation",
#: « la Recommandation de l'UNESCO », "the Compact", « le Pacte », "the Agenda" (folded text; not "the draft ...").
_SHORT_HEADS = {"recommendation": ("recommendation", "recommandation"), "recommandation": ("recommendation", "recommandation"),
                "compact": ("compact", "pacte"), "pacte": ("compact", "pacte"), "agenda": ("agenda",)}
_SHORT_REFERENCE = re.compile(r"\b(?:the|this|that|its|la|le|cette|ce|sa|l'|unesco(?:'s)?)\s*(?P<head>recommendation|recommandation|"
                              r"compact|pacte|agenda)(?:\s+(?:de l'unesco|of unesco|de l'onu))?\b(?!\s+(?:on|for|sur|pour|de la|du|des)\b)")


def find_citations(text: str, *, start: int = 0, end: int | None = None) -> list[Citation]:
    """Cited instruments in ``text[start:end]``, in order, with offsets in ``text``."""
    end = len(text) if end is None else end
    folded = fold(text[start:end])
    found: list[Citation] = []

    def add(symbol: str, kind: str, s: int, e: int) -> None:
        if any(s < c.end - start and e > c.start - start for c in found):
            return
        paragraph = _PARAGRAPH.search(folded[max(0, s - 60):s])
        if paragraph:
            s = s - (len(folded[max(0, s - 60):s]) - paragraph.start())
        # a range of paragraphs ("paragraphes 72 à 78") cites the instrument, not one paragraph of it
        number = paragraph.group("number") if paragraph and not paragraph.group("range") else None
        found.append(Citation(symbol, kind, start + s, start + e, number))

    for m in _SECURITY_COUNCIL.finditer(folded):
        if m.group("number2") and _ABOUT_ITU.search(folded):
            continue  # "Resolution 1282 (2008)" in a text about ITU may be its Council's
        number, year = m.group("number") or m.group("number2"), m.group("year") or m.group("year2")
        add(f"S/RES/{number}" + (f"({year})" if year else ""), "Instrument", m.start(), m.end())
    for m in _OTHER_SYMBOL.finditer(folded):
        add(m.group("symbol").upper(), "Instrument", m.start(), m.end())
    for m in _HRC.finditer(folded):
        add(f"A/HRC/RES/{m.group('session') or m.group('session2')}/{m.group('number') or m.group('number2')}",
            "Instrument", m.start(), m.end())
    for m in _ESCAP.finditer(folded):
        add(f"E/ESCAP/RES/{m.group('session') or m.group('session2')}/{m.group('number') or m.group('number2')}",
            "Instrument", m.start(), m.end())
    for m in _ECOSOC.finditer(folded):
        add(f"E/RES/{m.group('year')}/{m.group('number')}", "Instrument", m.start(), m.end())
    for m in _UNESCO_GC.finditer(folded):
        if not (m.group("word") or m.group("res")):
            continue  # "40 C/37" alone is a document of the General Conference, not a resolution
        add(f"UNESCO {m.group('session')} C/Resolution {m.group('number')}", "AgencyResolution", m.start(), m.end())
    for m in _SYMBOL.finditer(folded):
        symbol = m.group("symbol").upper()
        if re.fullmatch(r"A/\d{2,3}/\d{1,3}", symbol) and re.search(r"\bresolution\s+$", folded[max(0, m.start() - 12):m.start()]):
            symbol = "A/RES/" + symbol[2:]  # "resolution A/70/125": a resolution's symbol written without its RES
        add(symbol, "GAResolution" if "/RES/" in symbol else "Instrument", m.start(), m.end())
    for symbol, s, e in itu_citations(folded):
        add(symbol, "AgencyResolution", s, e)
    for m in _GA.finditer(folded):
        in_brackets = folded[max(0, m.start() - 1):m.start()] == "(" and folded[m.end():m.end() + 1] == ")" \
            and "resolution" in folded[max(0, m.start() - 120):m.start()]  # "la résolution adoptée ... le 16 décembre 2015 (70/125)"
        if _RESOLUTION_WORD.search(folded[max(0, m.start() - 40):m.start()]) or folded[m.start():].startswith("a/res/") \
                or in_brackets:
            if (organ := _organ_named_before(folded, m, found, start)) is not None:
                add(f"{organ}/{m.group('session')}/{m.group('number')}", "Instrument", m.start(), m.end())
            elif len(m.group("session")) == 1:
                continue  # "resolution 5/1" is no resolution of the Assembly's
            else:
                add(f"A/RES/{m.group('session')}/{m.group('number')}", "GAResolution", m.start(), m.end())
    for m in _UNESCO.finditer(folded):
        add(f"UNESCO {m.group('session')} EX/{m.group('number').upper()}", "AgencyResolution", m.start(), m.end())
    for pattern, symbol, kind in _NAMED:
        for m in pattern.finditer(folded):
            if text[start + m.start()].isupper() and not _WORD_OF_A_LONGER_NAME.search(text, start, start + m.start()):
                add(symbol, kind, m.start(), m.end())
    for symbol, s, e in named_instruments(text[start:end]):
        add(symbol, instrument_type(symbol), s, e)
    for m in _SHORT_REFERENCE.finditer(folded):  # "the Recommendation", « la Recommandation de l'UNESCO », "le Pacte"
        heads = _SHORT_HEADS[m.group("head")]
        named = [c for c in found if c.end - start <= m.start() and c.instrument_type != "GAResolution"
                 and any(h in fold(text[c.start:c.end]) for h in heads)]
        if named:
            last = max(named, key=lambda c: c.start)
            add(last.symbol, last.instrument_type, m.start("head"), m.end())
    return sorted(found, key=lambda c: c.start)
