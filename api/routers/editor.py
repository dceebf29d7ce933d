"""``GET /sparql`` for a browser asking for HTML: a YASGUI editor with the library's queries.

The editor's script and styles are served from ``/static/vendor`` (vendored from npm); its
remote autocompleters (prefix.cc, LOV) are switched off so the page makes no outside request.
"""

from __future__ import annotations

import html
import json

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from graph.binding import with_values
from queries.library import load_library

router = APIRouter(tags=["sparql"])

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mandate Graph — SPARQL</title>
<link rel="stylesheet" href="/static/vendor/yasgui/yasgui.min.css">
<style>body{{font-family:system-ui,sans-serif;margin:0 1rem}} header{{display:flex;gap:1rem;align-items:center}}
select{{max-width:40rem}}</style></head>
<body><header><h1>Mandate Graph SPARQL</h1>
<label>Library query: <select id="library"><option value="">—</option>{options}</select></label>
<a href="/docs">API docs</a></header>
<div id="yasgui"></div>
<script src="/static/vendor/yasgui/yasgui.min.js"></script>
<script>
const LIBRARY = {library};
Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
const yasgui = new Yasgui(document.getElementById("yasgui"), {{
  requestConfig: {{ endpoint: "/sparql", method: "POST" }},
  copyEndpointOnNewTab: false, endpointCatalogueOptions: {{ getData: () => [] }},
  persistenceId: null, populateFromUrl: false,
}});
function show(name) {{
  const tab = yasgui.getTab();
  tab.setQuery(LIBRARY[name] || LIBRARY["mandates"]);
}}
document.getElementById("library").addEventListener("change", e => {{ if (e.target.value) show(e.target.value); }});
show("mandates");
window.mandateGraphReady = true;
</script></body></html>
"""


def editor_page() -> HTMLResponse:
    library = {}
    for query in load_library().values():
        examples = {name: p.to_term(p.example) for name, p in query.params.items() if p.example is not None}
        library[query.name] = f"# {query.title}\n" + with_values(query.text, examples)
    options = "".join(f'<option value="{html.escape(n)}">{html.escape(q.title)}</option>'
                      for n, q in load_library().items())
    payload = json.dumps(library).replace("</", "<\\/")
    return HTMLResponse(_PAGE.format(options=options, library=payload))
