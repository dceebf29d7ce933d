"""Bounds on what a loader reads: input size (settings) and YAML without anchors or aliases.

A hostile or broken input must fail fast, in one line, naming the file: a document past its
size limit is refused before it is read, and a YAML file may not use anchors or aliases
(a few hundred bytes of nested aliases expand to gigabytes: the "billion laughs").

Settings (environment, in megabytes):

- ``MANDATES_MAX_DOCUMENT_MB`` (default 50): XML, PDF and JSONL documents, and downloads.
- ``MANDATES_MAX_TEXT_MB`` (default 5): plain-text documents and curated/registry YAML.

>>> yaml_load("a: 1\\nb: [x, y]\\n", path="t.yaml")
{'a': 1, 'b': ['x', 'y']}
>>> yaml_load("a: &x [1]\\nb: *x\\n", path="t.yaml")
Traceback (most recent call last):
...
loaders.errors.LoadError: t.yaml:1:4: YAML anchors and aliases are not allowed (anchor &x)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import yaml

from loaders.errors import LoadError

__all__ = ["DEFAULT_MAX_DOCUMENT_MB", "DEFAULT_MAX_TEXT_MB", "max_bytes", "read_bounded", "SafeYamlLoader",
           "yaml_load", "yaml_error", "SizeKind"]

DEFAULT_MAX_DOCUMENT_MB = 50.0
DEFAULT_MAX_TEXT_MB = 5.0
SizeKind = Literal["document", "text"]
_SETTINGS: dict[str, tuple[str, float]] = {
    "document": ("MANDATES_MAX_DOCUMENT_MB", DEFAULT_MAX_DOCUMENT_MB),
    "text": ("MANDATES_MAX_TEXT_MB", DEFAULT_MAX_TEXT_MB),
}


def max_bytes(kind: SizeKind) -> int:
    """The configured limit for ``kind`` ("document": XML, PDF, JSONL, downloads; "text"), in bytes."""
    name, default = _SETTINGS[kind]
    value = os.environ.get(name)
    try:
        megabytes = float(value) if value else default
    except ValueError:
        raise LoadError(f"{name}={value!r}: give a number of megabytes") from None
    return int(megabytes * 2**20)


def _too_big(path: Path, size: int, kind: SizeKind) -> LoadError:
    name, _ = _SETTINGS[kind]
    return LoadError(f"{size / 2**20:,.1f} MB is above the {max_bytes(kind) / 2**20:g} MB limit for a "
                     f"{kind} (raise {name} to load it)", path=str(path))


def read_bounded(path: Path, kind: SizeKind) -> bytes:
    """The bytes of ``path``, or :class:`LoadError` if it is larger than the limit for ``kind``.

    Never reads more than the limit (plus one byte), even if the file grows while read.
    """
    limit = max_bytes(kind)
    try:
        size = path.stat().st_size
        if size > limit:
            raise _too_big(path, size, kind)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise LoadError(f"cannot read: {error.strerror or error}", path=str(path)) from error
    if len(data) > limit:
        raise _too_big(path, len(data), kind)
    return data


class SafeYamlLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that refuses anchors and aliases (alias bombs), naming their line."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: ANN401 - PyYAML's signature
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            kind = "alias *" if isinstance(event, yaml.AliasEvent) else "anchor &"
            raise yaml.composer.ComposerError(None, None, f"YAML anchors and aliases are not allowed ({kind}{anchor})",
                                              event.start_mark)
        return super().compose_node(parent, index)


def yaml_error(error: yaml.YAMLError, path: Path | str) -> LoadError:
    """One line naming file, line and column; never the input around the mark (PyYAML's ``str``)."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or type(error).__name__
    if not str(problem).startswith("YAML "):
        problem = f"not valid YAML: {problem}"
    return LoadError(str(problem), path=str(path), line=mark.line + 1 if mark else None,
                     column=mark.column + 1 if mark else None)


def yaml_load(text: str, *, path: Path | str, loader: type[SafeYamlLoader] = SafeYamlLoader) -> Any:  # noqa: ANN401
    """Parse YAML ``text`` (read from ``path``) with ``loader``; errors as :func:`yaml_error`."""
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        raise yaml_error(error, path) from None
