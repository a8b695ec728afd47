import bisect
import random
from typing import Optional

from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.lc0295_find_median_from_data_stream import EXAMPLES, MedianFinder, run
from tests.solutions import bench


def reference(operations: list[str], arguments: list[list[int]]) -> list[Optional[float]]:
    """A plain sorted list: insert in place, read the middle one or two."""
    values: list[int] = []
    output: list[Optional[float]] = []
    for operation, args in zip(operations, arguments):
        if operation == "addNum":
            bisect.insort(values, args[0])
            output.append(None)
        elif operation == "findMedian":
            n = len(values)
            middle = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
            output.append(float(middle))
        else:
            output.append(None)
    return output


def program(values: list[int], asks: list[bool]) -> tuple[list[str], list[list[int]]]:
    """addNum each value; after the i-th add, ask for the median if asks[i]."""
    operations, arguments = ["MedianFinder"], [[]]
    for value, ask in zip(values, asks):
        operations.append("addNum")
        arguments.append([value])
        if ask:
            operations.append("findMedian")
            arguments.append([])
    return operations, arguments


def test_examples() -> None:
    for example in EXAMPLES:
        assert run(**example.inputs) == example.output
        assert reference(**example.inputs) == example.output


@st.composite
def sequences(draw: st.DrawFn) -> tuple[list[str], list[list[int]]]:
    bound = draw(st.sampled_from([0, 2, 10**5]))  # small ranges: many equal values
    values = draw(st.lists(st.integers(-bound, bound), min_size=1, max_size=150))
    asks = draw(st.lists(st.booleans(), min_size=len(values), max_size=len(values)))
    asks[-1] = True
    return program(values, asks)


@settings(max_examples=300)
@given(case=sequences())
def test_random_operations_match_sorted_list(case: tuple[list[str], list[list[int]]]) -> None:
    operations, arguments = case
    got = run(operations, arguments)
    # medians of integers are integers or halves: exact in floating point, so compare exactly
    assert got == reference(operations, arguments)
    assert all(isinstance(x, float) for x, op in zip(got, operations) if op == "findMedian")


def test_degenerate_streams() -> None:
    finder = MedianFinder()
    finder.addNum(-(10**5))
    assert finder.findMedian() == -100000.0
    finder.addNum(10**5)
    assert finder.findMedian() == 0.0
    finder.addNum(10**5)
    assert finder.findMedian() == 100000.0
    finder.addNum(-1)
    assert finder.findMedian() == 49999.5
    same = MedianFinder()
    for _ in range(10):
        same.addNum(4)
        assert same.findMedian() == 4.0
    # increasing and decreasing streams: every value lands on the same side first
    for values in (list(range(1, 101)), list(range(100, 0, -1))):
        finder = MedianFinder()
        for count, value in enumerate(values, 1):
            finder.addNum(value)
            ordered = sorted(values[:count])
            expected = (ordered[(count - 1) // 2] + ordered[count // 2]) / 2
            assert finder.findMedian() == expected


def test_maximum_constraints() -> None:
    # at most 5e4 calls to addNum and findMedian together, -1e5 <= num <= 1e5
    rng = random.Random(295)
    for values in (
        [rng.randint(-(10**5), 10**5) for _ in range(25_000)],
        list(range(-12_500, 12_500)),
        [7] * 25_000,
        [(-1) ** i * 10**5 for i in range(25_000)],
    ):
        operations, arguments = program(values, [True] * len(values))
        assert len(operations) - 1 == 50_000
        assert run(operations, arguments) == reference(operations, arguments)
    # adds only, then one question
    values = [rng.randint(-(10**5), 10**5) for _ in range(49_999)]
    operations, arguments = program(values, [False] * 49_998 + [True])
    ordered = sorted(values)
    assert run(operations, arguments)[-1] == float(ordered[len(values) // 2])


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
def bench_input(n: int) -> tuple[list[str], list[list[int]]]:
    """n calls, addNum of a random value then findMedian, alternating."""
    operations, arguments = ["MedianFinder"], [[]]
    for value in bench.ints(295, n // 2, -(10**5), 10**5):
        operations += ["addNum", "findMedian"]
        arguments += [[value], []]
    return operations, arguments


# <= 5e4 calls to addNum and findMedian together, num in [-1e5, 1e5]
BENCH = bench.Case(5 * 10**4, 2000, bench_input, lambda x: run(*x), lambda x: reference(*x))
