"""Mark the words of a paragraph that state its action verbs and addressees.

The graph's evidence quotes each clause's verb ("Encourage") and addressees ("États Membres");
they are found back in the paragraph's text and wrapped in ``<mark>``, the addressees linked to
their pages. Quotes not found in the text (another language version) are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from api.pages.layout import esc, resource_href

__all__ = ["Mark", "marked_text"]


@dataclass(frozen=True)
class Mark:
    role: str  # "action" or "addressee"
    quote: str
    target: str  # the action's or the addressee's IRI
    label: str = ""  # the target's label, for the link's title


def _first_free(text: str, quote: str, spans: list[tuple[int, int, Mark]]) -> int | None:
    """Where ``quote`` first occurs in ``text`` clear of the spans already marked."""
    start = text.find(quote)
    while start >= 0:
        end = start + len(quote)
        if not any(start < e and s < end for s, e, _ in spans):
            return start
        start = text.find(quote, start + 1)
    return None


def _spans(text: str, marks: list[Mark]) -> list[tuple[int, int, Mark]]:
    spans: list[tuple[int, int, Mark]] = []
    folded = text.casefold()
    # Longest quotes first, so "tous les acteurs concernés" wins over "acteurs concernés".
    for mark in sorted(marks, key=lambda m: -len(m.quote)):
        if not mark.quote.strip():
            continue
        found = _first_free(text, mark.quote, spans)
        if found is None and len(folded) == len(text):  # casefold can change lengths (ß → ss): offsets would slip
            found = _first_free(folded, mark.quote.casefold(), spans)
        if found is not None:
            spans.append((found, found + len(mark.quote), mark))
    return sorted(spans, key=lambda span: span[0])


def marked_text(text: str, marks: list[Mark], *, lang: str = "en") -> str:
    """``text`` as HTML with each mark's quote wrapped: verbs in ``<mark class="verb">``,
    addressees in ``<mark class="addressee">`` around a link to the addressee's page.

    >>> marked_text("Encourage les États Membres à agir", [Mark("action", "Encourage", "x"),
    ...     Mark("addressee", "États Membres", "https://e/ms", "Member States")])
    '<mark class="verb">Encourage</mark> les <mark class="addressee"><a href="/resource?iri=https%3A%2F%2Fe%2Fms" title="Member States">États Membres</a></mark> à agir'
    """
    out, at = [], 0
    for start, end, mark in _spans(text, marks):
        out.append(esc(text[at:start]))
        words = esc(text[start:end])
        if mark.role == "action":
            out.append(f'<mark class="verb">{words}</mark>')
        else:
            title = f' title="{esc(mark.label)}"' if mark.label else ""
            out.append(f'<mark class="addressee"><a href="{esc(resource_href(mark.target, lang))}"{title}>'
                       f"{words}</a></mark>")
        at = end
    out.append(esc(text[at:]))
    return "".join(out)
