import random
from typing import Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.lc0160_intersection_of_two_linked_lists import EXAMPLES, PointerSwitchSolution, Solution
from solutions.structures import ListNode, build_intersecting_lists, build_list, list_nodes, list_values
from tests.solutions import bench

SOLUTIONS = [Solution, PointerSwitchSolution]


def brute_force(head_a: Optional[ListNode], head_b: Optional[ListNode]) -> Optional[ListNode]:
    """Compare node identities: the first node of B that is also a node of A."""
    in_a = {id(node) for node in list_nodes(head_a)}
    for node in list_nodes(head_b):
        if id(node) in in_a:
            return node
    return None


def check(cls: type, head_a: Optional[ListNode], head_b: Optional[ListNode], expected: Optional[ListNode]) -> None:
    values_a, values_b = list_values(head_a), list_values(head_b)
    found = cls().getIntersectionNode(head_a, head_b)
    assert found is expected
    assert found is brute_force(head_a, head_b)
    assert list_values(head_a) == values_a and list_values(head_b) == values_b  # lists untouched


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_examples(cls: type) -> None:
    for example in EXAMPLES:
        i = example.inputs
        head_a, head_b, shared = build_intersecting_lists(i["listA"], i["listB"], i["skipA"], i["skipB"])
        found = cls().getIntersectionNode(head_a, head_b)
        assert found is shared
        assert (found.val if found is not None else None) == example.output


small = st.lists(st.integers(1, 3), max_size=25)  # few values: many equal-valued but distinct nodes


@pytest.mark.parametrize("cls", SOLUTIONS)
@settings(max_examples=300)
@given(prefix_a=small, prefix_b=small, shared=small)
def test_matches_brute_force(cls: type, prefix_a: list[int], prefix_b: list[int], shared: list[int]) -> None:
    head_a, head_b, meet = build_intersecting_lists(
        prefix_a + shared, prefix_b + shared, len(prefix_a), len(prefix_b)
    )
    check(cls, head_a, head_b, meet)


@pytest.mark.parametrize("cls", SOLUTIONS)
@settings(max_examples=300)
@given(a=small, b=small)
def test_separate_lists_never_intersect(cls: type, a: list[int], b: list[int]) -> None:
    check(cls, build_list(a), build_list(b), None)


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_degenerate_shapes(cls: type) -> None:
    # equal values, no shared node: no intersection (identity, not value)
    check(cls, build_list([1, 2, 3]), build_list([1, 2, 3]), None)
    check(cls, build_list([4]), build_list([4]), None)
    # equal values everywhere, shared tail: the shared node, not the first equal value
    head_a, head_b, meet = build_intersecting_lists([5, 5, 5, 5], [5, 5, 5], 2, 1)
    check(cls, head_a, head_b, meet)
    # intersection at the first node: both heads are the same node
    head = build_list([1, 2, 3])
    check(cls, head, head, head)
    # one list is a suffix of the other
    head_a, head_b, meet = build_intersecting_lists([9, 1, 2], [1, 2], 1, 0)
    assert meet is head_b
    check(cls, head_a, head_b, head_b)
    # intersection at the last node; single nodes
    head_a, head_b, meet = build_intersecting_lists([1, 2, 7], [3, 7], 2, 1)
    check(cls, head_a, head_b, meet)
    single = ListNode(1)
    check(cls, single, single, single)


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_maximum_constraints(cls: type) -> None:
    n = 3 * 10**4  # 1 <= m, n <= 3e4, 1 <= Node.val <= 1e5
    values = [i % 10**5 + 1 for i in range(n)]
    head_a, head_b, meet = build_intersecting_lists(values, values, 0, 0)
    check(cls, head_a, head_b, meet)  # same list: meet at the head
    head_a, head_b, meet = build_intersecting_lists(values, [7] + values[-1:], n - 1, 1)
    check(cls, head_a, head_b, meet)  # meet at the last node, very different lengths
    check(cls, build_list(values), build_list(values), None)  # equal values, disjoint
    head_a, head_b, meet = build_intersecting_lists(values, values[: n // 2] + values, n // 3, n // 2 + n // 3)
    check(cls, head_a, head_b, meet)


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_long_lists_are_iterative(cls: type) -> None:
    values = list(range(1, 10**5 + 1))
    head_a, head_b, meet = build_intersecting_lists(values, [0] * 10 + values[500:], 500, 10)
    check(cls, head_a, head_b, meet)


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
def bench_input(n: int) -> tuple[Optional[ListNode], Optional[ListNode]]:
    """List A has n nodes, list B about 5n/6; they share their last n // 3 nodes."""
    rng = random.Random(160)
    shared = [rng.randint(1, 10**5) for _ in range(n // 3)]
    a = [rng.randint(1, 10**5) for _ in range(n - len(shared))] + shared
    b = [rng.randint(1, 10**5) for _ in range(n // 2)] + shared
    head_a, head_b, _ = build_intersecting_lists(a, b, len(a) - len(shared), len(b) - len(shared))
    return head_a, head_b


# m, n <= 3e4 nodes in [1, 1e5]; n is the longer list
BENCH = bench.Case(3 * 10**4, 2000, bench_input,
                   lambda x: Solution().getIntersectionNode(*x), lambda x: brute_force(*x))
