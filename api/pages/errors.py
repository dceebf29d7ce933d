"""Error pages for browsers: 404 with "did you mean", 300 with the candidates, and the rest.

API clients keep the JSON answers (``{"error": ...}``); a client that asks for ``text/html``
gets the same message as a page, with links onward.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from api.answers import Answer, json_answer
from api.pages.layout import esc, page, resource_href

__all__ = ["choices_page", "error_page", "html_answer", "not_found_answer", "not_found_page"]

_HEADINGS = {300: "Several things have this name", 404: "Not found", 422: "That request cannot be read",
             400: "That request cannot be answered", 503: "Busy or unavailable", 500: "Something went wrong"}


def html_answer(body: str, status: int = 200, headers: Mapping[str, str] | None = None) -> Answer:
    return Answer(status, body.encode("utf-8"), "text/html; charset=utf-8", dict(headers or {}))


def not_found_answer(message: str, html: bool) -> Answer:
    """A 404 with ``message``: a page for a browser, ``{"error": message}`` for a program."""
    if html:
        return html_answer(not_found_page(message), status=404)
    return json_answer({"error": message}, status=404)


def _candidates(candidates: Iterable[Mapping[str, Any]]) -> str:
    items = "".join(
        f'<li><a href="{esc(resource_href(c["iri"]))}">{esc(c.get("label") or "(no label)")}</a>'
        f'{" <span class=kind>" + esc(c["type"]) + "</span>" if c.get("type") else ""}</li>'
        for c in candidates)
    return f'<ul class="plain">{items}</ul>' if items else ""


def error_page(status: int, message: str, *, detail: str = "") -> str:
    heading = _HEADINGS.get(status, f"Error {status}")
    return page(heading, f'<h1>{esc(heading)}</h1><p class="notice">{esc(message)}</p>{detail}'
                         f'<p><a href="/">Start again from the front page</a></p>')


def not_found_page(message: str, did_you_mean: Iterable[Mapping[str, Any]] = ()) -> str:
    """The 404 page: the message, then what the name resembles, each linked."""
    suggestions = _candidates(did_you_mean)
    detail = f"<h2>Did you mean</h2>{suggestions}" if suggestions else ""
    return error_page(404, message, detail=detail)


def choices_page(message: str, candidates: Iterable[Mapping[str, Any]]) -> str:
    """The 300 page: the name is ambiguous; each thing it may mean, linked."""
    return error_page(300, message, detail=f"<h2>Which one?</h2>{_candidates(candidates)}")
