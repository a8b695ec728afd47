from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.lc0024_swap_nodes_in_pairs import EXAMPLES, Solution
from solutions.structures import build_list, list_nodes, list_values
from tests.solutions import bench


def brute_force(items: list) -> list:
    result = list(items)
    for i in range(0, len(result) - 1, 2):
        result[i], result[i + 1] = result[i + 1], result[i]
    return result


def test_examples() -> None:
    for example in EXAMPLES:
        assert list_values(Solution().swapPairs(build_list(example.inputs["head"]))) == example.output


@settings(max_examples=300)
@given(st.lists(st.integers(0, 100), max_size=100))
def test_matches_brute_force(values: list[int]) -> None:
    head = build_list(values)
    before = list_nodes(head)
    after = list_nodes(Solution().swapPairs(head))
    assert [node.val for node in after] == brute_force(values)
    # nodes are swapped, not values: the same objects in the swapped order
    assert [id(node) for node in after] == [id(node) for node in brute_force(before)]
    assert all(node.val == value for node, value in zip(before, values))


def test_degenerate_shapes() -> None:
    assert Solution().swapPairs(None) is None
    single = build_list([5])
    assert Solution().swapPairs(single) is single and single.next is None
    assert list_values(Solution().swapPairs(build_list([1, 2, 3]))) == [2, 1, 3]  # odd length
    equal = build_list([7, 7])
    first, second = list_nodes(equal)
    new_head = Solution().swapPairs(equal)
    assert new_head is second and second.next is first and first.next is None  # equal values still move


def test_maximum_constraints() -> None:
    values = list(range(100))  # 0 <= nodes <= 100, 0 <= Node.val <= 100
    assert list_values(Solution().swapPairs(build_list(values))) == brute_force(values)
    assert list_values(Solution().swapPairs(build_list(values[:99]))) == brute_force(values[:99])


def test_long_list_is_iterative() -> None:
    values = list(range(10**5 + 1))
    assert list_values(Solution().swapPairs(build_list(values))) == brute_force(values)


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
# list of <= 100 nodes in [0, 100]
BENCH = bench.Case(100, 100, lambda n: bench.linked(bench.ints(24, n, 0, 100)),
                   lambda x: Solution().swapPairs(x[0]),
                   lambda x: brute_force(x[1]), lambda x, out: list_values(out))
