"""The names of a prose document as the extractor reads them: its hard-wrapped lines joined
(:func:`loaders.extract.prose.line_breaks.unwrap`), every name read once (:func:`read_names`), and each
activity at the occurrence the text means ("le 13e Forum africain …": that occurrence). Shared by
the extractor (:mod:`loaders.extract.prose.prose`) and the role classifier's candidates."""

from __future__ import annotations

from loaders.extract.prose.line_breaks import unwrap
from loaders.extract.prose.prose_event_names import with_occurrences
from loaders.extract.prose.prose_names import Names, read_names
from loaders.extract.prose.prose_prefix_names import as_longer_names
from loaders.registry import Registry

__all__ = ["read_document"]


def read_document(text: str, lang: str, registry: Registry, published: str | None = None) -> Names:
    """The names of ``text``; ``names.text`` is the text as read (wrapped lines joined, the same
    length as ``text``, so spans hold in both)."""
    names = read_names(unwrap(text), lang, registry, published)
    names.activities = as_longer_names(names.text, with_occurrences(names.text, names.activities))
    return names
