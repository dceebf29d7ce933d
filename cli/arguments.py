"""The ``mandates`` command line: its commands, options and help (``main`` runs them)."""

from __future__ import annotations

import argparse

from cli.check_report import SHACL_LIMIT
from loaders.formats import KINDS

__all__ = ["parser"]


def _published(value: str) -> str:
    """``--published``: a year, a month or a day."""
    from loaders.document import PUBLISHED

    if not PUBLISHED.fullmatch(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _wait_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--wait", type=float, metavar="SECONDS",
                   help="how long to wait for another build or add on the same store to finish "
                        "(default: $MANDATES_LOCK_TIMEOUT or 600), then give up with an error")


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="mandates", description="Build and query the Mandate Graph.")
    root.add_argument("--store", help="embedded store directory (default: $MANDATES_STORE or ./store)")
    root.add_argument("--endpoint", help="a SPARQL 1.1 query endpoint to use instead of the embedded store")
    root.add_argument("--update-endpoint", help="the SPARQL 1.1 update endpoint, for loading into --endpoint")
    sub = root.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("build", help="build the graph from the corpus (ontology, registry, documents)")
    p.add_argument("--corpus", help="a folder of more documents (AKN XML, PDF, text, UN metadata JSONL), read recursively")
    p.add_argument("--no-seeds", dest="seeds", action="store_false", help="leave out the project's own seed documents")
    p.add_argument("--curated", action="append", metavar="DIR",
                   help="a folder of curated facts (<document name>.yaml) for the corpus; repeatable, "
                        "searched before the project's corpus/curated")
    p.add_argument("--no-curated", dest="no_curated", action="store_true",
                   help="leave out every curated fact: prose documents give what extraction alone reads")
    p.add_argument("--no-validate", dest="validate", action="store_false",
                   help="skip the shapes' checks (they run on the whole graph otherwise)")
    p.add_argument("--strict", action="store_true",
                   help="refuse to publish a graph that fails a check (published with a warning otherwise)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    _wait_option(p)
    p.set_defaults(command="build")

    p = sub.add_parser("add", help="add or replace documents (a file or a folder)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--kind", choices=KINDS,
                   help="document kind (default: detected from the file)")
    p.add_argument("--lang", choices=["fr", "en"], help="document language (default: detected)")
    p.add_argument("--symbol", help="the instrument's symbol, overriding the parsed one")
    p.add_argument("--published", type=_published, metavar="DATE",
                   help="when the documents were published (YYYY, YYYY-MM or YYYY-MM-DD): prose days written "
                        "without a year ('du 12 au 13 décembre') take its year")
    p.add_argument("--curated", action="append", metavar="DIR",
                   help="a folder of curated facts (<document name>.yaml); repeatable, searched before corpus/curated")
    p.add_argument("--no-curated", dest="no_curated", action="store_true",
                   help="leave out every curated fact: prose documents give what extraction alone reads")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    _wait_option(p)
    p.set_defaults(command="add")

    p = sub.add_parser("validate", help="run the shapes' checks (queries/checks/) on the whole graph; "
                                        "each violation with its node, check and evidence")
    p.add_argument("--no-shacl", dest="shacl", action="store_false",
                   help=f"skip the pyshacl cross-check (it runs up to {SHACL_LIMIT:,} triples)")
    p.set_defaults(command="validate")

    p = sub.add_parser("export", help="write the whole graph")
    p.add_argument("--format", choices=["ttl", "nq", "trig", "nt", "jsonld", "graphml"], default="nq",
                   help="RDF formats, or graphml: the projection of entities and relations for Gephi and Cytoscape")
    p.add_argument("-o", "--output", help="file to write (default: stdout)")
    p.set_defaults(command="export")

    p = sub.add_parser("stats", help="count triples, graphs and nodes by type")
    p.add_argument("--wide", action="store_true", help="types as full IRIs (default: prefixed names, mg:…)")
    p.set_defaults(command="stats")

    p = sub.add_parser("queries", help="list the query library")
    p.set_defaults(command="queries")

    p = sub.add_parser("query", help="run a library query or a .rq file")
    p.add_argument("name", metavar="NAME|FILE.rq")
    p.add_argument("--param", "-p", action="append", metavar="NAME=VALUE", help="a parameter (repeatable)")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table",
                   help="table (default): for people, IRIs as prefixed names (mg:…) or whole, long "
                        "texts cut with …; json or csv: every value exactly")
    p.add_argument("--wide", action="store_true",
                   help="in the table, every value whole and every IRI written out in full")
    p.set_defaults(command="query")

    p = sub.add_parser("trace", help="trace the mandates of an activity, with evidence")
    p.add_argument("target", metavar="TEXT|IRI")
    p.add_argument("--lang", choices=["en", "fr"], default="en")
    p.add_argument("--json", action="store_true", help="print the same JSON as the API's /mandates")
    p.add_argument("--wide", action="store_true",
                   help="each hop of a path with its full IRIs (default: short names)")
    p.set_defaults(command="trace")

    p = sub.add_parser("lineage", help="where each paragraph of a resolution comes from, changes highlighted")
    p.add_argument("symbol", metavar="SYMBOL", help="a GA resolution, e.g. A/RES/79/15")
    p.add_argument("--lang", choices=["en", "fr"], default="en", help="the language version aligned")
    p.add_argument("--json", action="store_true",
                   help="print the same JSON as the API's /resolutions/{session}/{number}/lineage")
    p.set_defaults(command="lineage")

    p = sub.add_parser("viz", help="write an interactive, offline graph view (HTML)")
    p.add_argument("--focus", default="A/RES/78/311", help="the entity or instrument at the centre (IRI or text)")
    p.add_argument("--depth", type=int, default=2, help="hops from the focus (default 2)")
    p.add_argument("--lang", choices=["en", "fr"], default="en")
    p.add_argument("--types", help="comma-separated classes to keep (Agency,Process,Event,...)")
    p.add_argument("--relations", help="comma-separated relations to keep (mandatedBy,partOf,...)")
    p.add_argument("-o", "--output", required=True, help="the HTML file to write")
    p.set_defaults(command="viz")

    p = sub.add_parser("fetch", help="download UN documents by symbol (PDF or the UN's Akoma Ntoso XML)")
    p.add_argument("symbols", nargs="+", metavar="SYMBOL", help="e.g. A/RES/79/325")
    p.add_argument("--lang", default="en", help="comma-separated languages (en,fr,...; default en)")
    p.add_argument("--format", choices=["xml", "pdf"], default="xml")
    p.add_argument("--to", default="downloads", help="folder to write to (default: ./downloads)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(command="fetch")

    p = sub.add_parser("serve", help="serve the HTTP API (builds the graph first if the store is empty)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--no-build", action="store_true", help="do not build an empty store")
    p.add_argument("--workers", type=int, default=1,
                   help="server processes (default 1); each answers requests on its own core "
                        "and runs its own MANDATES_WORKERS query workers")
    p.set_defaults(command="serve")
    return root
