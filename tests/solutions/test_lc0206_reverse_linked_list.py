import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.lc0206_reverse_linked_list import EXAMPLES, RecursiveSolution, Solution
from solutions.structures import build_list, list_nodes, list_values
from tests.solutions import bench

SOLUTIONS = [Solution, RecursiveSolution]


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_examples(cls: type) -> None:
    for example in EXAMPLES:
        assert list_values(cls().reverseList(build_list(example.inputs["head"]))) == example.output


@pytest.mark.parametrize("cls", SOLUTIONS)
@settings(max_examples=300)
@given(values=st.lists(st.integers(-5000, 5000), max_size=200))
def test_matches_brute_force(cls: type, values: list[int]) -> None:
    head = build_list(values)
    before = list_nodes(head)
    after = list_nodes(cls().reverseList(head))
    assert [node.val for node in after] == values[::-1]
    assert [id(node) for node in after] == [id(node) for node in reversed(before)]  # relinked, not copied


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_degenerate_shapes(cls: type) -> None:
    assert cls().reverseList(None) is None
    single = build_list([1])
    assert cls().reverseList(single) is single and single.next is None
    assert list_values(cls().reverseList(build_list([2] * 6))) == [2] * 6
    head = build_list([1, 2])
    new_head = cls().reverseList(head)
    assert head.next is None and new_head.next is head  # the old head is the new tail


def test_recursive_on_a_short_list() -> None:
    # the recursive version is for teaching: depth n, so keep it well under the default limit
    values = list(range(500))
    assert list_values(RecursiveSolution().reverseList(build_list(values))) == values[::-1]


def test_maximum_constraints() -> None:
    values = [i - 2500 for i in range(5000)]  # 0 <= nodes <= 5000, -5000 <= Node.val <= 5000
    assert list_values(Solution().reverseList(build_list(values))) == values[::-1]


def test_long_list_is_iterative() -> None:
    values = list(range(10**5))
    assert list_values(Solution().reverseList(build_list(values))) == values[::-1]


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
# <= 5000 nodes in [-5000, 5000]; the oracle is the reversed list of values
BENCH = bench.Case(5000, 2000, lambda n: bench.linked(bench.ints(206, n, -5000, 5000)),
                   lambda x: Solution().reverseList(x[0]), lambda x: x[1][::-1],
                   lambda x, out: list_values(out))
