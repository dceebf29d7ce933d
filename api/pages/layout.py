"""The frame every page for people shares: head, site header with search, main, footer.

One stylesheet (``/static/pages.css``, served from ``api/static``), no script, nothing loaded
from elsewhere. Every text that comes from the graph goes through :func:`esc`.
"""

from __future__ import annotations

import html
import re
from string import Template
from typing import Any
from urllib.parse import quote, urlencode

__all__ = [
    "STYLESHEET",
    "esc",
    "humane_name",
    "instrument_href",
    "page",
    "paragraph_anchor",
    "resolution_href",
    "resource_href",
    "resource_link",
    "wants_html",
]

STYLESHEET = "/static/pages.css"

_FRAME = Template("""<!doctype html>
<html lang="$lang"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title — Mandate Graph</title>
<link rel="stylesheet" href="$stylesheet">
<link rel="icon" href="data:,">
</head><body>
<a class="skip" href="#content">Skip to content</a>
<header class="site"><div class="bar">
<a class="brand" href="/">Mandate Graph</a>
<nav aria-label="Site"><ul>
<li><a href="/reports-due">Reports due</a></li>
<li><a href="/sparql">SPARQL</a></li>
<li><a href="/docs">API</a></li>
</ul></nav>
<form class="search" role="search" action="/search" method="get">
<label for="site-q" class="vh">Search entities and resolutions</label>
<input type="search" id="site-q" name="q" value="$query" placeholder="Search: ITU, A/RES/78/311…">
<button type="submit">Search</button>
</form>
</div></header>
<main id="content" tabindex="-1">
$body
</main>
<footer class="site">Every fact here carries its evidence: the sentence of the source document that states it.</footer>
</body></html>
""")

_SYMBOL = re.compile(r"^A/RES/(\d{1,3})/(\d{1,5}(?: [A-Z](?:-[A-Z])?)?)$")


def esc(text: Any) -> str:
    """``text`` escaped for HTML (``""`` for None)."""
    return "" if text is None else html.escape(str(text))


def page(title: str, body: str, *, lang: str = "en", query: str = "") -> str:
    """A whole page: ``body`` (HTML) under an ``<h1>``-less frame; ``title`` is plain text."""
    return _FRAME.substitute(lang=esc(lang), title=esc(title), stylesheet=STYLESHEET, body=body, query=esc(query))


def resource_href(iri: str, lang: str = "en") -> str:
    params = {"iri": iri} if lang == "en" else {"iri": iri, "lang": lang}
    return "/resource?" + urlencode(params, quote_via=quote)


def resource_link(iri: str, label: str, lang: str = "en") -> str:
    return f'<a href="{esc(resource_href(iri, lang))}">{esc(label)}</a>'


def resolution_href(symbol: str | None) -> str | None:
    """The resolution page of a GA symbol (``A/RES/78/311`` → ``/resolutions/78/311``;
    ``A/RES/80/236 A-B`` → ``/resolutions/80/236%20A-B``), else None."""
    match = _SYMBOL.match(symbol or "")
    return f"/resolutions/{match[1]}/{quote(match[2])}" if match else None


def instrument_href(iri: str, symbol: str | None, lang: str = "en") -> str:
    """The page of an instrument: its resolution page when it has one, else its entity page."""
    return resolution_href(symbol) or resource_href(iri, lang)


def wants_html(accept: str) -> bool:
    """Whether the client asked for HTML by name (browsers do; API clients send ``*/*`` or JSON)."""
    return "text/html" in accept.lower()


def humane_name(name: str) -> str:
    """A property's local name as words: ``mandatedBy`` → ``mandated by``, ``altLabel`` → ``alt label``."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower()


def paragraph_anchor(kind: str, number: str) -> str:
    """The id of a paragraph on its resolution page: ``op-1``, ``op-1-a``, ``pp-3``."""
    words = re.sub(r"[^0-9A-Za-z]+", "-", str(number)).strip("-").lower()
    return f"{'pp' if kind == 'preambular' else 'op'}-{words}"
