"""``benchmarks.extract_sample`` writes the sorted N-Quads a build's worker makes, with their digest."""

import hashlib
from pathlib import Path

import pyoxigraph as ox

from benchmarks.extract_sample import main
from loaders.document import load_document

SEEDS = Path(__file__).resolve().parents[2] / "corpus/seeds"


def test_the_sorted_nquads_of_the_sample_and_their_digest(tmp_path, capsys):
    seeds = [SEEDS / "000_de6332f6ce3bed7e.txt", SEEDS / "001_c91a7ce5ab5dd04f.txt"]
    out = tmp_path / "sample.nq"
    assert main([str(p) for p in seeds] + ["--out", str(out)]) == 0
    written = out.read_bytes()
    printed = capsys.readouterr().out
    assert printed.startswith("2 documents, 0 errors") and hashlib.sha256(written).hexdigest() in printed
    expected = sorted(line for p in seeds
                      for line in ox.serialize(load_document(p).quads, format=ox.RdfFormat.N_QUADS).splitlines())
    assert written.splitlines() == expected
