from pathlib import Path

import pytest

from loaders.document import load_document
from loaders.errors import EvidenceNotFoundError, LoadError, UnknownEntityError


@pytest.fixture()
def prose(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "note.txt"
    source.write_text("L'UIT coordonne le Dialogue mondial sur la gouvernance de l'IA.\n", encoding="utf-8")
    curated = tmp_path / "curated"
    curated.mkdir()
    return source, curated


def _write(curated: Path, body: str) -> None:
    (curated / "note.yaml").write_text(body, encoding="utf-8")


def test_a_verbatim_quote_becomes_evidence_with_offsets(prose):
    source, curated = prose
    _write(curated, "facts:\n  - subject: global-dialogue-ai-governance\n    predicate: coordinator\n"
                    "    object: itu\n    quote: \"L'UIT coordonne\"\n")
    loaded = load_document(source, curated_dir=curated)
    exact = {q.subject: q.object.value for q in loaded.quads if q.predicate.value.endswith("oa#exact")}
    starts = {q.subject: q.object.value for q in loaded.quads if q.predicate.value.endswith("oa#start")}
    curated_evidence = [node for node, quote in exact.items() if quote == "L'UIT coordonne"]
    assert [starts[node] for node in curated_evidence] == ["0"]


def test_a_quote_not_in_the_source_is_refused_with_file_and_line(prose):
    source, curated = prose
    _write(curated, "facts:\n  - subject: itu\n    predicate: partner\n    object: unesco\n"
                    "    quote: \"L'UIT copréside\"\n")
    with pytest.raises(EvidenceNotFoundError) as caught:
        load_document(source, curated_dir=curated)
    assert caught.value.path.endswith("note.yaml") and caught.value.line == 2


def test_unknown_entity_and_unknown_predicate_are_refused(prose):
    source, curated = prose
    _write(curated, "facts:\n  - subject: nobody\n    predicate: partner\n    object: itu\n    quote: L'UIT\n")
    with pytest.raises(UnknownEntityError, match="nobody"):
        load_document(source, curated_dir=curated)
    _write(curated, "facts:\n  - subject: itu\n    predicate: likes\n    object: unesco\n    quote: L'UIT\n")
    with pytest.raises(LoadError, match="likes"):
        load_document(source, curated_dir=curated)


def test_prose_without_curated_facts_loads_what_extraction_reads(prose):
    source, curated = prose
    loaded = load_document(source, curated_dir=curated)
    assert loaded.curation is not None and loaded.curation.extracted == 1
    coordinator = [q for q in loaded.quads if q.predicate.value.endswith("#coordinator")]
    assert [(q.subject.value.rsplit("/", 1)[-1], q.object.value.rsplit("/", 1)[-1]) for q in coordinator] == \
        [("global-dialogue-ai-governance", "itu")]


def test_curation_confirms_adds_and_rejects_extracted_facts(prose):
    source, curated = prose
    _write(curated, "facts:\n"
                    "  - subject: global-dialogue-ai-governance\n    predicate: coordinator\n    object: itu\n"
                    "    quote: \"L'UIT coordonne\"\n"
                    "  - subject: global-dialogue-ai-governance\n    predicate: partner\n    object: itu\n"
                    "    quote: \"L'UIT coordonne\"\n")
    counts = load_document(source, curated_dir=curated).curation
    assert (counts.extracted, counts.confirmed, counts.added, counts.rejected) == (1, 1, 1, 0)
    _write(curated, "reject:\n  - subject: global-dialogue-ai-governance\n    predicate: coordinator\n"
                    "    object: itu\n    reason: the note says nothing of who coordinates\n"
                    "    quote: \"L'UIT coordonne\"\n")
    loaded = load_document(source, curated_dir=curated)
    assert loaded.curation.rejected == 1
    assert not [q for q in loaded.quads if q.predicate.value.endswith("#coordinator")]


def test_a_rejection_needs_a_reason_and_a_verbatim_quote(prose):
    source, curated = prose
    _write(curated, "reject:\n  - subject: global-dialogue-ai-governance\n    predicate: coordinator\n"
                    "    object: itu\n    quote: \"L'UIT coordonne\"\n")
    with pytest.raises(LoadError, match="reason") as caught:
        load_document(source, curated_dir=curated)
    assert caught.value.line == 2
    _write(curated, "reject:\n  - subject: global-dialogue-ai-governance\n    predicate: coordinator\n"
                    "    object: itu\n    reason: wrong\n    quote: \"L'UIT préside\"\n")
    with pytest.raises(EvidenceNotFoundError):
        load_document(source, curated_dir=curated)


def test_no_curated_folders_means_extraction_alone(prose):
    source, curated = prose
    _write(curated, "facts:\n  - subject: itu\n    predicate: partner\n    object: unesco\n    quote: L'UIT\n")
    loaded = load_document(source, curated_dir=[])
    assert loaded.curation.added == 0
    assert not [q for q in loaded.quads if q.predicate.value.endswith("#partner")]
