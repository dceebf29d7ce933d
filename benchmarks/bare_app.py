"""The framework floor: a FastAPI route that returns a constant."""

from fastapi import FastAPI

app = FastAPI()


@app.get("/constant")
def constant() -> dict:
    return {"status": "ok"}
