"""Answer a repeated GET from the kept answers, before routing, validation and dependencies.

Answers are kept per store generation (:mod:`api.answers`). Serving a kept answer from inside
a route still went through FastAPI's routing, parameter validation and dependency solving,
which cost more than the answer itself; so this ASGI middleware keeps and serves GET answers
in front of the application: a GET whose exact URL (host included) and ``Accept`` were answered before on
the live generation is sent back from the cache (or as ``304`` when the client has it). It
keeps only what a route marked as keepable — a ``200`` with an ``ETag`` that matches its
body, which :class:`api.answers.Answer` gives — and only on the embedded store, whose
generations never change. (POSTed SPARQL queries are kept by the ``/sparql`` route.)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from api.answers import Answer, AnswerCache, etag_matches

__all__ = ["KeptAnswersMiddleware"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_DROPPED_ON_304 = {b"content-length", b"content-type"}


class KeptAnswersMiddleware:
    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        state = scope["app"].state
        live, answers = getattr(state, "live", None), getattr(state, "answers", None)
        if live is None or answers is None:  # a remote endpoint: nothing is kept
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        # The host too: some answers name the address they were asked at (``/sparql`` resolves
        # relative IRIs against it, ``/obligations`` links its pages with it).
        key = AnswerCache.key(live.refresh(), "http", scope.get("scheme"), headers.get(b"host", b""), scope["path"],
                              scope["query_string"], headers.get(b"accept", b""))
        kept = answers.get(key)
        if kept is not None:
            await _send(kept, headers.get(b"if-none-match", b"").decode("latin-1"), send)
            return
        await self.app(scope, receive, _keeping(send, answers, key))


async def _send(kept: Answer, if_none_match: str, send: Send) -> None:
    raw = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in kept.headers.items()]
    if etag_matches(kept.etag, if_none_match):
        await send({"type": "http.response.start", "status": 304,
                    "headers": [h for h in raw if h[0] not in _DROPPED_ON_304]})
        await send({"type": "http.response.body", "body": b""})
        return
    await send({"type": "http.response.start", "status": kept.status, "headers": raw})
    await send({"type": "http.response.body", "body": kept.body})


def _keeping(send: Send, answers: AnswerCache, key: object) -> Send:
    """``send``, also keeping a 200 answer that carries an ETag once its body is complete."""
    start: Message | None = None
    chunks: list[bytes] = []

    async def wrapped(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            # A copy: middlewares outside (CORS) add their headers to the message in place.
            start = {"status": message["status"], "headers": list(message.get("headers", []))}
        elif message["type"] == "http.response.body" and start is not None:
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                _keep(start, b"".join(chunks), answers, key)
        await send(message)

    return wrapped


def _keep(start: Message, body: bytes, answers: AnswerCache, key: object) -> None:
    headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in start.get("headers", [])}
    if start["status"] != 200 or "etag" not in headers:
        return
    answer = Answer(200, body, headers.get("content-type", ""), headers)
    if answer.etag != headers["etag"]:  # not a kept answer's ETag: leave it alone
        return
    answers.put(key, answer)
