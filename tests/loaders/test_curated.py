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
    starts = [q.object.value for q in loaded.quads if q.predicate.value.endswith("oa#start")]
    assert starts == ["0"]


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


def test_prose_without_curated_facts_is_refused(prose):
    source, curated = prose
    with pytest.raises(LoadError, match="curated"):
        load_document(source, curated_dir=curated)
