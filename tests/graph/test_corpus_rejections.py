"""A folder of mixed documents: the good ones load, each bad one is reported with its reason."""

from pathlib import Path

from graph.build import build
from graph.store import EmbeddedStore
from loaders.paths import SEEDS_DIR


def test_mixed_folder_reports_loaded_merged_skipped_and_failed(tmp_path: Path, shared_corpus):
    corpus = tmp_path / "corpus"
    (corpus / "xml").mkdir(parents=True)
    for name in ("A_RES_78_311-2412313F.xml",):
        (corpus / "xml" / name).write_bytes((shared_corpus / "akn/78session/French" / name).read_bytes())
    english = next((shared_corpus / "akn/78session/English").glob("A_RES_78_311-*.xml"))
    (corpus / "xml" / english.name).write_bytes(english.read_bytes())
    (corpus / "broken.xml").write_text("<akomaNtoso><statement>", encoding="utf-8")
    (corpus / "other.xml").write_text("<html><body>not a resolution</body></html>", encoding="utf-8")
    (corpus / "bad.jsonl").write_text('{"symbol": "A/RES/1/1"}\nnot json\n', encoding="utf-8")
    (corpus / "empty.pdf").write_bytes(b"%PDF-1.4 nothing")
    (corpus / "notes.docx").write_bytes(b"PK")
    (corpus / "002_3873a665861c47a8.txt").write_text((SEEDS_DIR / "002_3873a665861c47a8.txt").read_text("utf-8"), "utf-8")

    store = EmbeddedStore(tmp_path / "store")
    report = build(store, seeds_dir=None, corpus=corpus, workers=1)
    failed = {Path(path).name: reason for path, reason in report.failed}
    assert set(failed) == {"broken.xml", "other.xml", "bad.jsonl", "empty.pdf"}
    assert "not well-formed XML" in failed["broken.xml"] and "broken.xml:1" in failed["broken.xml"]
    assert "not an Akoma Ntoso document" in failed["other.xml"]
    assert "bad.jsonl:2" in failed["bad.jsonl"]
    assert "empty.pdf" in failed["empty.pdf"]
    assert len(report.loaded) == 3 and report.merged == 2
    assert [Path(p).name for p in report.skipped] == ["notes.docx"]
    assert "3 loaded (2 merged into instruments already loaded), 1 skipped, 4 failed" in report.summary()
    texts = store.select("""PREFIX mg: <https://w3id.org/mandate-graph/ontology#>
        SELECT ?text WHERE { <https://w3id.org/mandate-graph/id/instrument/A/RES/78/311/para/15> mg:text ?text }""").rows
    assert sorted(r["text"].language for r in texts) == ["en", "fr", "fr"]
