"""Benchmark cases: each test file ``test_lcNNNN_*.py`` defines ``BENCH = Case(...)`` next to its oracle.

``make bench`` (tools/bench_solutions.py) times every problem's case; test_modules.py checks that
every problem has one and that, at a small size, its solution and oracle agree. Inputs come from
fixed seeds and are built afresh for every run, because some solutions relink or overwrite them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any, Callable, Optional

from solutions.structures import TreeNode, build_list


@dataclass(frozen=True)
class Case:
    n_max: int  # LeetCode's limit on the input size, as the test file states it
    n_small: int  # size of the solution-versus-oracle comparison
    build: Callable[[int], Any]  # a fresh input of size n from a fixed seed
    solve: Callable[[Any], Any]  # the main Solution on that input (timed)
    oracle: Callable[[Any], Any]  # the brute force on the same input (timed)
    read: Callable[[Any, Any], Any] = lambda inp, out: out  # untimed: solve's output in oracle's notation

    def agrees(self, n: int) -> bool:
        """Solution and oracle give the same answer on the input of size n."""
        inp = self.build(n)
        expected = self.oracle(inp)  # first: the solution may relink or overwrite inp
        return self.read(inp, self.solve(inp)) == expected


def ints(seed: int, n: int, lo: int, hi: int) -> list[int]:
    rng = random.Random(seed)
    return [rng.randint(lo, hi) for _ in range(n)]


def linked(values: list[int], *extra: Any) -> tuple[Any, ...]:
    """(head, values, *extra): the solution gets the nodes, a list oracle the values."""
    return (build_list(values), values, *extra)


def random_tree(seed: int, n: int, lo: int, hi: int) -> Optional[TreeNode]:
    """n nodes of any shape: each new node takes a random free child slot of the nodes so far."""
    rng = random.Random(seed)
    if n == 0:
        return None
    root = TreeNode(rng.randint(lo, hi))
    slots = [(root, "left"), (root, "right")]
    for _ in range(n - 1):
        i = rng.randrange(len(slots))
        slots[i], slots[-1] = slots[-1], slots[i]
        parent, side = slots.pop()
        child = TreeNode(rng.randint(lo, hi))
        setattr(parent, side, child)
        slots += [(child, "left"), (child, "right")]
    return root


def distinct_points(seed: int, n: int, lo: int, hi: int) -> list[list[int]]:
    side = hi - lo + 1
    return [[c // side + lo, c % side + lo] for c in random.Random(seed).sample(range(side * side), n)]
