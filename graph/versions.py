"""Store generations: writers build a new directory, then swap it in atomically.

RocksDB allows one writer per directory, and read-only readers see undefined state if the
directory is written under them. So a store folder (``./store``) holds generations
(``g-<time>``) and a ``CURRENT`` file naming the live one. :func:`writable` copies the live
generation (pyoxigraph ``backup``), lets the caller write to the copy and, only if that
succeeded, publishes it by replacing ``CURRENT`` (``os.replace`` is atomic). A running
server notices the new ``CURRENT`` and opens it; readers of the old one finish undisturbed.

One writer at a time: :func:`writable` holds an exclusive lock on the store folder
(``.writer.lock``, released by the kernel even if the writer is killed), so a second writer
waits and then copies the first one's result instead of silently replacing it. A generation
is complete once its ``g-<time>.complete`` marker exists (written before ``CURRENT`` moves);
under the lock, generations without it (a writer killed mid-way) and leftover spool folders
are removed, and they never count as rollback copies.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from graph.store import EmbeddedStore, StoreError, count_file

__all__ = ["current_generation", "writable", "KEEP_GENERATIONS", "CURRENT_FILE", "StoreLockedError",
           "lock_timeout", "complete_marker", "LOCK_FILE"]

CURRENT_FILE = "CURRENT"
KEEP_GENERATIONS = 2
LOCK_FILE = ".writer.lock"
#: Seconds a writer waits for another one to finish (``MANDATES_LOCK_TIMEOUT``).
DEFAULT_LOCK_TIMEOUT = 600.0


class StoreLockedError(StoreError):
    """Another writer still held the store folder when the wait ran out."""


def lock_timeout() -> float:
    """The configured wait for the writer lock, in seconds (``MANDATES_LOCK_TIMEOUT``)."""
    value = os.environ.get("MANDATES_LOCK_TIMEOUT")
    try:
        return float(value) if value else DEFAULT_LOCK_TIMEOUT
    except ValueError:
        raise StoreError(f"MANDATES_LOCK_TIMEOUT={value!r}: give a number of seconds") from None


def complete_marker(generation: Path) -> Path:
    """The file whose presence says ``generation`` was written to the end."""
    return generation.with_name(generation.name + ".complete")


def _is_complete(generation: Path) -> bool:
    # Generations written before markers existed have their count file, written only on success.
    return complete_marker(generation).exists() or count_file(generation).exists()


@contextmanager
def _writer_lock(root: Path, *, wait: float, on_wait: Callable[[str], None] | None) -> Iterator[None]:
    handle = open(root / LOCK_FILE, "a+", encoding="utf-8")  # noqa: SIM115 - held for the block
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "unknown"
                if time.monotonic() >= deadline:
                    raise StoreLockedError(
                        f"{root} is being written by another process (pid {holder}); gave up after {wait:g} s "
                        "(wait longer with --wait SECONDS or MANDATES_LOCK_TIMEOUT)") from None
                if not told and on_wait is not None:
                    on_wait(f"{root} is being written by another process (pid {holder}); "
                            f"waiting up to {wait:g} s for it to finish")
                    told = True
                time.sleep(0.1)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield
    finally:
        handle.close()  # closing releases the lock


def _remove_unfinished(root: Path, live: Path | None) -> None:
    """Under the lock: what a killed writer left behind (its generation, spools, CURRENT draft)."""
    for generation in root.glob("g-*"):
        if generation.is_dir() and generation != live and not _is_complete(generation):
            shutil.rmtree(generation, ignore_errors=True)
    for leftover in root.glob(".spool-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for draft in root.glob(f".{CURRENT_FILE}.*"):
        draft.unlink(missing_ok=True)


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
    generations = sorted((p for p in root.glob("g-*") if p.is_dir() and p != live and _is_complete(p)),
                         key=lambda p: p.name)
    for old in generations[: max(0, len(generations) - (KEEP_GENERATIONS - 1))]:
        complete_marker(old).unlink(missing_ok=True)  # first: a half-removed copy is never complete
        shutil.rmtree(old, ignore_errors=True)
        count_file(old).unlink(missing_ok=True)


@contextmanager
def writable(root: Path, *, fresh: bool = False, wait: float | None = None,
             on_wait: Callable[[str], None] | None = None) -> Iterator[EmbeddedStore]:
    """A writable copy of the live generation (an empty one if ``fresh``), published when the
    block ends without error.

    Holds the store folder's writer lock throughout: if another writer holds it, calls
    ``on_wait`` once with a message and waits up to ``wait`` seconds (default
    :func:`lock_timeout`), then raises :class:`StoreLockedError`.
    """
    root.mkdir(parents=True, exist_ok=True)
    with _writer_lock(root, wait=lock_timeout() if wait is None else wait, on_wait=on_wait):
        live = current_generation(root)  # read under the lock: the previous writer's result
        _remove_unfinished(root, live)
        generation = root / f"g-{time.time_ns()}"
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
        complete_marker(generation).write_text("complete\n", encoding="utf-8")
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
