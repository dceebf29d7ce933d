"""The page of a GA resolution: its paragraphs in document order, verbs and addressees marked,
each paragraph's mandates, its citations linked, and a link to its lineage."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from api.pages.layout import esc, page, paragraph_anchor, resolution_href, resource_href, resource_link
from api.pages.marks import Mark, marked_text

__all__ = ["resolution_page"]

Row = Mapping[str, Any]


def _text(paragraph: Row, lang: str) -> tuple[str, str]:
    """The paragraph's text in ``lang``, else in the first language it has: (text, its language)."""
    texts: Mapping[str, str] = paragraph["text"]
    if lang in texts:
        return texts[lang], lang
    other = min(texts)
    return texts[other], other


def _deliverable(m: Row, lang: str) -> str:
    details = [f"kind: {esc(m['kind'])}"]
    if m.get("assignee"):
        details.append(f"by {resource_link(m['assignee'], m.get('assigneeLabel') or '(no label)', lang)}")
    if m.get("dueSession") is not None:
        details.append(f"due at session {esc(m['dueSession'])}")
    if m.get("dueDate"):
        details.append(f"due {esc(m['dueDate'])}")
    if m.get("reportTo"):
        details.append(f"report to {resource_link(m['reportTo'], m.get('reportToLabel') or '(no label)', lang)}")
    if m.get("recurrence"):
        details.append(esc(m["recurrence"]))
    label = m.get("deliverableLabel") or m["kind"]
    return f"<li>{resource_link(m['deliverable'], label, lang)} <span class=\"kind\">({'; '.join(details)})</span></li>"


def _actions(paragraph: Row, labels: Mapping[str, str], lang: str) -> str:
    parts = []
    for action in paragraph["actions"]:
        who = ", ".join(resource_link(a, labels.get(a) or "(no label)", lang) for a in action["addressees"])
        parts.append(f'<mark class="verb">{esc(action["action"])}</mark> {who}')
    return f'<p class="actions">{"; ".join(parts)}</p>' if parts else ""


def _paragraph(paragraph: Row, marks: Mapping[str, list[Mark]], labels: Mapping[str, str], lang: str) -> str:
    text, text_lang = _text(paragraph, lang)
    number = paragraph["number"]
    anchor = paragraph_anchor(paragraph["kind"], number)
    sub = " sub" if not str(number).isdigit() else ""
    mandates = "".join(_deliverable(m, lang) for m in paragraph["mandates"])
    mandates_list = (f'<details><summary>{len(paragraph["mandates"])} mandate'
                     f'{"s" if len(paragraph["mandates"]) != 1 else ""}</summary>'
                     f'<ul class="deliverables">{mandates}</ul></details>' if mandates else "")
    page_link = f'<a class="kind" href="{esc(resource_href(paragraph["iri"], lang))}">paragraph page</a>'
    return (f'<li id="{anchor}" class="{esc(paragraph["kind"])}{sub}"><span class="num">{esc(number)}.</span>'
            f'<span lang="{esc(text_lang)}">{marked_text(text, marks.get(paragraph["iri"], []), lang=lang)}</span> '
            f"{page_link}{_actions(paragraph, labels, lang)}{mandates_list}</li>")


def _citations(citations: Sequence[Row], lang: str) -> str:
    if not citations:
        return ""
    rows = "".join(
        f"<tr><td>{esc(c['relation'])}</td>"
        f"<td>{resource_link(c['cited'], c.get('symbol') or c.get('title') or '(no symbol)', lang)}</td>"
        f"<td>{esc(c.get('title') or '')}</td><td>{esc(c.get('adopted') or '')}</td></tr>" for c in citations)
    return ('<h2 id="citations">Citations</h2><table><thead><tr><th scope="col">How</th><th scope="col">Cites</th>'
            f'<th scope="col">Title</th><th scope="col">Adopted</th></tr></thead><tbody>{rows}</tbody></table>')


def resolution_page(resolution: Row, *, marks: Mapping[str, list[Mark]], labels: Mapping[str, str],
                    session: int, number: int | str, lang: str = "en") -> str:
    """The page of ``resolution`` (the ``/resolutions/{session}/{number}`` answer's fields)."""
    symbol = resolution["symbol"]
    title = resolution.get("title") or symbol
    paragraphs = resolution["paragraphs"]
    sections = []
    for kind, heading in (("preambular", "Preambular paragraphs"), ("operative", "Operative paragraphs")):
        items = "".join(_paragraph(p, marks, labels, lang) for p in paragraphs if p["kind"] == kind)
        if items:
            sections.append(f'<h2 id="{kind}">{heading}</h2><ol class="paragraphs">{items}</ol>')
    adopted = f"<span>adopted {esc(resolution['adopted'])}</span>" if resolution.get("adopted") else ""
    base = resolution_href(symbol) or f"/resolutions/{session}/{quote(str(number))}"
    links = (f'<a href="{base}/lineage">Lineage: where its language comes from</a> · '
             f'<a href="/viz?focus={esc(quote(resolution["iri"], safe=""))}">Graph view</a> · '
             f'<a href="{esc(resource_href(resolution["iri"], lang))}">All its relations</a>')
    legend = ('<p class="kind">In the text: <mark class="verb">action verbs</mark> and '
              '<mark class="addressee">addressees</mark> (linked to their pages).</p>')
    body = (f"<h1>{esc(title)}</h1><p class=\"meta\"><span>{esc(symbol)}</span>{adopted}</p><p>{links}</p>"
            f"{legend}{''.join(sections) or '<p>No paragraph of it is loaded.</p>'}"
            f"{_citations(resolution['citations'], lang)}")
    return page(f"{symbol} — {title}" if title != symbol else symbol, body, lang=lang)
