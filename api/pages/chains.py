"""The page of an activity's mandate chains (``/mandates`` for a browser): which instrument and
paragraph mandate it, by which path, with the quotes that state each hop and their documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from api.pages.layout import (
    esc,
    humane_name,
    page,
    paragraph_anchor,
    resolution_href,
    resource_link,
)
from api.pages.sentences import sentence_around

__all__ = ["chains_page"]


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _in_sentence(evidence: Mapping[str, Any]) -> str:
    lead, quote, tail = sentence_around(evidence.get("before") or "", evidence["quote"], evidence.get("after") or "")
    return f"{esc(lead)}<q>{esc(quote)}</q>{esc(tail)}"


def _mandate(mandate: Mapping[str, Any], labels: Mapping[str, str], lang: str) -> str:
    instrument = mandate["instrument"]
    name = instrument.get("symbol") or instrument.get("title") or "(no symbol)"
    head = resource_link(instrument["iri"], name, lang)
    if instrument.get("title") and instrument.get("title") != name:
        head += f" — {esc(instrument['title'])}"
    paragraph = mandate.get("paragraph")
    if paragraph and paragraph.get("number"):
        href = resolution_href(instrument.get("symbol"))
        where = f"¶{paragraph['number']}"
        anchor = paragraph_anchor(paragraph.get("kind") or "operative", paragraph["number"])
        head += (f', <a href="{esc(href)}#{anchor}">{esc(where)}</a>' if href
                 else f", {resource_link(paragraph['iri'], where, lang)}")
    if mandate.get("action"):
        head += f' <mark class="verb">{esc(mandate["action"])}</mark>'
    hops = "".join(
        f"<li>{resource_link(h['from'], labels.get(h['from']) or '(no label)', lang)} — "
        f"{esc(humane_name(_local(h['property'])))} — {resource_link(h['to'], labels.get(h['to']) or '(no label)', lang)}</li>"
        for h in mandate["path"])
    quotes = "".join(
        f'<blockquote class="evidence">{_in_sentence(e)}<span class="source">Source — '
        f'{esc(e["document_kind"] + ": " if e.get("document_kind") else "")}'
        f'{resource_link(e["document"], e.get("document_title") or "an untitled source document", lang)}</span></blockquote>'
        for e in mandate["evidence"])
    return f"<li><h3>{head}</h3><ol class=\"hops\">{hops}</ol>{quotes}</li>"


def chains_page(trace: Mapping[str, Any], labels: Mapping[str, str], *, lang: str = "en") -> str:
    """The page of ``trace`` (the ``/mandates`` answer); ``labels`` names the path's nodes."""
    activity = trace["activity"]
    label = activity.get("label") or "(no label)"
    mandates = trace["mandates"]
    items = "".join(_mandate(m, labels, lang) for m in mandates)
    count = f"{len(mandates)} mandate chain{'s' if len(mandates) != 1 else ''}"
    body = (f"<h1>What mandates {esc(label)}?</h1>"
            f'<p class="meta"><span>{esc(humane_name(_local(activity.get("type") or "")))}</span><span>{count}</span></p>'
            f'<p>{resource_link(activity["iri"], "Its page", lang)}</p>'
            f'<ul class="plain chains">{items or "<li>No mandate recorded for it.</li>"}</ul>')
    return page(f"Mandates of {label}", body, lang=lang)
