from typing import Optional

from hypothesis import given, settings

from solutions.lc0102_binary_tree_level_order_traversal import EXAMPLES, Solution, run
from solutions.structures import TreeNode, build_chain, build_tree, tree_level_order
from tests.solutions import bench
from tests.solutions.strategies import trees


def oracle(root: Optional[TreeNode]) -> list[list[int]]:
    """Group by depth: a preorder walk meets the nodes of one depth from left to right."""
    by_depth: dict[int, list[int]] = {}

    def walk(node: Optional[TreeNode], depth: int) -> None:
        if node is None:
            return
        by_depth.setdefault(depth, []).append(node.val)
        walk(node.left, depth + 1)
        walk(node.right, depth + 1)

    walk(root, 0)
    return [by_depth[d] for d in range(len(by_depth))]


def test_examples() -> None:
    for example in EXAMPLES:
        assert Solution().levelOrder(build_tree(example.inputs["root"])) == example.output
        assert oracle(build_tree(example.inputs["root"])) == example.output


@settings(max_examples=300)
@given(root=trees(max_nodes=200, min_value=-1000, max_value=1000))
def test_matches_brute_force(root: Optional[TreeNode]) -> None:
    assert Solution().levelOrder(root) == oracle(root)
    assert run(tree_level_order(root)) == oracle(root)


def test_degenerate_shapes() -> None:
    assert Solution().levelOrder(None) == []
    assert Solution().levelOrder(TreeNode(0)) == [[0]]
    assert Solution().levelOrder(build_tree([5] * 7)) == [[5], [5, 5], [5, 5, 5, 5]]
    # a level with gaps: only the nodes that exist, left to right
    assert run([1, 2, 3, None, 4, None, 5]) == [[1], [2, 3], [4, 5]]
    assert run([1, None, 2, None, 3]) == [[1], [2], [3]]


def test_maximum_constraints() -> None:
    n = 2000  # 0 <= nodes <= 2000, -1000 <= Node.val <= 1000
    values = [i % 2001 - 1000 for i in range(n)]
    # a complete tree: level k is the slice [2^k - 1, 2^(k+1) - 1) of its level order
    expected = []
    start = 0
    while start < n:
        expected.append(values[start : 2 * start + 1])
        start = 2 * start + 1
    assert Solution().levelOrder(build_tree(values)) == expected
    for side in ("left", "right"):
        assert Solution().levelOrder(build_chain(n, side)) == [[i] for i in range(n)]


def test_long_chain_is_fine() -> None:
    n = 10**5  # far deeper than the recursion limit: BFS does not recurse
    assert Solution().levelOrder(build_chain(n, "left")) == [[i] for i in range(n)]


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
# <= 2000 nodes, random shape (depth ~ 30, safe for the recursive oracle), values in [-1000, 1000]
BENCH = bench.Case(2000, 2000, lambda n: bench.random_tree(102, n, -1000, 1000),
                   lambda root: Solution().levelOrder(root), oracle)
