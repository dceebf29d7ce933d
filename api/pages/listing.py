"""The search page and the list of reports due at a session."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from api.pages.layout import (
    esc,
    humane_name,
    page,
    paragraph_anchor,
    resolution_href,
    resource_link,
)

__all__ = ["home_page", "reports_due_page", "search_page"]


def _hit_link(hit: Mapping[str, Any]) -> str:
    href = resolution_href(hit["label"]) if hit.get("type") == "GAResolution" else None
    if href:
        return f'<a href="{esc(href)}">{esc(hit["label"])}</a>'
    return resource_link(hit["iri"], hit["label"])


def _hits(hits: Sequence[Mapping[str, Any]]) -> str:
    items = "".join(f'<li>{_hit_link(h)} <span class="kind">{esc(humane_name(h.get("type") or ""))}</span></li>'
                    for h in hits)
    return f'<ul class="plain results">{items}</ul>'


def search_page(q: str, results: Sequence[Mapping[str, Any]], did_you_mean: Sequence[Mapping[str, Any]]) -> str:
    if results:
        body = f"<h1>Search: {esc(q)}</h1><p>{len(results)} match{'es' if len(results) != 1 else ''}</p>{_hits(results)}"
    elif did_you_mean:
        body = (f"<h1>Search: {esc(q)}</h1><p class=\"notice\">Nothing is named “{esc(q)}”.</p>"
                f"<h2>Did you mean</h2>{_hits(did_you_mean)}")
    else:
        body = f"<h1>Search: {esc(q)}</h1><p class=\"notice\">Nothing is named “{esc(q)}”, nor anything like it.</p>"
    return page(f"Search: {q}", body, query=q)


def _report_row(row: Mapping[str, Any], lang: str) -> str:
    def named(iri_key: str, label_key: str) -> str:
        iri = row.get(iri_key)
        return resource_link(iri, row.get(label_key) or "(no label)", lang) if iri else "—"

    symbol = row["symbol"]
    href = resolution_href(symbol)
    where = f"{symbol} ¶{row['number']}"
    asked = (f'<a href="{esc(href)}#{paragraph_anchor("operative", row["number"])}">{esc(where)}</a>' if href
             else resource_link(row["paragraph"], where, lang))
    return (f"<tr><td>{named('report', 'reportLabel')}</td><td>{named('assignee', 'assigneeLabel')}</td>"
            f"<td>{named('reportTo', 'reportToLabel')}</td><td>{asked}</td>"
            f"<td>{esc(row.get('recurrence') or 'once')}</td></tr>")


def reports_due_page(session: int | None, rows: Sequence[Mapping[str, Any]], *, lang: str = "en") -> str:
    """The reports due at ``session``: what, owed by whom, to which body, asked where, how often."""
    value = "" if session is None else str(session)
    form = (f'<form class="session" action="/reports-due" method="get"><label for="session">Session</label> '
            f'<input type="number" id="session" name="session" min="1" max="999" value="{esc(value)}" required> '
            f'<button type="submit">Show</button></form>')
    if session is None:
        return page("Reports due", f"<h1>Reports due by session</h1><p>Which reports the resolutions ask for at a "
                                   f"session of the General Assembly, who owes them and to which body.</p>{form}")
    title = f"Reports due at session {session}"
    if not rows:
        table = f'<p class="notice">No report in the graph is due at session {session}.</p>'
    else:
        body_rows = "".join(_report_row(r, lang) for r in rows)
        table = (f"<table><caption>{len(rows)} report{'s' if len(rows) != 1 else ''} due at session {session}</caption>"
                 f'<thead><tr><th scope="col">Report</th><th scope="col">Owed by</th><th scope="col">To</th>'
                 f'<th scope="col">Asked in</th><th scope="col">Recurs</th></tr></thead><tbody>{body_rows}</tbody></table>')
    json_link = f'<p><a href="/queries/reports-due?session={session}">The same list as SPARQL JSON</a></p>'
    return page(title, f"<h1>{esc(title)}</h1>{form}{table}{json_link}", lang="en")


def home_page() -> str:
    body = ("<h1>Which mandate underpins this activity?</h1>"
            "<p>Search for an agency, a body, a process or a resolution symbol with the box above, or start here:</p>"
            '<ul><li><a href="/search?q=ITU">International Telecommunication Union</a></li>'
            '<li><a href="/search?q=Global%20Dialogue%20on%20AI%20Governance">Global Dialogue on AI Governance</a></li>'
            '<li><a href="/resolutions/78/311">Resolution A/RES/78/311</a></li>'
            '<li><a href="/reports-due">Reports due by session</a></li></ul>')
    return page("Mandate Graph", body)
