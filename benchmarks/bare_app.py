"""The framework floor: FastAPI routes that return a constant.

``/constant`` is a coroutine (answered on the event loop, as the API's routes answer a kept
answer); ``/constant-sync`` is a plain function (FastAPI runs it in its thread pool, as the
API's routes run a query).
"""

from fastapi import FastAPI

app = FastAPI()


@app.get("/constant")
async def constant() -> dict:
    return {"status": "ok"}


@app.get("/constant-sync")
def constant_sync() -> dict:
    return {"status": "ok"}
