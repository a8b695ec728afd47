from typing import Optional

import pytest
from hypothesis import given, settings

from solutions.lc0144_binary_tree_preorder_traversal import (
    EXAMPLES,
    MarkingSolution,
    RecursiveSolution,
    Solution,
    run,
)
from solutions.structures import TreeNode, build_chain, build_tree, tree_level_order
from tests.solutions import bench
from tests.solutions.strategies import trees
from tests.solutions.tree_orders import order_by_paths

SOLUTIONS = [Solution, RecursiveSolution, MarkingSolution]
ITERATIVE = [Solution, MarkingSolution]


def oracle(root: Optional[TreeNode]) -> list[int]:
    """Preorder: the node before both subtrees, from sorted path keys (tests/solutions/tree_orders.py)."""
    return order_by_paths(root, left="1", node="0", right="2")


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_examples(cls: type) -> None:
    for example in EXAMPLES:
        assert cls().preorderTraversal(build_tree(example.inputs["root"])) == example.output


def test_examples_agree_with_the_oracle() -> None:
    for example in EXAMPLES:
        assert oracle(build_tree(example.inputs["root"])) == example.output


@pytest.mark.parametrize("cls", SOLUTIONS)
@settings(max_examples=300)
@given(root=trees())
def test_matches_oracle(cls: type, root: Optional[TreeNode]) -> None:
    before = tree_level_order(root)
    assert cls().preorderTraversal(root) == oracle(root)
    assert tree_level_order(root) == before  # the tree is left unchanged


@settings(max_examples=300)
@given(root=trees())
def test_run_in_leetcode_notation(root: Optional[TreeNode]) -> None:
    assert run(tree_level_order(root)) == oracle(root)


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_degenerate_shapes(cls: type) -> None:
    assert cls().preorderTraversal(None) == []
    assert cls().preorderTraversal(TreeNode(-100)) == [-100]
    assert cls().preorderTraversal(build_tree([7] * 15)) == [7] * 15
    assert cls().preorderTraversal(build_tree([2, 1, 3])) == [2, 1, 3]
    assert cls().preorderTraversal(build_tree([4, 2, 6, 1, 3, 5, 7])) == [4, 2, 1, 3, 6, 5, 7]


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_maximum_constraints(cls: type) -> None:
    # 0 <= nodes <= 100, -100 <= Node.val <= 100
    values = [(i * 37) % 201 - 100 for i in range(100)]
    root = build_tree(values)
    assert cls().preorderTraversal(root) == oracle(root)
    assert cls().preorderTraversal(build_chain(100, "left")) == list(range(100))
    assert cls().preorderTraversal(build_chain(100, "right")) == list(range(100))


@pytest.mark.parametrize("cls", ITERATIVE)
def test_iterative_versions_survive_a_deep_build_chain(cls: type) -> None:
    n = 10**5
    assert cls().preorderTraversal(build_chain(n, "left")) == list(range(n))
    assert cls().preorderTraversal(build_chain(n, "right")) == list(range(n))


def test_recursive_version_hits_the_depth_limit_its_docstring_states() -> None:
    with pytest.raises(RecursionError):
        RecursiveSolution().preorderTraversal(build_chain(10**5, "left"))


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
# trees of <= 100 nodes, random shape, values in [-100, 100]
BENCH = bench.Case(100, 100, lambda n: bench.random_tree(144, n, -100, 100),
                   lambda root: Solution().preorderTraversal(root), oracle)
