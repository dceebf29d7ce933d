"""Answers kept per store generation, with ETags.

A generation of the embedded store never changes once published (a rebuild makes a new one),
so an answer computed on it stays true as long as it is the current one: the cache key holds
the generation, and a rebuild makes every older entry unreachable (they age out of the LRU).
A remote endpoint can change under us, so its answers are not kept.

Every kept answer carries an ETag (a hash of its body); a client that sends it back in
``If-None-Match`` gets ``304 Not Modified`` without the body.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from fastapi import Request
from fastapi.responses import Response

from graph.store import EmbeddedStore, GraphStore

__all__ = ["Answer", "AnswerCache", "json_answer", "etag_matches", "ENTRY_OVERHEAD"]


@dataclass(frozen=True)
class Answer:
    """A finished HTTP answer: status, body, media type and extra headers."""

    status: int
    body: bytes
    media_type: str
    headers: Mapping[str, str] = field(default_factory=dict)

    @cached_property
    def etag(self) -> str:
        return '"' + hashlib.blake2b(self.body, digest_size=12).hexdigest() + '"'

    def response(self, request: Request) -> Response:
        headers = dict(self.headers)
        if self.status == 200:
            etag = self.etag
            headers["ETag"] = etag
            # Clients may keep the answer but must ask again: a rebuild can change it.
            headers["Cache-Control"] = "no-cache"
            if etag_matches(etag, request.headers.get("if-none-match", "")):
                return Response(status_code=304, headers=headers)
        return Response(self.body, status_code=self.status, media_type=self.media_type, headers=headers)


def json_answer(content: object, status: int = 200, media_type: str = "application/json") -> Answer:
    body = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
    return Answer(status, body, media_type)


def etag_matches(etag: str, if_none_match: str) -> bool:
    """Whether an ``If-None-Match`` header names ``etag`` (weak or strong, or ``*``)."""
    tags = {part.strip().removeprefix("W/") for part in if_none_match.split(",") if part.strip()}
    return etag in tags or "*" in tags


#: Bytes counted for each kept answer besides its body: its hashed key, headers and bookkeeping.
ENTRY_OVERHEAD = 1024


def _size(answer: Answer) -> int:
    return len(answer.body) + sum(len(k) + len(v) for k, v in answer.headers.items()) + ENTRY_OVERHEAD


class AnswerCache:
    """A thread-safe LRU of :class:`Answer` bounded by the bytes it holds.

    Keys are hashed (:meth:`key`), so a long query text costs a fixed few bytes, and each
    answer counts its body, its headers and :data:`ENTRY_OVERHEAD`. ``max_bytes = 0`` keeps
    nothing. Answers bigger than an eighth of the budget are not kept, so one large export
    cannot flush the many small lookups.
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[Hashable, Answer] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(store: GraphStore, *parts: Hashable) -> Hashable | None:
        """The key of an answer on ``store`` (the generation and a hash of ``parts``, whatever
        their length), or None when the store's answers may not be kept."""
        if not isinstance(store, EmbeddedStore) or store.path is None or not store.read_only:
            return None
        return (str(store.path), hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=32).digest())

    def get(self, key: Hashable | None) -> Answer | None:
        if key is None or not self.max_bytes:
            return None
        with self._lock:
            answer = self._entries.get(key)
            if answer is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return answer

    def put(self, key: Hashable | None, answer: Answer) -> None:
        size = _size(answer)
        if key is None or size > self.max_bytes // 8:
            return
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._size -= _size(previous)
            self._entries[key] = answer
            self._size += size
            while self._size > self.max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self._size -= _size(evicted)

    @property
    def size(self) -> int:
        """Bytes counted for the answers kept now (never more than ``max_bytes``)."""
        return self._size

    def __len__(self) -> int:
        return len(self._entries)
