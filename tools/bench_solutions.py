"""Time every LeetCode solution at LeetCode's limits and against its test file's brute force.

    python -m tools.bench_solutions

For each problem in solutions/, the case ``BENCH`` of its test file tests/solutions/test_lcNNNN_*.py
(see tests/solutions/bench.py): the main Solution (or design class) on one input at LeetCode's
maximum constraints (n_max), then the solution and the test file's brute-force oracle on a smaller
input (n_small), where their answers must agree (AssertionError if not); speedup = oracle time /
solution time. Inputs come from fixed seeds and are built outside the timed region, afresh before
every run, because some solutions relink or overwrite their input. A time is the best of 3 runs,
with the garbage collector off during each run, as timeit does.
"""

from __future__ import annotations

import gc
import importlib
import random
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

from solutions.problem import solution_modules
from tests.solutions.bench import Case

REPEATS = 3


def case_of(module: ModuleType) -> Case:
    """The BENCH case kept beside the oracle in the problem's test file."""
    tests = importlib.import_module(f"tests.solutions.test_{module.PROBLEM.module_name}")
    case = getattr(tests, "BENCH", None)
    if not isinstance(case, Case):
        raise SystemExit(f"{tests.__name__} defines no BENCH = Case(...)")
    return case


# ---- timing -----------------------------------------------------------------------------------

def timed(fn: Callable[[Any], Any], inp: Any) -> tuple[float, Any]:
    """Seconds for one call, garbage collector off; the global seed fixes 215's random pivots."""
    random.seed(0)
    gc.disable()
    try:
        start = time.perf_counter()
        out = fn(inp)
        elapsed = time.perf_counter() - start
    finally:
        gc.enable()
    return elapsed, out


def measure(number: int, case: Case) -> tuple[float, float, float]:
    """Best-of-3 seconds: solution at n_max, solution and oracle at n_small."""
    at_max = min(timed(case.solve, case.build(case.n_max))[0] for _ in range(REPEATS))
    solution, oracle = [], []
    for _ in range(REPEATS):
        inp = case.build(case.n_small)
        seconds, expected = timed(case.oracle, inp)  # first: the solution may relink or overwrite inp
        oracle.append(seconds)
        seconds, out = timed(case.solve, inp)
        solution.append(seconds)
        if case.read(inp, out) != expected:
            raise AssertionError(f"problem {number}: solution and oracle disagree at n = {case.n_small}")
    return at_max, min(solution), min(oracle)


def main() -> int:
    modules = solution_modules()
    cases = {module.PROBLEM.number: case_of(module) for module in modules}
    columns = ("#", "title", "n_max", "ms@n_max", "n_small", "sol ms", "oracle ms", "speedup")
    row = "{:>5}  {:<40} {:>7} {:>9} {:>7} {:>9} {:>9} {:>8}"
    print(row.format(*columns))
    print("-" * len(row.format(*columns)))
    for module in modules:
        problem = module.PROBLEM
        case = cases[problem.number]
        at_max, solution, oracle = measure(problem.number, case)
        ms = [f"{seconds * 1e3:.4g}" for seconds in (at_max, solution, oracle)]
        speedup = f"{oracle / solution:.3g}x"
        print(row.format(problem.number, problem.title_en, case.n_max, ms[0], case.n_small, *ms[1:], speedup),
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
