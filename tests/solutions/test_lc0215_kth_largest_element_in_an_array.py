import operator
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.lc0215_kth_largest_element_in_an_array import (
    EXAMPLES,
    BinaryHeap,
    HandHeapSolution,
    HeapSolution,
    Solution,
)
from tests.solutions import bench

SOLUTIONS = [Solution, HeapSolution, HandHeapSolution]


def brute_force(nums: list[int], k: int) -> int:
    return sorted(nums, reverse=True)[k - 1]


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_examples(cls: type) -> None:
    for example in EXAMPLES:
        assert cls().findKthLargest(**example.inputs) == example.output
        assert brute_force(**example.inputs) == example.output


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[int], int]:
    bound = draw(st.sampled_from([1, 3, 10**4]))  # small ranges force many duplicates
    nums = draw(st.lists(st.integers(-bound, bound), min_size=1, max_size=200))
    return nums, draw(st.integers(1, len(nums)))


@pytest.mark.parametrize("cls", SOLUTIONS)
@settings(max_examples=300)
@given(case=cases())
def test_matches_brute_force(cls: type, case: tuple[list[int], int]) -> None:
    nums, k = case
    before = list(nums)
    assert cls().findKthLargest(nums, k) == brute_force(before, k)
    if cls is not HeapSolution:  # HeapSolution copies a prefix; the others copy the whole input
        assert nums == before


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_degenerate_shapes(cls: type) -> None:
    assert cls().findKthLargest([7], 1) == 7
    assert cls().findKthLargest([2, 2, 2, 2], 3) == 2
    assert cls().findKthLargest([1, 2], 1) == 2
    assert cls().findKthLargest([1, 2], 2) == 1
    assert cls().findKthLargest([-10**4, 10**4, 0], 2) == 0
    assert cls().findKthLargest([5, 1, 5, 1, 5], 3) == 5
    assert cls().findKthLargest([5, 1, 5, 1, 5], 4) == 1


@pytest.mark.parametrize("before", [operator.lt, operator.gt])
@settings(max_examples=300)
@given(items=st.lists(st.integers(-50, 50), max_size=100), pushes=st.lists(st.integers(-50, 50), max_size=50))
def test_hand_written_heap(before: object, items: list[int], pushes: list[int]) -> None:
    """Min-heap (lt) and max-heap (gt): heapify, push, then pop everything in order."""
    heap = BinaryHeap(items, before=before)
    a = heap.a
    for i in range(1, len(a)):  # the heap property after the O(n) build
        assert not before(a[i], a[(i - 1) // 2])
    for x in pushes:
        heap.push(x)
    assert len(heap) == len(items) + len(pushes)
    popped = [heap.pop() for _ in range(len(heap))]
    assert popped == sorted(items + pushes, reverse=before is operator.gt)
    assert len(heap) == 0


def inputs(n: int) -> dict[str, list[int]]:
    rng = random.Random(215)
    return {
        "all equal": [3] * n,
        "ascending": [i % 20001 - 10**4 for i in range(n)],
        "descending": [10**4 - i % 20001 for i in range(n)],
        "random": [rng.randint(-(10**4), 10**4) for _ in range(n)],
        "two values": [rng.choice((-1, 1)) for _ in range(n)],
    }


@pytest.mark.parametrize("name", ["all equal", "ascending", "descending", "random", "two values"])
def test_maximum_constraints(name: str) -> None:
    n = 10**5  # 1 <= k <= n <= 1e5, -1e4 <= nums[i] <= 1e4
    nums = inputs(n)[name]
    ordered = sorted(nums, reverse=True)
    for k in (1, 2, n // 2, n - 1, n):
        assert Solution().findKthLargest(nums, k) == ordered[k - 1]
    for k in (1, n // 2, n):
        assert HeapSolution().findKthLargest(nums, k) == ordered[k - 1]
    for k in (1, n // 10):
        assert HandHeapSolution().findKthLargest(nums, k) == ordered[k - 1]


class OutOfBudget(Exception):
    pass


class Counted:
    """An int that counts its comparisons and stops the run once over budget, so a
    quadratic quickselect fails fast instead of running for minutes."""

    budget = 0
    used = 0

    def __init__(self, value: int) -> None:
        self.value = value

    def _tick(self) -> None:
        Counted.used += 1
        if Counted.used > Counted.budget:
            raise OutOfBudget(f"more than {Counted.budget} comparisons")

    def __lt__(self, other: "Counted") -> bool:
        self._tick()
        return self.value < other.value

    def __gt__(self, other: "Counted") -> bool:
        self._tick()
        return self.value > other.value


@pytest.mark.parametrize("name", ["all equal", "ascending", "descending", "two values"])
def test_quickselect_stays_linear(name: str) -> None:
    n = 10**5
    nums = inputs(n)[name]
    ordered = sorted(nums, reverse=True)
    random.seed(215)  # the pivots come from the global random module
    for k in ((1, n // 2, n) if name == "all equal" else (n // 2,)):
        Counted.used, Counted.budget = 0, 20 * n
        assert Solution().findKthLargest([Counted(x) for x in nums], k).value == ordered[k - 1]
        if name == "all equal":  # one three-way pass, two comparisons per element, and done
            assert Counted.used <= 2 * n


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
# n <= 1e5 values in [-1e4, 1e4], k = n // 2 (the median: the most partitioning work)
BENCH = bench.Case(10**5, 2000, lambda n: (bench.ints(215, n, -(10**4), 10**4), n // 2),
                   lambda x: Solution().findKthLargest(*x), lambda x: brute_force(*x))
