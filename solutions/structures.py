"""LeetCode's node classes and builders between LeetCode's notations and nodes.

The classes match the definitions LeetCode's Python 3 editor provides, so a
solution written against them pastes into LeetCode unchanged. All builders are
iterative: LeetCode's inputs reach 10^5 nodes, deeper than Python's recursion limit.
"""

from __future__ import annotations

from collections import deque
from typing import Optional


class ListNode:
    def __init__(self, val: int = 0, next: Optional[ListNode] = None):
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val})"


class TreeNode:
    def __init__(self, val: int = 0, left: Optional[TreeNode] = None, right: Optional[TreeNode] = None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val})"


def build_list(values: list[int]) -> Optional[ListNode]:
    """[1, 2, 3] -> 1 -> 2 -> 3."""
    dummy = ListNode()
    tail = dummy
    for value in values:
        tail.next = ListNode(value)
        tail = tail.next
    return dummy.next


def list_nodes(head: Optional[ListNode], limit: int = 10**6) -> list[ListNode]:
    """The nodes from head on; raises on a cycle (more than ``limit`` nodes)."""
    nodes: list[ListNode] = []
    while head is not None:
        if len(nodes) >= limit:
            raise ValueError(f"list longer than {limit} nodes: is there a cycle?")
        nodes.append(head)
        head = head.next
    return nodes


def list_values(head: Optional[ListNode]) -> list[int]:
    """1 -> 2 -> 3 -> [1, 2, 3] (the notation LeetCode prints)."""
    return [node.val for node in list_nodes(head)]


def build_cycle_list(values: list[int], pos: int) -> Optional[ListNode]:
    """LeetCode's (head, pos): the tail links back to the node at index pos; -1 means no cycle."""
    if not -1 <= pos < max(len(values), 1) or (pos >= 0 and not values):
        raise ValueError(f"pos {pos} out of range for {len(values)} nodes")
    head = build_list(values)
    if pos >= 0 and head is not None:
        nodes = []
        node: Optional[ListNode] = head
        while node is not None:
            nodes.append(node)
            node = node.next
        nodes[-1].next = nodes[pos]
    return head


def build_intersecting_lists(
    list_a: list[int], list_b: list[int], skip_a: int, skip_b: int
) -> tuple[Optional[ListNode], Optional[ListNode], Optional[ListNode]]:
    """LeetCode 160's notation: the lists share the suffix from list_a[skip_a] / list_b[skip_b].

    The shared suffix must have equal values in both lists (LeetCode's rule). If
    skip_a == len(list_a) the lists do not intersect. Returns (headA, headB, intersection).
    """
    if not (0 <= skip_a <= len(list_a) and 0 <= skip_b <= len(list_b)):
        raise ValueError("skip out of range")
    if list_a[skip_a:] != list_b[skip_b:] or (skip_a == len(list_a)) != (skip_b == len(list_b)):
        raise ValueError("the shared suffixes of list_a and list_b differ")
    shared = build_list(list_a[skip_a:])
    head_a = _prepend(list_a[:skip_a], shared)
    head_b = _prepend(list_b[:skip_b], shared)
    return head_a, head_b, shared


def _prepend(values: list[int], rest: Optional[ListNode]) -> Optional[ListNode]:
    head = rest
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def build_tree(level_order: list[Optional[int]]) -> Optional[TreeNode]:
    """LeetCode's level order with None for null, e.g. [3, 9, 20, None, None, 15, 7]."""
    if not level_order or level_order[0] is None:
        return None
    root = TreeNode(level_order[0])
    queue = deque([root])
    index = 1
    while queue and index < len(level_order):
        node = queue.popleft()
        for side in ("left", "right"):
            if index < len(level_order) and level_order[index] is not None:
                child = TreeNode(level_order[index])
                setattr(node, side, child)
                queue.append(child)
            index += 1
    return root


def build_chain(n: int, side: str) -> Optional[TreeNode]:
    """A degenerate tree 0 -> 1 -> ... -> n-1, each node the `side` ("left"/"right") child of the last."""
    root = None
    for value in reversed(range(n)):
        node = TreeNode(value)
        setattr(node, side, root)
        root = node
    return root


def tree_level_order(root: Optional[TreeNode]) -> list[Optional[int]]:
    """The inverse of build_tree: level order with None for null, trailing Nones removed."""
    result: list[Optional[int]] = []
    queue: deque[Optional[TreeNode]] = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            result.append(None)
            continue
        result.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while result and result[-1] is None:
        result.pop()
    return result


def find_node(root: Optional[TreeNode], value: int) -> TreeNode:
    """The first node with this value in level order (LeetCode names LCA nodes by value)."""
    queue = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            continue
        if node.val == value:
            return node
        queue.append(node.left)
        queue.append(node.right)
    raise ValueError(f"no node with value {value}")
