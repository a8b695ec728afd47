from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.lc0203_remove_linked_list_elements import EXAMPLES, Solution
from solutions.structures import build_list, list_nodes, list_values
from tests.solutions import bench


def brute_force(values: list[int], val: int) -> list[int]:
    return [v for v in values if v != val]


def test_examples() -> None:
    for example in EXAMPLES:
        head = build_list(example.inputs["head"])
        assert list_values(Solution().removeElements(head, example.inputs["val"])) == example.output


@settings(max_examples=300)
@given(st.lists(st.integers(1, 6), max_size=60), st.integers(0, 7))
def test_matches_brute_force(values: list[int], val: int) -> None:
    head = build_list(values)
    before = list_nodes(head)
    after = list_nodes(Solution().removeElements(head, val))
    assert [node.val for node in after] == brute_force(values, val)
    # the kept nodes are the original objects, in order
    assert [id(node) for node in after] == [id(node) for node in before if node.val != val]


def test_degenerate_shapes() -> None:
    assert Solution().removeElements(None, 1) is None
    assert Solution().removeElements(build_list([3]), 3) is None
    assert list_values(Solution().removeElements(build_list([3]), 4)) == [3]
    assert list_values(Solution().removeElements(build_list([1, 1, 2, 1, 1]), 1)) == [2]  # runs at both ends
    assert list_values(Solution().removeElements(build_list([2, 1, 1, 1, 2]), 1)) == [2, 2]  # run in the middle


def test_maximum_constraints() -> None:
    n = 10**4  # 0 <= nodes <= 1e4, 1 <= Node.val <= 50, 0 <= val <= 50
    values = [i % 50 + 1 for i in range(n)]
    assert list_values(Solution().removeElements(build_list(values), 50)) == brute_force(values, 50)
    assert Solution().removeElements(build_list([50] * n), 50) is None
    assert list_values(Solution().removeElements(build_list([50] * n), 0)) == [50] * n


def test_long_list_is_iterative() -> None:
    values = [i % 3 for i in range(10**5)]
    assert list_values(Solution().removeElements(build_list(values), 1)) == brute_force(values, 1)


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
# <= 1e4 nodes in [1, 50]; remove val = 25
BENCH = bench.Case(10**4, 2000, lambda n: bench.linked(bench.ints(203, n, 1, 50), 25),
                   lambda x: Solution().removeElements(x[0], x[2]),
                   lambda x: brute_force(x[1], x[2]), lambda x, out: list_values(out))
