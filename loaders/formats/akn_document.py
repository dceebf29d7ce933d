"""A parsed Akoma Ntoso resolution: what :mod:`loaders.formats.akn` reads and
:mod:`loaders.quads.akn` turns into quads (its own module, so that neither imports the other
to name it)."""

from __future__ import annotations

from loaders.formats.akn_rendered import Rendered
from loaders.formats.resolution_text import ParsedResolution

__all__ = ["AknDocument"]


class AknDocument:
    """A parsed AKN file: the rendered text, its language and the structure found in it."""

    def __init__(self, rendered: Rendered, lang: str, main: ParsedResolution) -> None:
        self.rendered = rendered
        self.lang = lang
        self.main = main

    @property
    def text(self) -> str:
        return self.rendered.text
