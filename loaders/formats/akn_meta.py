"""The metadata of an AKN4UN resolution this project reads, rendered as ``name: value`` lines
at the head of the document's text, values verbatim from the XML, each with its span."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Protocol

from loaders.formats.akn_elements import AKN

__all__ = ["Writer", "render_meta"]


class Writer(Protocol):
    """Where the rendered text is written: ``write`` returns the span the text landed on."""

    def write(self, text: str) -> tuple[int, int]: ...


def _meta_line(writer: Writer, meta: dict, key: str, label: str, values: list[str]) -> None:
    """``label: v1 | v2`` on a line of its own; each value's span is kept under ``key``."""
    writer.write(label + ": ")
    for index, value in enumerate(values):
        if index:
            writer.write(" | ")
        start, end = writer.write(value)
        meta.setdefault(key, []).append((value, start, end))
    writer.write("\n")


def render_meta(statement: ET.Element, writer: Writer) -> dict[str, list[tuple[str, int, int]]]:
    """The metadata this project reads, as ``name: value`` lines, values verbatim from the XML."""
    meta: dict[str, list[tuple[str, int, int]]] = {}
    ident = statement.find(f"{AKN}meta/{AKN}identification")
    if ident is not None:
        for level, key in (("FRBRWork", "work"), ("FRBRExpression", "expression")):
            uri = ident.find(f"{AKN}{level}/{AKN}FRBRuri")
            if uri is not None and uri.get("value"):
                _meta_line(writer, meta, key, level, [uri.get("value")])
            for date in ident.findall(f"{AKN}{level}/{AKN}FRBRdate"):
                if date.get("date") and date.get("name"):
                    _meta_line(writer, meta, date.get("name"), f"{level} {date.get('name')}", [date.get("date")])
    for keyword in statement.iterfind(f"{AKN}meta/{AKN}classification/{AKN}keyword"):
        if keyword.get("href", "").startswith("http://metadata.un.org/"):
            _meta_line(writer, meta, "keyword", "keyword", [keyword.get("value", ""), keyword.get("href")])
    for step in statement.iterfind(f"{AKN}meta/{AKN}workflow/{AKN}step"):
        outcome, by = step.get("outcome", ""), step.get("by", "")
        if outcome in ("draftResolution", "draftResolutionAdditionalSponsors") and by.strip():
            _meta_line(writer, meta, "sponsor" if outcome == "draftResolution" else "additionalSponsor",
                       f"{outcome} {step.get('as', '')}".strip(), [" ".join(by.split())])
    voting = statement.find(f"{AKN}meta/{AKN}analysis/{AKN}parliamentary/{AKN}voting")
    if voting is not None and voting.get("outcome"):
        _meta_line(writer, meta, "voting", "voting", [voting.get("outcome")])
    return meta
