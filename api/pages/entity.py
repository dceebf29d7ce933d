"""The page of one node: an entity, a paragraph or a source document.

Everything linked is named by its label (or title, or symbol), never by its IRI; evidence is
the quote in its sentence, with the source document's kind and title.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from api.pages.layout import (
    esc,
    humane_name,
    instrument_href,
    page,
    paragraph_anchor,
    resolution_href,
    resource_link,
)
from api.pages.marks import Mark, marked_text
from api.pages.sentences import sentence_around

__all__ = ["entity_page", "evidence_item"]

Row = Mapping[str, Any]


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _value(row: Row, lang: str) -> str:
    """A relation's other end: a link named by its label, or the literal itself."""
    value = row["value"]
    if not row.get("isIri"):
        text = value if len(value) < 400 else value[:400] + "…"
        return f'<span lang="{esc(row["valueLang"])}">{esc(text)}</span>' if row.get("valueLang") else esc(text)
    label = row.get("valueLabel") or f"unnamed {humane_name(_local(row['property']))} record"
    return resource_link(value, label, lang)


def _relations(rows: Sequence[Row], lang: str, truncated: bool, max_rows: int) -> str:
    if not rows:
        return ""
    items = []
    for row in rows:
        name = row.get("propertyLabel") or humane_name(_local(row["property"]))
        relation = name if row["direction"] == "out" else f"is {name} of"
        items.append(f"<tr><td>{esc(relation)}</td><td>{_value(row, lang)}</td></tr>")
    more = f"<p><small>only the first {max_rows:,} are shown</small></p>" if truncated else ""
    return (f'<h2 id="relations">Relations</h2><table><thead><tr><th scope="col">Relation</th>'
            f'<th scope="col">With</th></tr></thead><tbody>{"".join(items)}</tbody></table>{more}')


def _source(row: Row, lang: str) -> str:
    title = row.get("documentTitle") or "an untitled source document"
    kind = f"{row['documentKind']}: " if row.get("documentKind") else ""
    return f'<span class="source">Source — {esc(kind)}{resource_link(row["document"], title, lang)}</span>'


def evidence_item(row: Row, labels: Mapping[str, str], lang: str) -> str:
    """One fact with its evidence: "subject — relation — object", then the quote in its sentence."""
    def name(iri: str) -> str:
        return resource_link(iri, labels.get(iri) or "(no label)", lang)

    obj = row["object"]
    other = name(obj) if row.get("objectIsIri", True) else f"“{esc(obj if len(obj) < 200 else obj[:200] + '…')}”"
    relation = labels.get(row["predicate"]) or humane_name(_local(row["predicate"]))
    fact = f"{name(row['subject'])} — {esc(relation)} — {other}"
    quote = row.get("quote") or ""
    lead, quote, tail = sentence_around(row.get("before") or "", quote, row.get("after") or "")
    source = _source(row, lang) if row.get("document") else ""
    return (f"<li><p>{fact}</p><blockquote class=\"evidence\">{esc(lead)}<q>{esc(quote)}</q>{esc(tail)}"
            f"{source}</blockquote></li>")


def _library_href(name: str, param: str, node: str, lang: str) -> str:
    return f"/queries/{name}?{param}={quote(node, safe='')}&lang={lang}"


def _evidence_apart(node: str) -> str:
    """For a node thousands of facts point at: its evidence is a link away."""
    evidence = f"/queries/evidence-about?node={quote(node, safe='')}"
    return ('<h2 id="evidence">Evidence</h2><p>Too many facts are about this node to list their evidence '
            f'here: <a href="{esc(evidence)}">the evidence about it</a> is one query away.</p>')


def _listed_apart(node: str, lang: str) -> str:
    """For a node thousands of facts point at: its mandates and evidence are a link away."""
    mandates = _library_href("mandates-of", "entity", node, lang)
    evidence = f"/queries/evidence-about?node={quote(node, safe='')}"
    return ('<h2 id="mandates">Mandates addressed to it</h2><p>Too many facts are about this node to list '
            f'them here: <a href="{esc(mandates)}">its mandates</a> and <a href="{esc(evidence)}">the evidence '
            'about it</a> are each one query away.</p>')


def _mandates(rows: Sequence[Row] | None, lang: str, node: str, cut: bool, total: int | None = None) -> str:
    if rows is None:
        return _listed_apart(node, lang)
    if not rows:
        return ""
    items = []
    for m in rows:
        href = resolution_href(m["symbol"])
        where = f"{m['symbol']} ¶{m['number']}"
        origin = (f'<a href="{esc(href)}#{paragraph_anchor("operative", m["number"])}">{esc(where)}</a>' if href
                  else resource_link(m["paragraph"], where, lang))
        items.append(
            f"<tr><td>{resource_link(m['deliverable'], m.get('deliverableLabel') or m['kind'], lang)}</td>"
            f"<td>{esc(m['kind'])}</td><td>{esc(m['action'])}</td><td>{origin}</td>"
            f"<td>{esc(m.get('dueSession') or '—')}</td></tr>")
    whole = _library_href("mandates-of", "entity", node, lang)
    of = f" ({total:,} in all)" if total is not None and total > len(rows) else ""
    more = (f'<p class="more"><small>only the first {len(rows):,} are shown{of}; '
            f'<a href="{esc(whole)}">all of them</a></small></p>' if cut else "")
    return ('<h2 id="mandates">Mandates addressed to it</h2><table><thead><tr><th scope="col">Deliverable</th>'
            '<th scope="col">Kind</th><th scope="col">Action</th><th scope="col">From</th>'
            f'<th scope="col">Due session</th></tr></thead><tbody>{"".join(items)}</tbody></table>{more}')


def _paragraph(texts: Sequence[Row], marks: Sequence[Mark], lang: str) -> str:
    if not texts:
        return ""
    first = texts[0]
    href = resolution_href(first["symbol"])
    anchor = paragraph_anchor(first["kind"], first["number"])
    where = (f'<a href="{esc(href)}#{anchor}">{esc(first["symbol"])}</a>' if href
             else resource_link(first["instrument"], first["symbol"], lang))
    blocks = "".join(f'<blockquote lang="{esc(t["lang"])}">{marked_text(t["text"], list(marks), lang=lang)}</blockquote>'
                     for t in texts)
    return f"<p>{esc(first['kind'].capitalize())} paragraph {esc(first['number'])} of {where}</p>{blocks}"


def entity_page(node: str, info: Row, *, relations: Sequence[Row], evidence: Sequence[Row] | None,
                mandates: Sequence[Row] | None, paragraph: Sequence[Row] = (), marks: Sequence[Mark] = (),
                labels: Mapping[str, str] | None = None, lang: str = "en", truncated: bool = False,
                max_rows: int = 0, mandates_cut: bool = False, mandates_total: int | None = None) -> str:
    """The page of ``node``: what it is, its mandates, its evidence and its relations; ``labels``
    names the nodes the evidence mentions beyond those the relations name. ``truncated`` and
    ``mandates_cut``: the relations, the mandates are the first of more (the page says so).
    ``mandates_total``: how many mandates the whole list holds (said when cut).
    ``mandates`` and ``evidence`` None: not listed, linked to their library queries instead."""
    labels = dict(labels or {})
    labels.update({r["value"]: r["valueLabel"] for r in relations if r.get("valueLabel")})
    labels.update({r["property"]: r["propertyLabel"] for r in relations if r.get("propertyLabel")})
    label = info.get("label") or info.get("title") or info.get("symbol")
    if not label and paragraph:
        label = f"{paragraph[0]['symbol']} ¶{paragraph[0]['number']}"
    label = label or "Unnamed node"
    labels[node] = label
    kind = humane_name(_local(info.get("type") or "")) if info.get("type") else ("source document" if info.get("document") else "")
    facts = [f'<span>{esc(kind)}</span>' if kind else ""]
    if info.get("symbol"):
        facts.append(f"<span>{esc(info['symbol'])}</span>")
    if info.get("adopted"):
        facts.append(f"<span>adopted {esc(info['adopted'])}</span>")
    links = [f'<a href="/mandates?activity={esc(quote(node, safe=""))}">What mandates it</a>',
             f'<a href="/viz?focus={esc(quote(node, safe=""))}">Graph view</a>']
    if resolution_href(info.get("symbol")) and any(r["property"].endswith("#hasParagraph") for r in relations):
        links.insert(0, f'<a href="{esc(instrument_href(node, info.get("symbol")))}">Read the resolution</a>')
    evidence_list = "".join(evidence_item(e, labels, lang) for e in evidence or ())
    heading = "What it states" if info.get("document") else "Evidence"
    evidence_section = (f'<h2 id="evidence">{heading}</h2><ul class="plain">{evidence_list}</ul>' if evidence_list
                        else _evidence_apart(node) if evidence is None and mandates is not None
                        else "" if evidence is None
                        else f'<h2 id="evidence">{heading}</h2><p>None recorded for this node.</p>')
    body = (f"<h1>{esc(label)}</h1><p class=\"meta\">{''.join(f for f in facts if f)}</p>"
            f"<p>{' · '.join(links)}</p>"
            f"{_paragraph(paragraph, marks, lang)}{_mandates(mandates, lang, node, mandates_cut, mandates_total)}"
            f"{evidence_section}"
            f"{_relations(relations, lang, truncated, max_rows)}")
    return page(label, body, lang=lang)
