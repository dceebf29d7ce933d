"""schemathesis against the OpenAPI schema of the running server: no 5xx, responses match."""

import os
import subprocess
import sys
from pathlib import Path

import pytest


def test_no_server_error_and_responses_match_the_schema(api):
    cli = Path(sys.executable).parent / "st"
    if not cli.exists():
        pytest.skip("schemathesis is not installed")
    result = subprocess.run(
        [str(cli), "run", api + "/openapi.json", "--max-examples", "25", "--seed", "1",
         "--checks", "not_a_server_error,response_schema_conformance", "--phases", "examples,coverage,fuzzing"],
        capture_output=True, text=True, timeout=600,
        env=dict(os.environ, SCHEMATHESIS_HOOKS=str(Path(__file__).with_name("schemathesis_hooks.py"))),
    )
    assert result.returncode == 0, result.stdout[-4000:]
    assert " passed" in result.stdout
