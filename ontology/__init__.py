"""The Mandate Graph ontology: OWL classes and properties, the action scheme, SHACL shapes.

The Turtle files are the source of truth; this package gives their paths and the namespaces.
"""

from pathlib import Path

__all__ = ["ONTOLOGY_DIR", "ONTOLOGY_TTL", "ACTIONS_TTL", "DELIVERABLES_TTL", "SHAPES_TTL", "ONTOLOGY_FILES"]

ONTOLOGY_DIR = Path(__file__).resolve().parent
ONTOLOGY_TTL = ONTOLOGY_DIR / "mandates.ttl"
ACTIONS_TTL = ONTOLOGY_DIR / "actions.ttl"
DELIVERABLES_TTL = ONTOLOGY_DIR / "deliverables.ttl"
SHAPES_TTL = ONTOLOGY_DIR / "shapes.ttl"
#: The files loaded into the ontology graph of every store.
ONTOLOGY_FILES = (ONTOLOGY_TTL, ACTIONS_TTL, DELIVERABLES_TTL)
