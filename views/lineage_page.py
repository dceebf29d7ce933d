"""The lineage page of a resolution: its text beside its predecessor's, changes marked.

One HTML page (no script, nothing loaded from elsewhere): a row per paragraph with the
predecessor's paragraph on the left and the resolution's on the right, words removed struck
through in red, words added underlined in green, then the paragraphs that were dropped.
Self-contained (inline style) by default; given a ``frame`` (the API's :func:`api.pages.layout.page`),
the same content inside the site's frame and stylesheet.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

__all__ = ["lineage_page"]

_STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:80rem}
table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ddd;padding:.4rem;vertical-align:top;text-align:left}
td.text{width:42%}del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:underline}
.change{font-size:.8rem;padding:.1rem .3rem;border-radius:.2rem;white-space:nowrap}
.unchanged{background:#eee}.amended{background:#ffe9a8}.new{background:#c9f2c9}.dropped{background:#f6c6c6}
small{color:#555}
"""


def _e(text: Any) -> str:
    return html.escape(str(text)) if text is not None else ""


def _marked(paragraph: dict[str, Any]) -> tuple[str, str]:
    """The predecessor's and the resolution's text, the diff marked on each side."""
    if paragraph["change"] != "amended" or not paragraph.get("diff"):
        return _e(paragraph.get("previousText")), _e(paragraph.get("text"))
    old, new = [], []
    for op, words in paragraph["diff"]:
        if op == "equal":
            old.append(_e(words))
            new.append(_e(words))
        elif op == "delete":
            old.append(f"<del>{_e(words)}</del>")
        else:
            new.append(f"<ins>{_e(words)}</ins>")
    return " ".join(old), " ".join(new)


def _label(paragraph: dict[str, Any]) -> str:
    return f"{'PP' if paragraph['kind'] == 'preambular' else 'OP'} {_e(paragraph['number'])}"


def lineage_page(lineage: dict[str, Any], *, frame: Callable[..., str] | None = None) -> str:
    """The page of ``lineage`` (as :func:`queries.lineage_report.with_texts` gives it); with
    ``frame``, ``frame(title, body, lang=...)`` makes the page around the content."""
    symbol = lineage["symbol"]
    predecessor = lineage["predecessor"]
    if predecessor:
        evidence = "".join(f"<li><q>{_e(q)}</q></li>" for q in predecessor.get("evidence", []))
        head = (f"<p>Follows <b>{_e(predecessor['symbol'])}</b> (text similarity {predecessor['similarity']:.2f}; "
                f"decided by {_e(predecessor['basis'])})</p><ul>{evidence}</ul>")
    else:
        head = "<p>No predecessor in the corpus: every paragraph's language is first seen here.</p>"
    rows = []
    for paragraph in lineage["paragraphs"]:
        old, new = _marked(paragraph)
        change = paragraph["change"] or "first"
        similarity = f" {paragraph['similarity']:.2f}" if paragraph.get("similarity") is not None else ""
        origin = ", ".join(f"{_e(p['symbol'])} {_label(p)}" for p in paragraph.get("predecessors", []))
        rows.append(
            f"<tr><td>{_label(paragraph)}</td><td><span class=\"change {_e(change)}\">{_e(change)}{similarity}</span><br>"
            f"<small>since {_e(paragraph['firstSeen'])}</small></td>"
            f"<td class=\"text\"><small>{origin}</small><br>{old}</td><td class=\"text\">{new}</td></tr>")
    for paragraph in lineage["dropped"]:
        rows.append(
            f"<tr><td>{_label(paragraph)}</td><td><span class=\"change dropped\">dropped</span></td>"
            f"<td class=\"text\"><small>{_e(paragraph['symbol'])}</small><br><del>{_e(paragraph.get('text'))}</del></td>"
            f"<td class=\"text\"></td></tr>")
    previous = _e(predecessor["symbol"]) if predecessor else "—"
    content = (f"<h1>Lineage of {_e(symbol)}</h1>{head}"
               f"<table id=\"lineage\"><thead><tr><th scope=\"col\">¶</th><th scope=\"col\">change</th>"
               f"<th scope=\"col\">{previous}</th><th scope=\"col\">{_e(symbol)}</th></tr></thead>"
               f"<tbody>{''.join(rows)}</tbody></table>")
    if frame is not None:
        return frame(f"Lineage of {symbol}", content, lang=lineage["lang"])
    return (
        f"<!doctype html><html lang=\"{_e(lineage['lang'])}\"><head><meta charset=\"utf-8\">"
        f"<title>Lineage of {_e(symbol)} — Mandate Graph</title><style>{_STYLE}</style></head><body>"
        f"{content}</body></html>")
