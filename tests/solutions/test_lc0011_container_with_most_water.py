from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.lc0011_container_with_most_water import EXAMPLES, Solution
from tests.solutions import bench


def brute_force(height: list[int]) -> int:
    return max(
        min(height[i], height[j]) * (j - i)
        for i in range(len(height))
        for j in range(i + 1, len(height))
    )


def test_examples() -> None:
    for example in EXAMPLES:
        assert Solution().maxArea(**example.inputs) == example.output


@settings(max_examples=300)
@given(st.lists(st.integers(0, 10**4), min_size=2, max_size=60))
def test_matches_brute_force(height: list[int]) -> None:
    assert Solution().maxArea(height) == brute_force(height)


@given(st.integers(2, 50), st.integers(0, 10**4))
def test_all_equal_heights(n: int, h: int) -> None:
    assert Solution().maxArea([h] * n) == h * (n - 1)


def test_maximum_constraints() -> None:
    n = 10**5  # 2 <= n <= 1e5, 0 <= height[i] <= 1e4
    assert Solution().maxArea([10**4] * n) == 10**4 * (n - 1)
    # strictly increasing: best is a pair (i, n-1) with area max_i (i+1) * (n-1-i)
    increasing = [i // 10 for i in range(n)]
    expected = max(min(increasing[i], increasing[-1]) * (n - 1 - i) for i in range(n - 1))
    assert Solution().maxArea(increasing) == expected


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
# n heights in [0, 1e4], n <= 1e5
BENCH = bench.Case(10**5, 1000, lambda n: bench.ints(11, n, 0, 10**4),
                   lambda h: Solution().maxArea(h), brute_force)
