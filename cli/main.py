"""The ``mandates`` command: build, add, validate, export, stats, queries, query, trace, lineage, serve.

Errors go to stderr with exit code 1 (2 for a bad command line); results go to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cli.check_report import print_checks, shacl_cross_check
from cli.arguments import parser
from cli.lineage_text import print_lineage
from cli.table import format_table, prefixed_name
from graph.results import rows_csv
from graph.store import GraphStore, StoreError, open_store

__all__ = ["main", "parser"]


def _root(args: argparse.Namespace) -> Path:
    return Path(args.store or os.environ.get("MANDATES_STORE") or "store")


def _store(args: argparse.Namespace, *, read_only: bool = True) -> GraphStore:
    """The store to read: the endpoint, or the live generation of the embedded store."""
    if args.endpoint:
        return open_store(endpoint=args.endpoint, update_endpoint=args.update_endpoint)
    from graph.versions import open_current

    return open_current(_root(args))


@contextmanager
def _writable(args: argparse.Namespace, *, fresh: bool = False) -> Iterator[GraphStore]:
    """The store to write: the endpoint, or a new generation published only if all went well."""
    if args.endpoint:
        store = open_store(endpoint=args.endpoint, update_endpoint=args.update_endpoint)
        yield store
        store.close()
        return
    from graph.versions import writable

    tell = lambda message: print(f"mandates: {message}", file=sys.stderr, flush=True)  # noqa: E731
    with writable(_root(args), fresh=fresh, wait=args.wait, on_wait=tell) as store:
        yield store


def _fail(message: str) -> int:
    print(f"mandates: error: {message}", file=sys.stderr)
    return 1


def _ambiguous(what: str, candidates) -> int:
    """Say on stderr that a name is ambiguous and list its candidates; exit status 1."""
    print(f"mandates: {what}; candidates:", file=sys.stderr)
    for hit in candidates:
        print(f"  {hit.label}  <{hit.iri}>", file=sys.stderr)
    return 1


def _curated_dirs(args: argparse.Namespace) -> list[Path]:
    """The folders given with --curated, searched first, then the project's corpus/curated."""
    from loaders.paths import CURATED_DIR

    if getattr(args, "no_curated", False):
        return []
    folders = [Path(f) for f in args.curated or []]
    for folder in folders:
        if not folder.is_dir():
            raise SystemExit(f"mandates: error: --curated {folder}: no such folder")
    return [*folders, CURATED_DIR]


def cmd_build(args: argparse.Namespace) -> int:
    from graph.build import build
    from loaders.paths import SEEDS_DIR

    with _writable(args, fresh=True) as store:
        report = build(store, seeds_dir=SEEDS_DIR if args.seeds else None,
                       corpus=Path(args.corpus) if args.corpus else None, progress=not args.quiet,
                       curated_dir=_curated_dirs(args), check=args.validate)
        for path, reason in report.failed:
            print(f"failed: {reason}", file=sys.stderr)
        print(report.summary())
        if report.checks is not None:
            print_checks(report.checks)
            print(f"build: {report.seconds:.1f} s, of which checks {report.checks.seconds:.1f} s")
            conforms = report.checks.conforms and shacl_cross_check(store, report.triples)
            if not conforms and args.strict:
                raise SystemExit(1)  # leaves the new generation unpublished
            if not conforms:
                print("warning: the graph does not pass every check (listed above; `mandates validate` "
                      "lists them again); it is published all the same — `build --strict` refuses it",
                      file=sys.stderr)
    return 0 if report.ok else 1


def cmd_add(args: argparse.Namespace) -> int:
    from graph.build import add_documents, corpus_files

    paths: list[Path] = []
    for item in args.paths:
        path = Path(item)
        paths.extend(corpus_files(path)[0] if path.is_dir() else [path])
    if not paths:
        return _fail(f"no document to add in {', '.join(args.paths)}; the store is unchanged")
    try:
        with _writable(args) as store:
            report = add_documents(store, paths, progress=not args.quiet, kind=args.kind, lang=args.lang,
                                   symbol=args.symbol, curated_dir=_curated_dirs(args), published=args.published)
            if not report.loaded:
                # Abandon the new generation: CURRENT and the last good generation stay as they were.
                raise _NothingAdded(report)
    except _NothingAdded as nothing:
        for _, reason in nothing.report.failed:
            print(f"failed: {reason}", file=sys.stderr)
        return _fail("no document loaded; the store is unchanged")
    for _, reason in report.failed:
        print(f"failed: {reason}", file=sys.stderr)
    print(report.summary())
    return 0 if report.ok else 1


class _NothingAdded(Exception):
    """Raised inside a writer's block so that the generation it wrote is dropped."""

    def __init__(self, report: Any) -> None:
        self.report = report
        super().__init__("no document loaded")


def cmd_validate(args: argparse.Namespace) -> int:
    from graph.checks import run_checks

    store = _store(args)
    report = run_checks(store)
    print_checks(report)
    shacl = shacl_cross_check(store, len(store)) if args.shacl else True
    return 0 if report.conforms and shacl else 1


def cmd_export(args: argparse.Namespace) -> int:
    if args.format == "graphml":
        from views import graphml

        data = graphml(_store(args))
    else:
        data = _store(args).export(args.format)
    if args.output:
        Path(args.output).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    store = _store(args)
    graphs = store.named_graphs()
    result = store.select(
        "SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n)"
    )
    print(f"triples: {len(store)}")
    print(f"named graphs: {len(graphs)}")
    for row in result.rows:
        iri = row["type"].value
        print(f"  {iri if args.wide else prefixed_name(iri) or iri}: {row['n'].value}")
    kinds = store.select(
        "PREFIX mg: <https://w3id.org/mandate-graph/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?kind (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d mg:deliverableKind/skos:notation ?kind } "
        "GROUP BY ?kind ORDER BY DESC(?n) ?kind")
    print(f"mandates (deliverables): {sum(int(r['n'].value) for r in kinds.rows)}")
    for row in kinds.rows:
        print(f"  {row['kind'].value}: {row['n'].value}")
    assignees = store.select(
        "PREFIX mg: <https://w3id.org/mandate-graph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?a (MIN(STR(?l)) AS ?label) (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d mg:assignee ?a "
        "OPTIONAL { ?a rdfs:label ?l FILTER (LANG(?l) = 'en') } } GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 10")
    print("top assignees:")
    for row in assignees.rows:
        label = row["label"].value if "label" in row else row["a"].value
        print(f"  {label}: {row['n'].value}")
    return 0


def cmd_queries(args: argparse.Namespace) -> int:
    from queries.library import load_library

    for query in load_library().values():
        params = ", ".join(f"{p.name}{'' if p.required else '?'}:{p.type}" for p in query.params.values())
        print(f"{query.name:18} {query.title}  ({params})")
    return 0


def _format_rows(variables: list[str], rows: list[dict[str, Any]], fmt: str, *, wide: bool = False) -> str:
    if fmt == "json":
        return json.dumps({"head": {"vars": variables},
                           "results": {"bindings": [{k: v.value for k, v in r.items()} for r in rows]}},
                          ensure_ascii=False, indent=2)
    if fmt == "csv":
        return rows_csv(variables, rows)
    return format_table(variables, rows, wide=wide)


def cmd_query(args: argparse.Namespace) -> int:
    from graph.sparql_prefixes import add_known_prefixes, readable_syntax_error
    from graph.sparql_tokens import SparqlLexError
    from graph.store import QueryError
    from queries.library import ParameterError, load_library, parse_query_file
    from queries.names import Ambiguous, NotFound, resolve_names
    from queries.stepped_runs import run_query

    library = load_library()
    query = library.get(args.name) or (parse_query_file(Path(args.name)) if Path(args.name).is_file() else None)
    if query is None:
        return _fail(f"no query named {args.name!r} (see 'mandates queries') and no such file")
    values = {}
    for item in args.param or []:
        if "=" not in item:
            return _fail(f"--param {item!r}: write NAME=VALUE")
        key, value = item.split("=", 1)
        values[key] = value
    try:
        if args.name in library:
            store = _store(args)
            try:
                values = resolve_names(store, query, values)
            except Ambiguous as error:
                return _ambiguous(error.args[0].split(':')[0], error.candidates)
            except NotFound as error:
                return _fail(str(error))
            result = run_query(store, query, values)  # stepped where that is faster: same rows
        else:  # the file as written, so that error positions are the user's lines
            prepared = add_known_prefixes(Path(args.name).read_text(encoding="utf-8"))
            try:
                result = _store(args).select(prepared.text, query.bindings(values))
            except QueryError as error:
                return _fail(f"{args.name}: {readable_syntax_error(str(error), added_lines=prepared.added_lines)}")
    except ParameterError as error:
        return _fail(str(error))
    except SparqlLexError as error:
        return _fail(f"{args.name}: {error}")
    print(_format_rows(result.variables, result.rows, args.format, wide=args.wide))
    return 0


def cmd_trace(args: argparse.Namespace) -> int:
    from queries.trace import Ambiguous, NotFound, find_entity, trace_json

    store = _store(args)
    try:
        node = find_entity(store, args.target)
    except Ambiguous as error:
        return _ambiguous(f"{args.target!r} is ambiguous", error.candidates)
    except NotFound as error:
        return _fail(str(error))
    answer = trace_json(store, node, lang=args.lang)
    if args.json:
        print(json.dumps(answer, ensure_ascii=False, indent=2))
        return 0
    activity = answer["activity"]
    print(f"{activity['label']}  <{activity['iri']}>")
    if not answer["mandates"]:
        print("  no mandate found in the graph")
    for index, mandate in enumerate(answer["mandates"], 1):
        instrument = mandate["instrument"]
        where = f" paragraph {mandate['paragraph']['number']}" if mandate["paragraph"] else ""
        print(f"\n{index}. {instrument['symbol'] or instrument['iri']}{where} — {instrument['title'] or ''}")
        for hop in mandate["path"]:
            if args.wide:
                print(f"   <{hop['from']}> --<{hop['property']}>--> <{hop['to']}>")
            else:
                print(f"   {hop['from'].rsplit('/', 1)[-1]} --{hop['property'].rsplit('#', 1)[-1]}--> "
                      f"{hop['to'].rsplit('/id/', 1)[-1]}")
        for evidence in mandate["evidence"]:
            source = evidence["document_title"] or evidence["document"]
            kind = f"{evidence['document_kind']}: " if evidence["document_kind"] else ""
            print(f"   « {evidence['quote']} »\n     ({kind}{source} [{evidence['start']}:{evidence['end']}])")
    return 0


def cmd_lineage(args: argparse.Namespace) -> int:
    from queries.lineage_report import public, resolution_lineage, with_texts

    symbol = args.symbol.strip().upper()
    store = _store(args)
    lineage = resolution_lineage(store, symbol, lang=args.lang)
    if lineage is None:
        return _fail(f"no lineage of {symbol} in the graph (not loaded, or not in {args.lang})")
    if args.json:
        print(json.dumps(public(lineage), ensure_ascii=False, indent=2))
        return 0
    lineage = with_texts(store, lineage)
    print_lineage(symbol, lineage, colour=sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    return 0


def cmd_viz(args: argparse.Namespace) -> int:
    from queries.trace import Ambiguous, NotFound
    from views import UnknownFilter, view_page

    store = _store(args)
    split = lambda value: {v.strip() for v in value.split(",") if v.strip()} if value else None  # noqa: E731
    try:
        page = view_page(store, args.focus, depth=args.depth, lang=args.lang, types=split(args.types),
                         relations=split(args.relations))
    except (Ambiguous, NotFound, UnknownFilter) as error:
        return _fail(str(error))
    Path(args.output).write_text(page, encoding="utf-8")
    print(args.output)
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from loaders.fetch import FetchError, FetchSettings, fetch_document

    settings = FetchSettings()
    langs = [code.strip() for code in args.lang.split(",") if code.strip()]
    failures = 0
    jobs = [(symbol, lang) for symbol in args.symbols for lang in langs]
    for symbol, lang in tqdm(jobs, desc="fetch", unit="doc", disable=args.quiet, file=sys.stderr):
        try:
            path = fetch_document(symbol, lang=lang, fmt=args.format, to=Path(args.to), settings=settings)
        except (FetchError, OSError) as error:  # one document's failure: the others are still fetched
            failures += 1
            print(f"mandates: error: {symbol[:60]} ({lang}): {error}" if isinstance(error, OSError)
                  else f"mandates: error: {error}", file=sys.stderr)
            continue
        print(path)
    return 1 if failures else 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app, prepare_embedded
    from api.settings import Settings

    # --endpoint and --update-endpoint when given, else MANDATES_ENDPOINT and MANDATES_UPDATE_ENDPOINT.
    endpoints = {name: value for name, value in (("endpoint", args.endpoint), ("update_endpoint", args.update_endpoint))
                 if value}
    settings = Settings(store=str(_root(args)), build_if_empty=not args.no_build, **endpoints)
    if args.workers < 1:
        raise SystemExit("mandates: error: --workers must be at least 1")
    if args.workers == 1:
        uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="info")
        return 0
    # Several server processes: build (once) before they start, then hand them the settings.
    if not settings.endpoint:
        prepare_embedded(settings)
    os.environ.update({"MANDATES_STORE": settings.store, "MANDATES_BUILD_IF_EMPTY": "false"})
    for name, value in (("MANDATES_ENDPOINT", settings.endpoint), ("MANDATES_UPDATE_ENDPOINT", settings.update_endpoint)):
        if value:
            os.environ[name] = value
    uvicorn.run("api.app:create_app", factory=True, workers=args.workers, host=args.host, port=args.port,
                log_level="info")
    return 0


def _quiet_stdout() -> None:
    """The reader of stdout has gone (``| head``): send what is left nowhere, so the exit
    flush fails no more (the Python documentation's recipe for SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


#: Each command's function, by the name the parser gives it.
COMMANDS = {"build": cmd_build, "add": cmd_add, "validate": cmd_validate, "export": cmd_export, "stats": cmd_stats, "queries": cmd_queries, "query": cmd_query, "trace": cmd_trace, "lineage": cmd_lineage, "viz": cmd_viz, "fetch": cmd_fetch, "serve": cmd_serve}


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except StoreError as error:
        return _fail(str(error))
    except (OSError, ValueError) as error:
        return _fail(str(error))


if __name__ == "__main__":
    sys.exit(main())
