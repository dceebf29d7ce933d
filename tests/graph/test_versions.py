"""Store generations under attack: concurrent writers, and a build killed mid-way."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.store import StoreError
from graph.versions import StoreLockedError, complete_marker, current_generation, open_current, writable
from loaders.paths import SEEDS_DIR
from ontology.namespaces import iris

REPO = Path(__file__).resolve().parents[2]


def _mandates(*args: str, store: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "cli", "--store", str(store), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})


def _run(*args: str, store: Path) -> tuple[int, str, str]:
    process = _mandates(*args, store=store)
    out, err = process.communicate(timeout=300)
    return process.returncode, out, err


def _graphs(store: Path) -> set[str]:
    return {g.value for g in open_current(store).named_graphs()}


@pytest.fixture()
def seeded_store(tmp_path) -> Path:
    store = tmp_path / "store"
    code, _, err = _run("build", "--no-validate", "--quiet", store=store)
    assert code == 0, err
    return store


def _resolution_copies(folder: Path, *names: str) -> list[Path]:
    resolution = next(SEEDS_DIR.glob("002_*.txt"))
    folder.mkdir()
    return [Path(shutil.copy(resolution, folder / f"{name}.txt")) for name in names]


def test_two_concurrent_adds_keep_both_documents(seeded_store, tmp_path):
    first, second = _resolution_copies(tmp_path / "docs", "first-copy", "second-copy")
    processes = [_mandates("add", str(path), "--quiet", store=seeded_store) for path in (first, second)]
    results = [(p.wait(timeout=300), *p.communicate()) for p in processes]
    assert [code for code, _, _ in results] == [0, 0], [err for _, _, err in results]
    # The two overlapped: one waited for the other (and said so) instead of racing it.
    assert sum("waiting up to" in err for _, _, err in results) == 1, [err for _, _, err in results]
    graphs = _graphs(seeded_store)
    assert {iris().document("first-copy").value, iris().document("second-copy").value} <= graphs


def test_a_writer_gives_up_after_its_wait_with_a_clear_error(tmp_path):
    root = tmp_path / "store"
    with writable(root, fresh=True):
        with pytest.raises(StoreLockedError, match=r"being written by another process \(pid \d+\); gave up after 0.2 s"):
            with writable(root, wait=0.2):
                pass
    assert isinstance(StoreLockedError("x"), StoreError)


def test_cli_add_refuses_after_wait_while_another_writer_holds_the_store(seeded_store, tmp_path):
    (document,) = _resolution_copies(tmp_path / "docs", "late")
    with writable(seeded_store):
        code, _, err = _run("add", str(document), "--quiet", "--wait", "0.5", store=seeded_store)
    assert code == 1 and err.count("\n") <= 2 and "gave up after 0.5 s" in err
    assert iris().document("late").value not in _graphs(seeded_store)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if entry.name.isdigit() and int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_build_killed_midway_leaves_the_last_good_generation_and_nothing_half_built(
        seeded_store, shared_corpus, tmp_path):
    good = current_generation(seeded_store)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in sorted((shared_corpus / "akn" / "78session" / "English").glob("*.xml"))[:200]:
        (corpus / source.name).symlink_to(source)
    build = _mandates("build", "--corpus", str(corpus), "--no-validate", "--quiet", store=seeded_store)
    deadline = time.monotonic() + 120
    spool = None
    while time.monotonic() < deadline and spool is None:  # kill it once documents are spooled
        spool = next((p for p in seeded_store.glob(".spool-*/documents.nq") if p.stat().st_size > 0), None)
        time.sleep(0.05)
    assert spool is not None, "the build never started spooling"
    workers = _children(build.pid)
    assert workers, "the build has no parse workers"
    build.send_signal(signal.SIGKILL)
    build.wait()
    half = [p for p in seeded_store.glob("g-*") if p.is_dir() and p != good]
    assert half and not any(complete_marker(p).exists() for p in half)

    time.sleep(1.5)  # the workers notice their build is gone
    assert not [pid for pid in workers if _alive(pid)], "parse workers outlived the killed build"

    (document,) = _resolution_copies(tmp_path / "docs", "after-the-crash")
    code, _, err = _run("add", str(document), "--quiet", store=seeded_store)
    assert code == 0, err
    generations = {p for p in seeded_store.glob("g-*") if p.is_dir()}
    assert generations == {good, current_generation(seeded_store)}  # the rollback copy is the good one
    assert not any(p.exists() for p in half)
    assert not list(seeded_store.glob(".spool-*"))
    assert iris().document("after-the-crash").value in _graphs(seeded_store)
