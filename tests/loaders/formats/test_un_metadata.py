import json

from loaders.quads.builder import GraphBuilder, SourceDocument
from loaders.formats.un_metadata import metadata_quads
from ontology.namespaces import MG, OA


def _load(text: str):
    builder = GraphBuilder(SourceDocument.from_text(text, name="metadata-test", lang="en"))
    report = metadata_quads(builder)
    return builder, report


def _objects(builder, predicate):
    return [q.object.value for q in builder.quads if q.predicate == predicate]


def test_votes_sponsors_counts_and_sdgs_with_spans():
    record = {"symbol": "A/RES/99/1", "adoption_type": "Recorded vote", "committee": "Second Committee",
              "MS_in_favour_count": "2", "MS_against_count": "1", "MS_abstaining_count": "0",
              "MS_in_favour": ["FRANCE", "TÜRKİYE"], "MS_against": ["THE PHILIPPINES"], "MS_abstaining": [],
              "sponsors": ["UGANDA (ON BEHALF OF THE STATES MEMBERS OF THE UNITED NATIONS THAT ARE MEMBERS OF THE GROUP OF 77 AND CHINA)"],
              "additional_sponsors": ["SUBMITTED BY THE PRESIDENT OF THE GENERAL ASSEMBLY"], "SDGs": ["17", "9"]}
    text = json.dumps(record, ensure_ascii=False) + "\n"
    builder, report = _load(text)
    assert sorted(v.rsplit("/", 1)[1] for v in _objects(builder, MG.votedInFavour)) == ["FR", "TR"]
    assert [v.rsplit("/", 1)[1] for v in _objects(builder, MG.votedAgainst)] == ["PH"]
    assert [v.rsplit("/", 1)[1] for v in _objects(builder, MG.sponsor)] == ["UG"]
    assert _objects(builder, MG.inFavourCount) == ["2"] and _objects(builder, MG.abstainingCount) == []
    assert sorted(_objects(builder, MG.sdg)) == ["http://metadata.un.org/sdg/17", "http://metadata.un.org/sdg/9"]
    assert report.unresolved == {"SUBMITTED BY THE PRESIDENT OF THE GENERAL ASSEMBLY": 1}
    starts = [int(q.object.value) for q in builder.quads if q.predicate == OA.start]
    ends = [int(q.object.value) for q in builder.quads if q.predicate == OA.end]
    quotes = [q.object.value for q in builder.quads if q.predicate == OA.exact]
    assert all(text[s:e] == quote for s, e, quote in zip(starts, ends, quotes))


def test_the_session_file_of_78_311(shared_corpus):
    text = (shared_corpus / "akn/metadata/78.jsonl").read_text(encoding="utf-8")
    builder, report = _load(text)
    assert report.resolutions > 300
    subject = "https://w3id.org/mandate-graph/id/instrument/A/RES/78/311"
    sponsors = [q.object.value.rsplit("/", 1)[1] for q in builder.quads
                if q.subject.value == subject and q.predicate in (MG.sponsor, MG.additionalSponsor)]
    assert {"DZ", "CN", "IR", "LA", "VE", "ZW"} <= set(sponsors) and len(set(sponsors)) > 100
    adoption = [q.object.value for q in builder.quads if q.subject.value == subject and q.predicate == MG.adoptionType]
    assert adoption == ["Without a vote"]


def test_a_broken_line_names_its_line():
    import pytest

    from loaders.errors import ParseError

    with pytest.raises(ParseError) as caught:
        _load('{"symbol": "A/RES/1/1"}\n{"symbol": oops}\n')
    assert caught.value.line == 2
