"""Depth-first orders of a binary tree computed without a traversal, as an oracle for 94/144/145.

Each node gets a key: its path from the root, one digit per step down (one digit for "left",
another for "right"), ended by a third digit that stands for the node itself. Sorting the keys
as strings puts a node before or after its subtrees according to where its own digit falls
between the two step digits: first for preorder, between for inorder, last for postorder.
Keys are distinct, so node values are never compared. O(n h log n) for height h.
"""

from __future__ import annotations

from collections import deque
from typing import Optional

from solutions.structures import TreeNode


def order_by_paths(root: Optional[TreeNode], *, left: str, node: str, right: str) -> list[int]:
    keyed: list[tuple[str, int]] = []
    queue: deque[tuple[Optional[TreeNode], str]] = deque([(root, "")])
    while queue:
        current, path = queue.popleft()
        if current is not None:
            keyed.append((path + node, current.val))
            queue.append((current.left, path + left))
            queue.append((current.right, path + right))
    return [value for _, value in sorted(keyed)]
