from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.lc0088_merge_sorted_array import EXAMPLES, Solution
from tests.solutions import bench

BOUND = 10**9  # -1e9 <= nums1[i], nums2[j] <= 1e9


def brute_force(first: list[int], second: list[int]) -> list[int]:
    return sorted(first + second)


def merged(first: list[int], second: list[int], padding: int = 0) -> list[int]:
    nums1 = first + [padding] * len(second)
    result = Solution().merge(nums1, len(first), list(second), len(second))
    assert result is None  # in place: LeetCode reads nums1
    return nums1


def test_examples() -> None:
    for example in EXAMPLES:
        inputs = example.inputs
        nums1 = list(inputs["nums1"])
        assert Solution().merge(nums1, inputs["m"], list(inputs["nums2"]), inputs["n"]) is None
        assert nums1 == example.output


sorted_lists = st.lists(st.integers(-BOUND, BOUND), max_size=100).map(sorted)


@settings(max_examples=300)
@given(sorted_lists, sorted_lists, st.integers(-BOUND, BOUND))
def test_matches_brute_force(first: list[int], second: list[int], padding: int) -> None:
    # the n trailing slots of nums1 are placeholders; their content must not matter
    assert merged(first, second, padding) == brute_force(first, second)


@settings(max_examples=300)
@given(st.lists(st.integers(-3, 3), max_size=30).map(sorted), st.lists(st.integers(-3, 3), max_size=30).map(sorted))
def test_many_duplicates(first: list[int], second: list[int]) -> None:
    assert merged(first, second) == brute_force(first, second)


def test_nums2_does_not_change() -> None:
    second = [1, 4, 9]
    nums1 = [2, 3, 0, 0, 0]
    Solution().merge(nums1, 2, second, 3)
    assert second == [1, 4, 9] and nums1 == [1, 2, 3, 4, 9]


def test_degenerate_shapes() -> None:
    assert merged([], [5]) == [5]  # m = 0
    assert merged([5], []) == [5]  # n = 0
    assert merged([7] * 4, [7] * 3) == [7] * 7  # all equal
    assert merged([1, 2, 3], [4, 5, 6]) == [1, 2, 3, 4, 5, 6]  # nums2 all after
    assert merged([4, 5, 6], [1, 2, 3]) == [1, 2, 3, 4, 5, 6]  # nums2 all before
    assert merged([-BOUND], [BOUND]) == [-BOUND, BOUND]


def test_maximum_constraints() -> None:
    # 0 <= m, n <= 200, 1 <= m + n <= 200
    assert merged(list(range(0, 200, 2)), list(range(1, 200, 2))) == list(range(200))
    assert merged([], list(range(200))) == list(range(200))
    assert merged(list(range(200)), []) == list(range(200))
    assert merged([BOUND] * 100, [-BOUND] * 100) == [-BOUND] * 100 + [BOUND] * 100


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
def bench_input(n: int) -> tuple[list[int], int, list[int], int, list[int], list[int]]:
    """m = n = total / 2: (nums1 with n free slots, m, nums2, n, first, second)."""
    m = n // 2
    first = sorted(bench.ints(88, m, -(10**9), 10**9))
    second = sorted(bench.ints(880, n - m, -(10**9), 10**9))
    return first + [0] * (n - m), m, list(second), n - m, first, second


# m + n <= 200 values in [-1e9, 1e9], here m = n = 100; merge overwrites nums1
BENCH = bench.Case(200, 200, bench_input, lambda x: Solution().merge(*x[:4]),
                   lambda x: brute_force(x[4], x[5]), lambda x, out: x[0])
