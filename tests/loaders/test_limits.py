"""Hostile inputs to the loaders: alias bombs, oversized files, huge paragraphs, odd metadata, odd names."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from loaders.document import load_document
from loaders.errors import LoadError
from loaders.paths import SEEDS_DIR
from loaders.registry import load_registry
from loaders.formats.resolution_text import parse_resolution
from loaders.segments import Segment

REPO = Path(__file__).resolve().parents[2]
#: The 445-byte "billion laughs": nine levels of nine aliases, 9^9 strings once expanded.
ALIAS_BOMB = """a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def _mandates(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO), **env})


def _seed_resolution(folder: Path, name: str = "resolution") -> Path:
    folder.mkdir(exist_ok=True)
    return Path(shutil.copy(next(SEEDS_DIR.glob("002_*.txt")), folder / f"{name}.txt"))


def test_a_curated_alias_bomb_is_refused_fast_in_one_line_with_file_and_line(tmp_path):
    document = _seed_resolution(tmp_path / "docs")
    curated = tmp_path / "curated"
    curated.mkdir()
    (curated / "resolution.yaml").write_text(ALIAS_BOMB, encoding="utf-8")
    started = time.monotonic()
    result = _mandates("--store", str(tmp_path / "store"), "add", str(document), "--curated", str(curated), "--quiet")
    assert time.monotonic() - started < 30
    errors = [line for line in result.stderr.strip().splitlines() if line.startswith("failed:")]
    assert result.returncode == 1 and len(errors) == 1 and len(errors[0]) < 300, result.stderr[:2000]
    assert result.stderr.strip().endswith("the store is unchanged")
    assert re.search(r"resolution\.yaml:1:\d+: YAML anchors and aliases are not allowed \(anchor &a\)", errors[0])


def test_a_registry_alias_bomb_is_refused_with_file_and_line(tmp_path):
    (tmp_path / "entities.yaml").write_text("itu:\n  type: Agency\n" + ALIAS_BOMB.replace("\n", "\n  ").rstrip(),
                                            encoding="utf-8")
    (tmp_path / "countries.yaml").write_text("{}\n", encoding="utf-8")
    with pytest.raises(LoadError, match=r"entities\.yaml:3:\d+: YAML anchors and aliases are not allowed") as error:
        load_registry(tmp_path)
    assert "\n" not in str(error.value) and "lol" not in str(error.value)


def test_an_oversized_document_is_refused_before_it_is_read_in_one_line(tmp_path):
    xml = tmp_path / "big.xml"
    xml.write_bytes(b"<akomaNtoso>" + b" " * (3 * 2**20) + b"</akomaNtoso>")
    text = _seed_resolution(tmp_path / "docs")
    with text.open("a", encoding="utf-8") as out:
        out.write("\n" * (2 * 2**20))
    result = _mandates("--store", str(tmp_path / "store"), "add", str(xml), str(text), "--quiet",
                       MANDATES_MAX_DOCUMENT_MB="2", MANDATES_MAX_TEXT_MB="1")
    errors = [line for line in result.stderr.strip().splitlines() if line.startswith("failed:")]
    assert result.returncode == 1 and len(errors) == 2, result.stderr[:2000]
    assert "big.xml: 3.0 MB is above the 2 MB limit for a document (raise MANDATES_MAX_DOCUMENT_MB" in errors[0]
    assert "resolution.txt: 2.0 MB is above the 1 MB limit for a text (raise MANDATES_MAX_TEXT_MB" in errors[1]


def test_a_two_megabyte_resolution_text_parses_in_bounded_time():
    # A real resolution whose last paragraph runs on over 100,000 blank-line separated blocks:
    # joining them by string concatenation was quadratic.
    text = next(SEEDS_DIR.glob("002_*.txt")).read_text(encoding="utf-8")
    meeting = list(re.finditer(r"^\*\d+\^e séance plénière", text, re.M))[-1].start()
    big = text[:meeting].rstrip() + "\n\net suite" * 200_000 + ".\n\n" + text[meeting:]
    assert len(big) > 2_000_000
    started = time.monotonic()
    parsed = parse_resolution(big, lang="fr")
    assert time.monotonic() - started < 20
    assert len(parsed.operative) == 15 and parsed.operative[-1].text.endswith("et suite.")


def test_a_segment_built_from_many_pieces_stays_linear():
    segment = Segment.empty()
    started = time.monotonic()
    for index in range(400_000):
        segment.append("0123456789", index * 10)
    assert len(segment.text) == 4_000_000 and segment.span(3_999_990, 4_000_000) == (3_999_990, 4_000_000)
    assert time.monotonic() - started < 5


def test_an_empty_metadata_file_is_refused(tmp_path):
    empty = tmp_path / "80.jsonl"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(LoadError, match=r"80\.jsonl:1: empty: a metadata file needs one JSON object per line"):
        load_document(empty)


@pytest.mark.parametrize(("line", "field", "expected"), [
    ('[1, 2]', None, "expected a JSON object, not list"),
    ('{"symbol": "A/RES/80/1", "sponsors": 5}', "sponsors", "a list of strings, not int"),
    ('{"symbol": "A/RES/80/1", "MS_in_favour": [1, 2]}', "MS_in_favour", "a list of strings, not list"),
    ('{"symbol": "A/RES/80/1", "committee": {"a": 1}}', "committee", "a string, not dict"),
    ('{"symbol": "A/RES/80/1", "SDGs": "4"}', "SDGs", "a list of numbers, not str"),
    ('{"symbol": "A/RES/80/1", "MS_against_count": [3]}', "MS_against_count", "a number, not list"),
])
def test_wrong_json_types_in_metadata_name_file_line_and_field(tmp_path, line, field, expected):
    metadata = tmp_path / "80.jsonl"
    metadata.write_text('{"symbol": "A/RES/80/2"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(LoadError) as error:
        load_document(metadata)
    message = str(error.value)
    assert message.startswith(f"{metadata}:2: ") and expected in message and "internal error" not in message
    assert field is None or repr(field) in message


def test_files_named_in_other_scripts_get_distinct_graphs_and_ascii_names_keep_theirs(tmp_path, ids):
    first = _seed_resolution(tmp_path / "docs", "決議")
    second = _seed_resolution(tmp_path / "docs", "резолюция")
    graphs = {load_document(first).graph, load_document(second).graph}
    assert len(graphs) == 2 and all(re.fullmatch(re.escape(ids.base) + "document/h-[0-9a-f]{16}", g.value) for g in graphs)
    plain = _seed_resolution(tmp_path / "docs", "002_3873a665861c47a8")
    assert load_document(plain).graph.value == ids.base + "document/002_3873a665861c47a8"
    accented = _seed_resolution(tmp_path / "docs", "résolution")
    assert load_document(accented).graph.value == ids.base + "document/r-solution"
