import random
import signal
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from solutions.lc0164_maximum_gap import EXAMPLES, RadixSortSolution, Solution
from tests.solutions import bench

SOLUTIONS = (Solution, RadixSortSolution)


def brute_force(nums: list[int]) -> int:
    values = sorted(nums)
    return max((b - a for a, b in zip(values, values[1:])), default=0)


def test_examples() -> None:
    for cls in SOLUTIONS:
        for example in EXAMPLES:
            assert cls().maximumGap(**example.inputs) == example.output


@settings(max_examples=300)
@given(st.lists(st.integers(0, 10**9), min_size=1, max_size=60))
def test_matches_brute_force_wide_values(nums: list[int]) -> None:
    for cls in SOLUTIONS:
        assert cls().maximumGap(list(nums)) == brute_force(nums)


@settings(max_examples=300)
@given(st.lists(st.integers(0, 20), min_size=1, max_size=60))
def test_matches_brute_force_many_duplicates(nums: list[int]) -> None:
    for cls in SOLUTIONS:
        assert cls().maximumGap(list(nums)) == brute_force(nums)


@settings(max_examples=300)
@given(st.integers(0, 10**6), st.integers(1, 10**4), st.integers(2, 200), st.randoms(use_true_random=False))
def test_arithmetic_progression(start: int, step: int, n: int, rnd: random.Random) -> None:
    # every gap equals the bucket width exactly: the boundary case of the pigeonhole bound
    nums = [start + i * step for i in range(n)]
    rnd.shuffle(nums)
    for cls in SOLUTIONS:
        assert cls().maximumGap(nums) == step


def test_degenerate() -> None:
    for cls in SOLUTIONS:
        assert cls().maximumGap([0]) == 0
        assert cls().maximumGap([10**9]) == 0
        assert cls().maximumGap([7] * 1000) == 0
        assert cls().maximumGap([0, 10**9]) == 10**9
        assert cls().maximumGap([10**9, 0]) == 10**9
        assert cls().maximumGap([5, 5, 6]) == 1
        assert cls().maximumGap([0, 3, 4]) == 3
        assert cls().maximumGap([1, 10**9, 10**9 - 1, 2]) == 10**9 - 3


def test_maximum_constraints() -> None:
    # 1 <= n <= 1e5, 0 <= nums[i] <= 1e9
    rnd = random.Random(164)
    n = 10**5
    cases = [
        [rnd.randint(0, 10**9) for _ in range(n)],
        [rnd.randint(0, 10**9) for _ in range(n - 2)] + [0, 10**9],
        # values that differ by 1 near 1e9, plus one far outlier
        [10**9 - rnd.randint(0, 1000) for _ in range(n - 1)] + [0],
        [rnd.choice((0, 10**9)) for _ in range(n)],
        list(range(0, 10**9, 10**4)),  # 1e5 values, every gap exactly 1e4
    ]
    for nums in cases:
        expected = brute_force(nums)
        for cls in SOLUTIONS:
            assert cls().maximumGap(list(nums)) == expected


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Turn an endless loop into a failure instead of a hung test run."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# No shrinking: an endless loop would make every shrinking step wait for the time limit.
@settings(max_examples=300, phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(st.lists(st.integers(-(10**9), 10**9), min_size=1, max_size=60))
def test_negative_values_too(nums: list[int]) -> None:
    # outside LeetCode's 0 <= nums[i]: both solutions work on x - min, so negatives are fine
    for cls in SOLUTIONS:
        with time_limit(1):
            assert cls().maximumGap(list(nums)) == brute_force(nums)


def test_all_negative() -> None:
    for cls in SOLUTIONS:
        with time_limit(1):
            assert cls().maximumGap([-5, -1, -3]) == 2
            assert cls().maximumGap([-(10**9), -1]) == 10**9 - 1
            assert cls().maximumGap([-7, -7]) == 0
            assert cls().maximumGap([-3, 4, -1]) == 5


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
# n <= 1e5 values in [0, 1e9]
BENCH = bench.Case(10**5, 2000, lambda n: bench.ints(164, n, 0, 10**9),
                   lambda nums: Solution().maximumGap(nums), brute_force)
