"""Parse + extract on a sample of documents, in one process: its CPU time, and its N-Quads.

```
python -m benchmarks.extract_sample PATH... [--out FILE] [--profile FILE] [--top N]
```

Each PATH is a document or a folder (read recursively, as ``mandates build --corpus`` does).
Every document goes through what a build's parse worker does (``load_document`` with the
project's curated facts, then N-Quads serialisation); the script prints the documents' count,
the CPU seconds of that work, and the SHA-256 of the sorted N-Quads lines. ``--out`` writes
those sorted lines: two runs (before and after a change meant to keep every extracted fact)
compare byte for byte with ``cmp``. ``--profile`` runs the same under cProfile, writes its
stats there and prints the ``--top`` functions by own time (a profiled run is slower: read
its CPU time apart from an unprofiled one's).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import resource
import sys
from pathlib import Path

import pyoxigraph as ox

from graph.build import corpus_files
from loaders.document import load_document
from loaders.errors import LoadError


def cpu_seconds() -> float:
    """User and system CPU seconds of this process."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def sample_files(paths: list[Path]) -> list[Path]:
    """The source documents named, folders read recursively, sorted."""
    files: list[Path] = []
    for path in paths:
        files += corpus_files(path)[0] if path.is_dir() else [path]
    return sorted(files)


def extract(files: list[Path]) -> tuple[list[bytes], list[str]]:
    """Each document's N-Quads (a document's all together) and the errors, as a build's worker makes them."""
    documents: list[bytes] = []
    errors: list[str] = []
    for path in files:
        try:
            loaded = load_document(path)
        except LoadError as error:
            errors.append(str(error))
            continue
        documents.append(ox.serialize(loaded.quads, format=ox.RdfFormat.N_QUADS) or b"")
    return documents, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, help="write the sorted N-Quads lines here")
    parser.add_argument("--profile", type=Path, help="run under cProfile and write its stats here")
    parser.add_argument("--top", type=int, default=25, help="functions printed with --profile")
    args = parser.parse_args(argv)
    files = sample_files(args.paths)
    profiler = cProfile.Profile() if args.profile else None
    started = cpu_seconds()
    if profiler:
        profiler.enable()
    documents, errors = extract(files)
    if profiler:
        profiler.disable()
    seconds = cpu_seconds() - started
    lines = sorted(line for document in documents for line in document.splitlines())
    body = b"".join(line + b"\n" for line in lines)
    print(f"{len(files)} documents, {len(errors)} errors, {len(lines):,} quads: "
          f"parse + extract {seconds:.1f} CPU s; sorted N-Quads sha256 {hashlib.sha256(body).hexdigest()}")
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if args.out:
        args.out.write_bytes(body)
    if profiler:
        profiler.dump_stats(args.profile)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
