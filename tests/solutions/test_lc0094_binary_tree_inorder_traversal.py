from typing import Optional

import pytest
from hypothesis import given, settings

from solutions.lc0094_binary_tree_inorder_traversal import (
    EXAMPLES,
    MarkingSolution,
    MorrisSolution,
    RecursiveSolution,
    Solution,
    run,
)
from solutions.structures import TreeNode, build_chain, build_tree, tree_level_order
from tests.solutions import bench
from tests.solutions.strategies import trees
from tests.solutions.tree_orders import order_by_paths

SOLUTIONS = [Solution, RecursiveSolution, MarkingSolution, MorrisSolution]
ITERATIVE = [Solution, MarkingSolution, MorrisSolution]


def oracle(root: Optional[TreeNode]) -> list[int]:
    """Inorder: the left subtree, the node, the right subtree, from sorted path keys (tests/solutions/tree_orders.py)."""
    return order_by_paths(root, left="0", node="1", right="2")


def links(root: Optional[TreeNode]) -> list[tuple[TreeNode, Optional[TreeNode], Optional[TreeNode]]]:
    """Every node with the objects its two pointers hold, taken before a traversal runs."""
    found = []
    pending = [root] if root is not None else []
    while pending:
        node = pending.pop()
        found.append((node, node.left, node.right))
        pending += [child for child in (node.left, node.right) if child is not None]
    return found


def assert_links_unchanged(before: list[tuple[TreeNode, Optional[TreeNode], Optional[TreeNode]]]) -> None:
    # Checked node by node from the list taken before, without walking the tree: a thread left
    # behind by Morris makes a cycle, and a walk would never end.
    for node, left, right in before:
        assert node.left is left and node.right is right, f"the pointers of {node} were changed"


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_examples(cls: type) -> None:
    for example in EXAMPLES:
        assert cls().inorderTraversal(build_tree(example.inputs["root"])) == example.output


def test_examples_agree_with_the_oracle() -> None:
    for example in EXAMPLES:
        assert oracle(build_tree(example.inputs["root"])) == example.output


@pytest.mark.parametrize("cls", SOLUTIONS)
@settings(max_examples=300)
@given(root=trees())
def test_matches_oracle(cls: type, root: Optional[TreeNode]) -> None:
    before, expected = links(root), oracle(root)
    assert cls().inorderTraversal(root) == expected
    assert_links_unchanged(before)  # the tree is left as it was: Morris removes every thread it made


@settings(max_examples=300)
@given(root=trees())
def test_run_in_leetcode_notation(root: Optional[TreeNode]) -> None:
    assert run(tree_level_order(root)) == oracle(root)


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_degenerate_shapes(cls: type) -> None:
    assert cls().inorderTraversal(None) == []
    assert cls().inorderTraversal(TreeNode(-100)) == [-100]
    assert cls().inorderTraversal(build_tree([7] * 15)) == [7] * 15
    assert cls().inorderTraversal(build_tree([2, 1, 3])) == [1, 2, 3]
    # a binary search tree reads sorted in order
    assert cls().inorderTraversal(build_tree([4, 2, 6, 1, 3, 5, 7])) == [1, 2, 3, 4, 5, 6, 7]


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_maximum_constraints(cls: type) -> None:
    # 0 <= nodes <= 100, -100 <= Node.val <= 100
    values = [(i * 37) % 201 - 100 for i in range(100)]
    root = build_tree(values)
    expected = oracle(root)  # first: a traversal that leaves a thread behind would make the oracle's walk loop
    assert cls().inorderTraversal(root) == expected
    assert cls().inorderTraversal(build_chain(100, "left")) == list(range(99, -1, -1))
    assert cls().inorderTraversal(build_chain(100, "right")) == list(range(100))


@pytest.mark.parametrize("cls", ITERATIVE)
def test_iterative_versions_survive_a_deep_build_chain(cls: type) -> None:
    n = 10**5
    assert cls().inorderTraversal(build_chain(n, "left")) == list(range(n - 1, -1, -1))
    assert cls().inorderTraversal(build_chain(n, "right")) == list(range(n))


@pytest.mark.parametrize("side", ["left", "right"])
def test_morris_restores_a_deep_chain(side: str) -> None:
    root = build_chain(10**4, side)
    before = links(root)
    MorrisSolution().inorderTraversal(root)
    assert_links_unchanged(before)


class CountingNode(TreeNode):
    """A TreeNode that counts every read of its left and right pointers (the traversal's steps)."""

    reads = 0

    def __init__(self, val: int) -> None:
        self.val, self._left, self._right = val, None, None

    @property
    def left(self) -> Optional["CountingNode"]:
        CountingNode.reads += 1
        return self._left

    @left.setter
    def left(self, node: Optional["CountingNode"]) -> None:
        self._left = node

    @property
    def right(self) -> Optional["CountingNode"]:
        CountingNode.reads += 1
        return self._right

    @right.setter
    def right(self, node: Optional["CountingNode"]) -> None:
        self._right = node


def counting_copy(root: Optional[TreeNode]) -> tuple[Optional[CountingNode], int]:
    """The same shape and values built from CountingNode, and its number of nodes."""
    if root is None:
        return None, 0
    copy_root = CountingNode(root.val)
    pending, count = [(root, copy_root)], 1
    while pending:
        original, copy = pending.pop()
        for side in ("left", "right"):
            child = getattr(original, side)
            if child is not None:
                setattr(copy, side, CountingNode(child.val))
                pending.append((child, getattr(copy, side)))
                count += 1
    return copy_root, count


def zigzag(n: int) -> TreeNode:
    """Each node's left child has a long right spine: the shape where predecessor searches walk furthest."""
    values = iter(range(n))
    root = TreeNode(next(values))
    node, side = root, "left"
    for value in values:
        setattr(node, side, TreeNode(value))
        node = getattr(node, side)
        side = "right" if side == "left" else "left"
    return root


def assert_linear_pointer_reads(root: Optional[TreeNode]) -> None:
    # Outer loop: at most 2 arrivals per node, <= 6 pointer reads each. Predecessor searches: the
    # right spines of distinct left subtrees do not share nodes, so <= n steps per round of searches,
    # two rounds, <= 3 reads a step. Together <= 12n + 6n; 20n leaves room, n^2 does not fit.
    counted, n = counting_copy(root)
    expected = oracle(root)
    CountingNode.reads = 0
    assert MorrisSolution().inorderTraversal(counted) == expected
    assert CountingNode.reads <= 20 * max(n, 1), f"{CountingNode.reads} pointer reads for {n} nodes"


@settings(max_examples=200)
@given(root=trees())
def test_morris_reads_each_pointer_a_constant_number_of_times(root: Optional[TreeNode]) -> None:
    assert_linear_pointer_reads(root)


@pytest.mark.parametrize("shape", ["left chain", "right chain", "complete", "zigzag", "comb"])
def test_morris_is_linear_on_large_shapes(shape: str) -> None:
    n = 3000
    if shape == "left chain":
        root = build_chain(n, "left")
    elif shape == "right chain":
        root = build_chain(n, "right")
    elif shape == "complete":
        root = build_tree(list(range(n)))
    elif shape == "zigzag":
        root = zigzag(n)
    else:  # a root whose left subtree is one long right spine
        root = TreeNode(-1, build_chain(n, "right"))
    assert_linear_pointer_reads(root)


def test_recursive_version_hits_the_depth_limit_its_docstring_states() -> None:
    with pytest.raises(RecursionError):
        RecursiveSolution().inorderTraversal(build_chain(10**5, "left"))


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
# trees of <= 100 nodes, random shape, values in [-100, 100]
BENCH = bench.Case(100, 100, lambda n: bench.random_tree(94, n, -100, 100),
                   lambda root: Solution().inorderTraversal(root), oracle)
