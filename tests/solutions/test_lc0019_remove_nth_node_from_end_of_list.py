from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.lc0019_remove_nth_node_from_end_of_list import EXAMPLES, Solution
from solutions.structures import build_list, list_nodes, list_values
from tests.solutions import bench


def brute_force(values: list[int], n: int) -> list[int]:
    index = len(values) - n  # the n-th from the end, counted from the front
    return values[:index] + values[index + 1 :]


def test_examples() -> None:
    for example in EXAMPLES:
        head = build_list(example.inputs["head"])
        assert list_values(Solution().removeNthFromEnd(head, example.inputs["n"])) == example.output


@settings(max_examples=300)
@given(st.lists(st.integers(0, 100), min_size=1, max_size=30), st.data())
def test_matches_brute_force(values: list[int], data: st.DataObject) -> None:
    n = data.draw(st.integers(1, len(values)))
    head = build_list(values)
    before = list_nodes(head)
    after = list_nodes(Solution().removeNthFromEnd(head, n))
    assert [node.val for node in after] == brute_force(values, n)
    # exactly the n-th node from the end is unlinked; the others are the same objects
    removed = before[len(values) - n]
    assert [id(node) for node in after] == [id(node) for node in before if node is not removed]


def test_degenerate_shapes() -> None:
    assert list_values(Solution().removeNthFromEnd(build_list([9]), 1)) == []  # single node
    assert list_values(Solution().removeNthFromEnd(build_list([1, 2, 3]), 3)) == [2, 3]  # the head
    assert list_values(Solution().removeNthFromEnd(build_list([1, 2, 3]), 1)) == [1, 2]  # the tail
    assert list_values(Solution().removeNthFromEnd(build_list([4, 4, 4, 4]), 2)) == [4, 4, 4]


def test_maximum_constraints() -> None:
    values = list(range(30))  # 1 <= sz <= 30, 1 <= n <= sz
    for n in range(1, 31):
        assert list_values(Solution().removeNthFromEnd(build_list(values), n)) == brute_force(values, n)


def test_long_list_is_iterative() -> None:
    values = list(range(10**5))
    for n in (1, 5 * 10**4, 10**5):
        assert list_values(Solution().removeNthFromEnd(build_list(values), n)) == brute_force(values, n)


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
# list of sz <= 30 nodes in [0, 100]; remove the ceil(sz/2)-th from the end
BENCH = bench.Case(30, 30, lambda n: bench.linked(bench.ints(19, n, 0, 100), (n + 1) // 2),
                   lambda x: Solution().removeNthFromEnd(x[0], x[2]),
                   lambda x: brute_force(x[1], x[2]), lambda x, out: list_values(out))
