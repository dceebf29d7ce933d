"""The research notebooks run top to bottom against a freshly built graph, and are kept
without outputs in git."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((PROJECT / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A project folder as a user has it after ``mandates build``: pyproject.toml, notebooks/,
    and the graph in store/ (built from the project folder, as the README says)."""
    root = tmp_path_factory.mktemp("project")
    shutil.copy(PROJECT / "pyproject.toml", root / "pyproject.toml")
    shutil.copytree(PROJECT / "notebooks", root / "notebooks")
    env = {k: v for k, v in os.environ.items() if k != "MANDATES_STORE"}
    result = subprocess.run([sys.executable, "-m", "cli", "build", "--quiet", "--no-validate"], cwd=root, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (root / "store").is_dir()
    return root


def run_as_jupyter_lab_does(notebook_path: Path, monkeypatch):
    """Execute a notebook with its kernel in the notebook's folder and no MANDATES_STORE,
    as ``jupyter lab notebooks/`` runs it."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    monkeypatch.delenv("MANDATES_STORE", raising=False)
    notebook = nbformat.read(notebook_path, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(notebook_path.parent)}})
    client.execute()
    return notebook

def test_there_are_three_notebooks():
    assert [p.stem for p in NOTEBOOKS] == ["01-getting-started", "02-tracing-mandates", "03-network-analysis"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in cells if c["cell_type"] == "code")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom_with_its_kernel_in_notebooks(path, project, monkeypatch):
    notebook = run_as_jupyter_lab_does(project / "notebooks" / path.name, monkeypatch)
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    text = "".join(o.get("text", "") for c in notebook.cells for o in c.get("outputs", []))
    assert text.strip()
    if path.stem.startswith("03"):
        timeline = next(c for c in notebook.cells if "plt.show()" in c.source)
        assert any("image/png" in o.get("data", {}) for o in timeline.outputs), "the timeline shows nothing"
