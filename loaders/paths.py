"""Where the project's own corpus lives (seeds, curated facts, registry).

``MANDATES_CORPUS`` overrides the folder; by default it is ``corpus/`` at the project root.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["PROJECT_DIR", "CORPUS_DIR", "SEEDS_DIR", "CURATED_DIR", "REGISTRY_DIR"]

PROJECT_DIR = Path(__file__).resolve().parents[1]
CORPUS_DIR = Path(os.environ.get("MANDATES_CORPUS", PROJECT_DIR / "corpus"))
SEEDS_DIR = CORPUS_DIR / "seeds"
CURATED_DIR = CORPUS_DIR / "curated"
REGISTRY_DIR = CORPUS_DIR / "registry"
