"""Store generations: writers build a new directory, then swap it in atomically.

RocksDB allows one writer per directory, and read-only readers see undefined state if the
directory is written under them. So a store folder (``./store``) holds generations
(``g-<time>``) and a ``CURRENT`` file naming the live one. :func:`writable` copies the live
generation (pyoxigraph ``backup``), lets the caller write to the copy and, only if that
succeeded, publishes it by replacing ``CURRENT`` (``os.replace`` is atomic). A running
server notices the new ``CURRENT`` and opens it; readers of the old one finish undisturbed.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from graph.store import EmbeddedStore, StoreError, count_file

__all__ = ["current_generation", "writable", "KEEP_GENERATIONS", "CURRENT_FILE"]

CURRENT_FILE = "CURRENT"
KEEP_GENERATIONS = 2


def current_generation(root: Path) -> Path | None:
    """The live generation of ``root``, or None for an empty store folder."""
    marker = root / CURRENT_FILE
    try:
        name = marker.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    path = root / name
    if not name or not path.is_dir():
        raise StoreError(f"{marker} names {name!r}, which is not a store generation")
    return path


def _publish(root: Path, generation: Path) -> None:
    temporary = root / f".{CURRENT_FILE}.{os.getpid()}"
    temporary.write_text(generation.name + "\n", encoding="utf-8")
    os.replace(temporary, root / CURRENT_FILE)


def _prune(root: Path, live: Path) -> None:
    generations = sorted((p for p in root.glob("g-*") if p.is_dir() and p != live), key=lambda p: p.name)
    for old in generations[: max(0, len(generations) - (KEEP_GENERATIONS - 1))]:
        shutil.rmtree(old, ignore_errors=True)
        count_file(old).unlink(missing_ok=True)


@contextmanager
def writable(root: Path, *, fresh: bool = False) -> Iterator[EmbeddedStore]:
    """A writable copy of the live generation (an empty one if ``fresh``), published when the
    block ends without error."""
    root.mkdir(parents=True, exist_ok=True)
    generation = root / f"g-{time.time_ns()}"
    live = current_generation(root)
    if live is not None and not fresh:
        ox.Store.read_only(str(live)).backup(str(generation))
    store = EmbeddedStore(generation)
    try:
        yield store
    except BaseException:
        store.close()
        shutil.rmtree(generation, ignore_errors=True)
        raise
    # Readers ask for the size often (/health); counting millions of quads each time is slow.
    count_file(generation).write_text(f"{len(store)}\n", encoding="utf-8")
    store.close()  # release the writer before anyone opens the generation read-only
    _publish(root, generation)
    _prune(root, generation)


def open_current(root: Path) -> EmbeddedStore:
    """The live generation, read-only. Raises :class:`StoreError` if nothing was built yet."""
    live = current_generation(root)
    if live is None:
        raise StoreError(f"no graph at {root} yet: run 'mandates build' (or 'mandates serve', which builds)")
    return EmbeddedStore(live, read_only=True)


class LiveStore:
    """A read-only view that follows ``CURRENT``: after a rebuild it opens the new generation."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._stamp: tuple[int, int, int] | None = None
        self._store: EmbeddedStore | None = None
        self.refresh()

    def _marker_stamp(self) -> tuple[int, int, int]:
        # CURRENT is replaced, never rewritten in place: a new inode or time means a new generation.
        # One stat per request; the file is read only when it changed.
        info = (self.root / CURRENT_FILE).stat()
        return info.st_ino, info.st_mtime_ns, info.st_size

    def refresh(self) -> EmbeddedStore:
        stamp = self._marker_stamp()
        if stamp != self._stamp or self._store is None:
            self._store = open_current(self.root)
            self._stamp = stamp
        return self._store

    @property
    def path(self) -> str:
        self.refresh()
        return str(current_generation(self.root))


__all__ += ["open_current", "LiveStore"]
