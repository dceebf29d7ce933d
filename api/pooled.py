"""Evaluate a route's queries in the killable query workers, under the same limits as ``/sparql``.

Every route that evaluates a query hands its work to :func:`answer_in_worker`: the work runs
in a worker process (:class:`graph.workers.QueryPool`), stopped at the time limit, its
memory capped and its answer bounded in bytes. Waiting is bounded too: a caller takes one of
the pool's places first, and when they are all taken it is answered 503 with ``Retry-After``
at once. The threads that wait for workers come from a limiter of their own, so queries
never take the thread slots that ``/health`` and the other cheap routes need; and work
whose client has left is dropped before it reaches a worker.

With a remote endpoint there is no pool: the work runs in a thread, bounded by the HTTP
client's timeout.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import anyio
import anyio.from_thread
import anyio.to_thread
from fastapi import Request
from starlette.concurrency import run_in_threadpool

from api.answers import Answer, json_answer
from graph.store import GraphStore
from graph.workers import ClientGone, PoolBusy, QueryFailed, QueryPool, QueryTimeout

__all__ = ["answer_in_worker", "in_pool_thread", "failure_answer", "CLIENT_GONE"]

#: The status logged for work dropped because its client left (nginx's "client closed request").
CLIENT_GONE = 499
_STATUS = {"syntax": 400, "refused": 400, "evaluation": 400, "format": 406, "too-big": 413, "memory": 503, "died": 503, "error": 500}


def failure_answer(error: QueryTimeout | QueryFailed | PoolBusy, pool: QueryPool) -> Answer:
    """The one answer for a query stopped or refused by the pool (503s say when to come back)."""
    if isinstance(error, QueryFailed):
        status = _STATUS.get(error.kind, 500)
    else:
        status = 503
    answer = json_answer({"error": str(error)}, status=status)
    if status == 503:
        retry = error.retry_after if isinstance(error, PoolBusy) else max(1, round(pool.timeout))
        return Answer(answer.status, answer.body, answer.media_type, {"Retry-After": str(retry)})
    return answer


def _limiter(request: Request, pool: QueryPool) -> anyio.CapacityLimiter:
    state = request.app.state
    limiter = getattr(state, "pool_limiter", None)
    if limiter is None:
        limiter = state.pool_limiter = anyio.CapacityLimiter(pool.size + pool.queue_limit)
    return limiter


async def in_pool_thread(request: Request, pool: QueryPool | None,
                         work: Callable[[Callable[[], bool]], Answer]) -> Answer:
    """``work(still_wanted)`` in a thread holding one of the pool's places.

    ``still_wanted()`` says whether the client is still connected; ``work`` hands it to the
    pool, which drops the work when it is not.
    """
    if pool is None:
        return await run_in_threadpool(work, lambda: True)

    def still_wanted() -> bool:
        return not anyio.from_thread.run(request.is_disconnected)

    try:
        with pool.admit():
            return await anyio.to_thread.run_sync(work, still_wanted, limiter=_limiter(request, pool))
    except PoolBusy as error:
        return failure_answer(error, pool)
    except ClientGone as error:
        return json_answer({"error": str(error)}, status=CLIENT_GONE)


def _call(pool: QueryPool, function: Callable[..., Answer], args: tuple, still_wanted: Callable[[], bool]) -> Answer:
    try:
        return pool.call(function, *args, still_wanted=still_wanted)
    except (QueryTimeout, QueryFailed) as error:
        return failure_answer(error, pool)


async def answer_in_worker(request: Request, pool: QueryPool | None, store: GraphStore,
                           function: Callable[..., Answer], *args: Any) -> Answer:
    """``function(store, *args)``, in a query worker (over the live store there) when there is a pool.

    ``function`` is a module-level function returning an :class:`api.answers.Answer`; its
    arguments must be picklable.
    """
    if pool is None:
        return await run_in_threadpool(function, store, *args)
    return await in_pool_thread(request, pool, partial(_call, pool, function, args))
