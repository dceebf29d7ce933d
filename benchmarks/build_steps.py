"""The step table a `mandates build` prints (wall and CPU seconds per step), read back from its
output and shown beside the bulk load of the same run: what `run.py` reports per step.

The build prints, at the end of its progress output (not with ``--quiet``)::

    build steps (5.6 s in all):
      parse + extract                3.8 s   67.3%  cpu      2.4 s
      bulk load                      0.3 s    4.7%  cpu      0.1 s
"""

from __future__ import annotations

import re
import statistics

from benchmarks.http_tools import _row

#: One line of the build's step table: name, wall seconds, share, CPU seconds.
STEP_LINE = re.compile(r"^  (?P<name>\S.*?)\s+(?P<wall>[\d.]+) s\s+[\d.]+%\s+cpu\s+(?P<cpu>[\d.]+) s$")
HEADER = re.compile(r"build steps \((?P<total>[\d.]+) s in all\):")
#: The row of the build's own clock (its steps' CPU summed): the process's wall time less start-up,
#: the summary and, up to 300,000 triples, the pyshacl cross-check.
IN_ALL = "in all (the build's own clock)"


def read_steps(output: str) -> dict[str, tuple[float, float]]:
    """Each step's (wall, CPU) seconds from the last step table in a build's ``output``, and
    last the build's own total (:data:`IN_ALL`)."""
    start = output.rfind("build steps (")
    header = HEADER.match(output, start) if start >= 0 else None
    if header is None:
        return {}
    steps = {}
    for line in output[start:].splitlines()[1:]:
        match = STEP_LINE.match(line)
        if match is None:
            break
        steps[match["name"]] = (float(match["wall"]), float(match["cpu"]))
    steps[IN_ALL] = (float(header["total"]), round(sum(cpu for _, cpu in steps.values()), 1))
    return steps


def median_steps(runs: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Per step, the median wall and the median CPU seconds over the runs that timed it."""
    names = [name for run in runs for name in run]
    return {name: (statistics.median(run[name][0] for run in runs if name in run),
                   statistics.median(run[name][1] for run in runs if name in run))
            for name in dict.fromkeys(names)}


def print_steps(steps: dict[str, tuple[float, float]], build: float, bulk: float) -> None:
    """The step table, each step beside the bulk load of its N-Quads measured in the same run."""
    if not steps:
        return
    print("\nBuild steps (as the build prints them; medians), each ÷ the bulk load above:\n")
    print("| step | wall time (s) | share of the build | ÷ bulk load | CPU (s) |\n|---|---|---|---|---|")
    for name, (wall, cpu) in steps.items():
        _row(name, f"{wall:.1f}", f"{wall / build:.1%}", f"{wall / bulk:.2f}×", f"{cpu:.1f}")
