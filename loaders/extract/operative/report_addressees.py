"""Whom a report goes to: the body named after a verb of reporting ("to submit to the General Assembly", « lui
présenter »), and the bodies joined to it ("to the Conference on Disarmament and the Disarmament Commission"); the
Assembly when only its session is named."""

from __future__ import annotations

import re

from loaders.extract.operative.assignees import _listed
from loaders.extract.operative.deliverable_patterns import REPORT_TO
from loaders.extract.operative.mandate_model import Assignee
from loaders.registry import Registry

__all__ = ["report_addressees"]

_ASSEMBLY_KEY = "general-assembly"

#: One report sent to several bodies: "to the Conference on Disarmament and the Disarmament Commission", "to the
#: Human Rights Council, and to the General Assembly at its…", « au Conseil des droits de l'homme et à l'Assemblée ».
_ALSO_TO = {"en": re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:to\s+)?"),
            "fr": re.compile(r"\s*,?\s*(?:et|ainsi\s+qu[’'])\s*(?:à\s+(?=la\b|l[’'])|au\b|aux\b|à\b)?\s*")}


#: The same after the Assembly named by a pronoun: "to it and to the Human Rights Council".
_ALSO_TO_AFTER_IT = {"en": re.compile(r"[^;]*?,?\s+(?:and|as\s+well\s+as)\s+to\s+(?=the\s+[A-Z])"),
                     "fr": re.compile(r"[^;]*?,\s*ainsi\s+qu[’']\s*(?:au\s+|aux\s+|à\s+la\s+|à\s+l[’']\s*)")}


def report_addressees(text: str, start: int, end: int, lang: str, registry: Registry,
               has_session: bool) -> list[Assignee]:
    """The bodies a report goes to: the first named after a verb of reporting, and those joined to it by "and"."""
    assembly = registry.entities.get(_ASSEMBLY_KEY)
    for match in REPORT_TO[lang].finditer(text, start, end):
        if match.group("it"):
            if not assembly:
                return []
            out = [Assignee(assembly, match.group("it"), match.start("it"), match.end("it"), "Body")]
            # « de lui présenter, à ses … sessions, ainsi qu'au Conseil des droits de l'homme, un rapport »
            also = _ALSO_TO_AFTER_IT[lang].match(text, match.end("it"), min(end, match.end("it") + 150))
            more = _listed(text, also.end(), min(end, also.end() + 120), lang, registry) if also else []
            if more and more[0].entity is not None and more[0].entity != assembly \
                    and text[also.end():more[0].start].strip() in ("", "the"):
                out.append(more[0])
            return out
        listed = _listed(text, match.end(), min(end, match.end() + 120), lang, registry)
        # (« tenir les États Membres informés »: the article of a plural name too)
        if listed and text[match.end():listed[0].start].strip() in ("", "the", "la", "le", "les", "l’", "l'"):
            out = [listed[0]]
            while (joined := _ALSO_TO[lang].match(text, out[-1].end, end)) is not None:
                more = _listed(text, joined.end(), min(end, joined.end() + 120), lang, registry)
                if not more or more[0].entity is None or any(a.entity == more[0].entity for a in out) \
                        or text[joined.end():more[0].start].strip() not in ("", "the", "la", "le", "l’", "l'"):
                    break
                out.append(more[0])
            return out
    if has_session and assembly:
        return [Assignee(assembly, "General Assembly", start, start, "Body")]
    return []
