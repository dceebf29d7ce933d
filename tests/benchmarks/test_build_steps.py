"""The build's step table read back from its output (the text a real `mandates build` printed)."""

from benchmarks.build_steps import IN_ALL, median_steps, print_steps, read_steps

# The end of a real build's output: 20 generated resolutions, 2026-12-02.
OUTPUT = """chains: 140 activities walked (140 with a mandate), answers kept in mg:chains in 0.3 s
checks: running the shapes' checks on the whole graph
step checks: 0.2 s
build steps (5.6 s in all):
  parse + extract                3.8 s   67.3%  cpu      2.4 s
  bulk load                      0.3 s    4.7%  cpu      0.1 s
  index                          0.1 s    2.0%  cpu      0.1 s
  lineage                        0.2 s    3.5%  cpu      0.1 s
  chains                         0.3 s    4.9%  cpu      0.2 s
  checks                         0.2 s    3.8%  cpu      0.2 s
21 loaded (0 merged into instruments already loaded), 1 skipped, 0 failed, 34128 triples in the store
"""


def test_every_step_is_read_with_its_wall_and_cpu_seconds():
    steps = read_steps(OUTPUT)
    assert list(steps) == ["parse + extract", "bulk load", "index", "lineage", "chains", "checks", IN_ALL]
    assert steps["parse + extract"] == (3.8, 2.4) and steps["checks"] == (0.2, 0.2)
    assert steps[IN_ALL] == (5.6, 3.1)  # the build's total; the CPU of its steps summed


def test_an_output_without_a_step_table_gives_no_steps():
    assert read_steps("21 loaded, 0 failed\n") == {}


def test_medians_per_step_over_runs(capsys):
    runs = [{"index": (1.0, 2.0)}, {"index": (3.0, 1.0)}, {"index": (2.0, 5.0), "checks": (4.0, 4.0)}]
    steps = median_steps(runs)
    assert steps == {"index": (2.0, 2.0), "checks": (4.0, 4.0)}
    print_steps(steps, build=8.0, bulk=2.0)
    assert "| index | 2.0 | 25.0% | 1.00× | 2.0 |" in capsys.readouterr().out
