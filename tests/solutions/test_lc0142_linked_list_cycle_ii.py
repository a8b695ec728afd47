from typing import Optional

from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.lc0142_linked_list_cycle_ii import EXAMPLES, Solution
from solutions.structures import ListNode, build_cycle_list
from tests.solutions import bench


def brute_force(head: Optional[ListNode]) -> Optional[ListNode]:
    """Walk and remember every node id: the first node seen twice is the cycle's entry."""
    seen: set[int] = set()
    node = head
    while node is not None:
        if id(node) in seen:
            return node
        seen.add(id(node))
        node = node.next
    return None


def nodes_in_order(head: Optional[ListNode], count: int) -> list[ListNode]:
    nodes = []
    for _ in range(count):
        nodes.append(head)
        head = head.next
    return nodes


def check(values: list[int], pos: int) -> None:
    head = build_cycle_list(values, pos)
    nodes = nodes_in_order(head, len(values))
    entry = Solution().detectCycle(head)
    assert entry is brute_force(head)
    assert entry is (nodes[pos] if pos >= 0 else None)
    # the list is left as it was
    assert nodes_in_order(head, len(values)) == nodes
    if nodes:
        assert nodes[-1].next is (nodes[pos] if pos >= 0 else None)


def test_examples() -> None:
    for example in EXAMPLES:
        head = build_cycle_list(example.inputs["head"], example.inputs["pos"])
        nodes = nodes_in_order(head, len(example.inputs["head"]))
        entry = Solution().detectCycle(head)
        assert (nodes.index(entry) if entry is not None else -1) == example.output


@settings(max_examples=300)
@given(st.lists(st.integers(-10**5, 10**5), max_size=80), st.data())
def test_matches_brute_force(values: list[int], data: st.DataObject) -> None:
    pos = data.draw(st.integers(-1, len(values) - 1)) if values else -1
    check(values, pos)


@settings(max_examples=300)
@given(st.integers(1, 60), st.integers(0, 3), st.data())
def test_all_equal_values(n: int, value: int, data: st.DataObject) -> None:
    # values say nothing: only node identity can find the entry
    check([value] * n, data.draw(st.integers(-1, n - 1)))


def test_degenerate_shapes() -> None:
    check([], -1)  # empty list
    check([1], -1)  # single node, no cycle
    check([1], 0)  # self-loop on the only node
    check([1, 2, 3, 4], 3)  # self-loop on the tail
    check([1, 2, 3, 4], 0)  # the whole list is the cycle: entry is the head
    check([1, 2], 0)
    check([1, 2], 1)


def test_maximum_constraints() -> None:
    n = 10**4  # 0 <= nodes <= 1e4, -1e5 <= Node.val <= 1e5
    values = [(i * 37) % (2 * 10**5 + 1) - 10**5 for i in range(n)]
    for pos in (-1, 0, 1, n // 2, n - 2, n - 1):
        check(values, pos)


def test_long_list_is_iterative() -> None:
    n = 10**5
    values = list(range(n))
    for pos in (-1, 0, 3, n - 1):
        check(values, pos)


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
# <= 1e4 nodes in [-1e5, 1e5]; the tail links back to node n // 3
BENCH = bench.Case(10**4, 2000, lambda n: build_cycle_list(bench.ints(142, n, -(10**5), 10**5), n // 3),
                   lambda head: Solution().detectCycle(head), brute_force)
