"""The research notebooks run top to bottom against a freshly built graph, and are kept
without outputs in git."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory):
    root = tmp_path_factory.mktemp("notebooks") / "store"
    result = subprocess.run([sys.executable, "-m", "cli", "--store", str(root), "build", "--quiet", "--no-validate"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return root


def test_there_are_three_notebooks():
    assert [p.stem for p in NOTEBOOKS] == ["01-getting-started", "02-tracing-mandates", "03-network-analysis"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in cells if c["cell_type"] == "code")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom(path, seeds_store, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    monkeypatch.setenv("MANDATES_STORE", str(seeds_store))
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    text = "".join(o.get("text", "") for c in notebook.cells for o in c.get("outputs", []))
    assert text.strip()
