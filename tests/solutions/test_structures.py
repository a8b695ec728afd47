from hypothesis import given
from hypothesis import strategies as st

from solutions.structures import (
    build_cycle_list,
    build_intersecting_lists,
    build_list,
    build_tree,
    find_node,
    list_nodes,
    list_values,
    tree_level_order,
)

values = st.lists(st.integers(-100, 100), max_size=30)


@given(values)
def test_list_round_trip(items: list[int]) -> None:
    assert list_values(build_list(items)) == items


def test_long_list_is_iterative() -> None:
    items = list(range(10**5))
    assert list_values(build_list(items)) == items


@given(st.lists(st.integers(), min_size=1, max_size=20), st.data())
def test_cycle_list_links_tail_to_pos(items: list[int], data: st.DataObject) -> None:
    pos = data.draw(st.integers(-1, len(items) - 1))
    head = build_cycle_list(items, pos)
    node = head
    seen = []
    for _ in range(len(items)):
        seen.append(node)
        node = node.next
    assert [n.val for n in seen] == items
    assert node is (seen[pos] if pos >= 0 else None)


@given(values, values, values)
def test_intersecting_lists_share_nodes(a: list[int], b: list[int], shared: list[int]) -> None:
    head_a, head_b, meet = build_intersecting_lists(a + shared, b + shared, len(a), len(b))
    assert list_values(head_a) == a + shared and list_values(head_b) == b + shared
    nodes_a = list_nodes(head_a)
    nodes_b = list_nodes(head_b)
    if shared:
        assert nodes_a[len(a)] is meet and nodes_b[len(b)] is meet
        assert not set(map(id, nodes_a[: len(a)])) & set(map(id, nodes_b))
    else:
        assert meet is None and not set(map(id, nodes_a)) & set(map(id, nodes_b))


def test_tree_leetcode_example() -> None:
    notation = [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4]
    root = build_tree(notation)
    assert root.val == 3 and root.left.val == 5 and root.right.val == 1
    assert root.left.right.left.val == 7 and root.left.right.right.val == 4
    assert root.left.left.left is None
    assert tree_level_order(root) == notation
    assert find_node(root, 2) is root.left.right


@st.composite
def level_orders(draw: st.DrawFn) -> list:
    """A valid LeetCode level order: build a random tree shape, then serialise by hand."""
    n = draw(st.integers(0, 25))
    result = []
    open_slots = 1  # children slots waiting in the queue
    count = 0
    while open_slots and count < n:
        present = count == 0 or draw(st.booleans())
        open_slots -= 1
        if present:
            result.append(count)
            count += 1
            open_slots += 2
        else:
            result.append(None)
    while result and result[-1] is None:
        result.pop()
    return result


@given(level_orders())
def test_tree_round_trip(notation: list) -> None:
    assert tree_level_order(build_tree(notation)) == notation


def test_chain_tree_of_1e5_nodes() -> None:
    n = 10**5
    notation = [0]
    for i in range(1, n):
        notation += [i, None]
    notation = notation[:]  # left chain
    while notation[-1] is None:
        notation.pop()
    root = build_tree(notation)
    depth = 0
    node = root
    while node:
        depth += 1
        node = node.left
    assert depth == n
    assert tree_level_order(root) == notation
