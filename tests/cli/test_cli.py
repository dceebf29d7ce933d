import json
import subprocess
import sys
from pathlib import Path

import pytest


def mandates(*args: str, store: Path | None = None) -> subprocess.CompletedProcess:
    prefix = ["--store", str(store)] if store else []
    return subprocess.run([sys.executable, "-m", "cli", *prefix, *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    result = mandates("build", store=path)
    assert result.returncode == 0, result.stderr
    assert "5 loaded (0 merged into instruments already loaded), 0 skipped, 0 failed" in result.stdout
    assert "conforms" in result.stdout
    assert "documents" in result.stderr  # the progress bar
    return path


@pytest.mark.parametrize("command", ["build", "add", "validate", "export", "stats", "queries", "query", "trace", "lineage", "serve"])
def test_every_command_has_help(command):
    result = mandates(command, "--help")
    assert result.returncode == 0 and "usage: mandates" in result.stdout


def test_stats_validate_and_export(store, tmp_path):
    stats = mandates("stats", store=store).stdout
    assert "triples:" in stats
    assert "mandates (deliverables):" in stats and "  report: " in stats
    top = stats.split("top assignees:")[1].splitlines()[1:]
    assert any(line.strip().startswith("Member States:") for line in top)
    assert mandates("validate", store=store).returncode == 0
    out = tmp_path / "g.ttl"
    assert mandates("export", "--format", "ttl", "-o", str(out), store=store).returncode == 0
    assert out.stat().st_size > 10000


def test_trace_json_and_text(store):
    text = mandates("trace", "GTI-IA", store=store)
    assert text.returncode == 0 and "A/RES/80/173" in text.stdout and "«" in text.stdout
    answer = json.loads(mandates("trace", "--json", "GTI-IA", store=store).stdout)
    assert {m["instrument"]["symbol"] for m in answer["mandates"]} >= {"A/RES/80/173", "A/RES/79/325"}
    assert "(prose: RAPPORT SUR LA RÉSOLUTION 214" in text.stdout and "document/003_" not in text.stdout
    evidence = answer["mandates"][0]["evidence"][0]
    assert evidence["document_kind"] == "prose" and evidence["document_title"].startswith("RAPPORT")


def test_query_formats_and_errors(store):
    csv = mandates("query", "roles", "-p", "agency=https://w3id.org/mandate-graph/id/entity/itu", "--format", "csv", store=store)
    assert csv.stdout.splitlines()[0] == "activity,label,role"
    bad = mandates("query", "milestones", "-p", "as_of=never", store=store)
    assert bad.returncode == 1 and "as_of" in bad.stderr and bad.stdout == ""


def test_add_refuses_a_broken_document_and_keeps_the_store(store, tmp_path):
    before = mandates("stats", store=store).stdout
    bad = tmp_path / "broken.txt"
    bad.write_text("Rien ici.\n", encoding="utf-8")
    result = mandates("add", str(bad), "--kind", "resolution", "--quiet", store=store)
    assert result.returncode == 1 and "broken.txt" in result.stderr
    assert mandates("stats", store=store).stdout == before


def test_build_reads_curated_facts_from_the_folders_given(tmp_path):
    from ontology.namespaces import iris

    corpus, curated = tmp_path / "corpus", tmp_path / "curated"
    corpus.mkdir(), curated.mkdir()
    commitment = "We will strengthen capacity-building on artificial intelligence (test entry)."
    (corpus / "tracker_test.txt").write_text(
        f"{commitment}\nMilestone 1 | deadline 1 June 2027\nHold the test workshop.\n", encoding="utf-8")
    (curated / "tracker_test.yaml").write_text(
        f'commitment:\n  paragraph: 2\n  of: "A/RES/78/311"\n  quote: "{commitment}"\n', encoding="utf-8")
    store = tmp_path / "store"
    missing = mandates("build", "--corpus", str(corpus), "--curated", str(tmp_path / "nowhere"), store=store)
    assert missing.returncode != 0 and "nowhere" in missing.stderr
    built = mandates("build", "--no-validate", "--quiet", "--corpus", str(corpus), "--curated", str(curated), store=store)
    assert built.returncode == 0, built.stderr
    minter = iris()
    milestone = minter.child(minter.tracker("tracker_test"), "milestone", "1").value
    answer = json.loads(mandates("trace", "--json", milestone, store=store).stdout)
    assert [m["instrument"]["symbol"] for m in answer["mandates"]] == ["A/RES/78/311"]
    assert answer["mandates"][0]["paragraph"]["number"] == "2"


def test_trace_of_a_weak_match_fails_with_did_you_mean(store):
    done = mandates("trace", "Unicorn Programme", store=store)
    assert done.returncode == 1 and done.stdout == ""
    assert "nothing in the graph is called 'Unicorn Programme'; did you mean" in done.stderr


def _generations(root: Path) -> tuple[str, list[str]]:
    return (root / "CURRENT").read_text(), sorted(p.name for p in root.glob("g-*"))


def test_a_failed_or_empty_add_changes_nothing(store, tmp_path):
    before = _generations(store)
    (tmp_path / "empty").mkdir()
    broken = tmp_path / "broken.xml"
    broken.write_text("<akomaNtoso><act", encoding="utf-8")
    for target in (tmp_path / "empty", broken):
        done = mandates("add", str(target), store=store)
        assert done.returncode == 1 and "store is unchanged" in done.stderr, done.stderr
        assert _generations(store) == before, target


def test_a_second_language_added_later_is_reported_as_merged(shared_corpus, tmp_path):
    from tests.conftest import resolution_79_325

    english, french = resolution_79_325(shared_corpus)
    root = tmp_path / "store"
    assert mandates("build", "--quiet", "--no-validate", store=root).returncode == 0
    first = mandates("add", "--quiet", str(english), store=root)
    assert first.returncode == 0 and "1 loaded (0 merged" in first.stdout, first.stderr
    second = mandates("add", "--quiet", str(french), store=root)
    assert second.returncode == 0 and "1 loaded (1 merged" in second.stdout, second.stdout
    again = mandates("add", "--quiet", str(french), store=root)
    assert "1 loaded (1 merged" in again.stdout  # still the second language of A/RES/79/325


def test_query_parameters_take_names_and_symbols(store):
    by_name = mandates("query", "roles", "-p", "agency=ITU", "--format", "csv", store=store)
    by_iri = mandates("query", "roles", "-p", "agency=https://w3id.org/mandate-graph/id/entity/itu", "--format", "csv",
                      store=store)
    assert by_name.returncode == 0 and by_name.stdout == by_iri.stdout and by_name.stdout.count("\n") > 2
    symbol = mandates("query", "obligations", "-p", "instrument=A/RES/78/311", "--format", "csv", store=store)
    assert symbol.returncode == 0 and symbol.stdout.count("\n") > 2
    ambiguous = mandates("query", "roles", "-p", "agency=Sommet", store=store)
    assert ambiguous.returncode == 1 and "ambiguous; candidates:" in ambiguous.stderr and ambiguous.stdout == ""


def test_a_query_file_uses_known_prefixes_and_its_errors_count_its_own_lines(store, tmp_path):
    good = tmp_path / "labels.rq"
    good.write_text("SELECT ?l WHERE { <https://w3id.org/mandate-graph/id/entity/itu> rdfs:label ?l }\n")
    done = mandates("query", str(good), store=store)
    assert done.returncode == 0 and "International Telecommunication Union" in done.stdout
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?l WHERE {\n  ?s rdfs:label ?l .\n  FILTER(?l = ) }", encoding="utf-8")
    done = mandates("query", str(bad), store=store)
    assert done.returncode == 1 and f"{bad}: syntax error at line 3, column 18: expected one of" in done.stderr
    unknown = tmp_path / "unknown.rq"
    unknown.write_text("SELECT * WHERE {\n ?s foo:bar ?o }\n")
    done = mandates("query", str(unknown), store=store)
    assert done.returncode == 1 and "unknown prefix `foo:` at line 2, column 5" in done.stderr


def test_the_table_never_cuts_an_iri_and_wide_writes_every_value_out(store, tmp_path):
    query = tmp_path / "paragraphs.rq"
    query.write_text("SELECT DISTINCT ?paragraph ?property ?text WHERE { ?paragraph mg:paragraphOf ?instrument ; "
                     "?property ?value . OPTIONAL { ?paragraph mg:text ?text } } ORDER BY ?paragraph ?property LIMIT 200\n",
                     encoding="utf-8")
    exact = json.loads(mandates("query", str(query), "--format", "json", store=store).stdout)["results"]["bindings"]
    paragraphs = {row["paragraph"] for row in exact}
    assert max(map(len, paragraphs)) > 60  # longer than the old table's columns
    table = mandates("query", str(query), store=store)
    assert table.returncode == 0, table.stderr
    assert all(iri in table.stdout for iri in paragraphs)
    assert "mg:paragraphOf" in table.stdout and "https://w3id.org/mandate-graph/ontology#" not in table.stdout
    long_texts = {" ".join(row["text"].split()) for row in exact if len(" ".join(row.get("text", "").split())) > 60}
    assert long_texts and not any(text in table.stdout for text in long_texts)  # cut, said with …
    assert all(text[:59] + "…" in table.stdout for text in long_texts)
    wide = mandates("query", str(query), "--wide", store=store)
    assert wide.returncode == 0 and "https://w3id.org/mandate-graph/ontology#paragraphOf" in wide.stdout
    assert all(text in wide.stdout for text in long_texts)


def test_stats_and_trace_name_types_and_hops_without_cutting_them_when_asked(store):
    stats = mandates("stats", store=store)
    assert "\n  mg:GAResolution: " in stats.stdout and "\n  GAResolution: " not in stats.stdout
    wide = mandates("stats", "--wide", store=store)
    assert "\n  https://w3id.org/mandate-graph/ontology#GAResolution: " in wide.stdout
    trace = mandates("trace", "--wide", "Global Dialogue on AI Governance", store=store)
    assert trace.returncode == 0, trace.stderr
    assert ("<https://w3id.org/mandate-graph/id/entity/global-dialogue-ai-governance> "
            "--<https://w3id.org/mandate-graph/ontology#mandatedBy>--> "
            "<https://w3id.org/mandate-graph/id/instrument/A/RES/79/325>") in trace.stdout


def test_query_piped_into_head_exits_quietly(store, tmp_path):
    query = tmp_path / "all.rq"
    query.write_text("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20000\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "cli", "--store", str(store), "query", str(query)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline()  # the header, then the reader goes away as `head` does
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(120) == 0 and stderr == ""


@pytest.mark.parametrize("option, value, listed", [("--types", "Agency,Foo", "GAResolution"),
                                                    ("--relations", "partOf,flysTo", "mandatedBy")])
def test_viz_refuses_an_unknown_type_or_relation_naming_the_valid_ones(store, tmp_path, option, value, listed):
    out = tmp_path / "v.html"
    done = mandates("viz", "--focus", "A/RES/78/311", option, value, "-o", str(out), store=store)
    assert done.returncode == 1 and not out.exists()
    unknown = value.split(",")[1]
    assert f"unknown {option[2:-1]} {unknown}; use any of" in done.stderr and listed in done.stderr


def test_add_reads_a_prose_document_never_seen_with_no_curated_file(store, tmp_path):
    # A short real passage (UNSCEB's page on the working group), in a file no curated folder knows.
    note = tmp_path / "unsceb_note.txt"
    note.write_text(
        "At its 40th session in October 2020, HLCP decided to create an inter-agency working group on "
        "Artificial Intelligence (IAWG-AI), co-led by UNESCO and ITU. The Global Initiative on AI for Food "
        "Systems was set up in line with paragraph 63 of the Global Digital Compact, led by ITU.\n", encoding="utf-8")
    done = mandates("add", "--quiet", "--no-curated", str(note), store=store)
    assert done.returncode == 0, done.stderr
    assert "prose facts: " in done.stdout and "0 confirmed, 0 added and 0 rejected by curation" in done.stdout
    answer = json.loads(mandates("trace", "--json", "Global Initiative on AI for Food Systems", store=store).stdout)
    assert "A/RES/79/1, annex I" in {m["instrument"]["symbol"] for m in answer["mandates"]}
    assert mandates("validate", store=store).returncode == 0


def test_validate_reports_each_violation_with_its_node_check_and_evidence(store, tmp_path):
    import shutil

    from graph.versions import current_generation, writable
    from ontology.namespaces import MG, OA

    broken = tmp_path / "broken"
    shutil.copytree(current_generation(store).parent, broken)
    with writable(broken) as copy:
        found = copy.select(f"""
            SELECT ?evidence ?end ?graph ?quote WHERE {{
              GRAPH ?graph {{ ?evidence {OA.end} ?end ; {OA.exact} ?quote }} }} LIMIT 1""").rows[0]
        # A span that ends at 0 ends before (or where) it starts: 'evidence-ends-after-start'.
        copy.update(f"DELETE DATA {{ GRAPH {found['graph']} {{ {found['evidence']} {OA.end} {found['end']} }} }} ;"
                    f"INSERT DATA {{ GRAPH {found['graph']} {{ {found['evidence']} {OA.end} 0 }} }}")
    result = mandates("validate", "--no-shacl", store=broken)
    assert result.returncode == 1
    line = f"evidence-ends-after-start: {found['evidence']} "
    assert line in result.stderr and "evidence must end after it starts" in result.stderr
    quote = " ".join(found["quote"].value.split())[:40]
    assert f"« {quote}" in result.stderr
    assert "checks: 1 violations of 1 checks" in result.stdout
    assert MG.prefix not in result.stdout  # the summary names checks, not IRIs


def test_add_refuses_a_publication_date_that_is_no_date(store, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Le forum se tiendra du 12 au 13 décembre.\n", encoding="utf-8")
    done = mandates("add", "--quiet", "--published", "last week", str(note), store=store)
    assert done.returncode == 2
    assert "--published" in done.stderr and "YYYY, YYYY-MM or YYYY-MM-DD" in done.stderr
