"""Lineage: which resolution each one follows, where each paragraph's language comes from, which
mandates recur and which may overlap. A build step after all documents are loaded, derived
from the documents' graphs into its own named graph ``mg:lineage``.

Modules: ``read`` (the store's paragraphs, citations and mandates), ``series`` (predecessors),
``align`` (paragraph alignment), ``mandates`` (renewals, overlaps), ``diff`` (word diffs for
people), ``quads`` (what is written), ``build`` (the step itself, on any store).
"""

from graph.lineage.build import LineageReport, refresh_lineage

__all__ = ["LineageReport", "refresh_lineage"]
