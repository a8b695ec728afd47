import random
from collections import deque

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.lc0236_lowest_common_ancestor_of_a_binary_tree import (
    EXAMPLES,
    RecursiveSolution,
    Solution,
    run,
)
from solutions.structures import TreeNode, build_tree, find_node, tree_level_order
from tests.solutions import bench

SOLUTIONS = [Solution, RecursiveSolution]


def random_tree(values: list[int], choices: list[int]) -> list[TreeNode]:
    """Nodes in creation order; node i > 0 takes free slot choices[i-1] % (free slots)."""
    nodes = [TreeNode(values[0])]
    slots = [(nodes[0], "left"), (nodes[0], "right")]
    for value, choice in zip(values[1:], choices):
        index = choice % len(slots)
        slots[index], slots[-1] = slots[-1], slots[index]
        parent, side = slots.pop()
        child = TreeNode(value)
        setattr(parent, side, child)
        nodes.append(child)
        slots += [(child, "left"), (child, "right")]
    return nodes


def oracle(root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
    """By definition: of the nodes that are ancestors of both (a node counts as its own
    ancestor), the deepest one."""
    path_to: dict[TreeNode, list[TreeNode]] = {root: [root]}  # root ... node
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for child in (node.left, node.right):
            if child is not None:
                path_to[child] = path_to[node] + [child]
                queue.append(child)
    common = set(map(id, path_to[p])) & set(map(id, path_to[q]))
    return max((n for n in path_to[p] if id(n) in common), key=lambda n: len(path_to[n]))


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_examples(cls: type) -> None:
    for example in EXAMPLES:
        root = build_tree(example.inputs["root"])
        p, q = find_node(root, example.inputs["p"]), find_node(root, example.inputs["q"])
        assert cls().lowestCommonAncestor(root, p, q).val == example.output
        assert oracle(root, p, q).val == example.output


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[TreeNode], int, int]:
    values = draw(st.lists(st.integers(-(10**9), 10**9), min_size=2, max_size=120, unique=True))
    choices = draw(st.lists(st.integers(0, 10**6), min_size=len(values) - 1, max_size=len(values) - 1))
    nodes = random_tree(values, choices)
    i = draw(st.integers(0, len(nodes) - 1))
    j = draw(st.integers(0, len(nodes) - 2))
    j = j if j < i else j + 1  # p != q
    return nodes, i, j


@pytest.mark.parametrize("cls", SOLUTIONS)
@settings(max_examples=300)
@given(case=cases())
def test_matches_brute_force(cls: type, case: tuple[list[TreeNode], int, int]) -> None:
    nodes, i, j = case
    root, p, q = nodes[0], nodes[i], nodes[j]
    expected = oracle(root, p, q)
    assert cls().lowestCommonAncestor(root, p, q) is expected  # the node itself, not a copy
    assert cls().lowestCommonAncestor(root, q, p) is expected  # symmetric in p and q
    assert run(tree_level_order(root), p.val, q.val) == expected.val


@pytest.mark.parametrize("cls", SOLUTIONS)
def test_degenerate_shapes(cls: type) -> None:
    # two nodes, either side; p is the root
    for level_order in ([1, 2], [1, None, 2]):
        root = build_tree(level_order)
        child = root.left or root.right
        assert cls().lowestCommonAncestor(root, root, child) is root
        assert cls().lowestCommonAncestor(root, child, root) is root
    # one is an ancestor of the other deep down
    root = build_tree([1, 2, None, 3, None, 4, None, 5])
    assert cls().lowestCommonAncestor(root, find_node(root, 2), find_node(root, 5)).val == 2
    # siblings
    root = build_tree([0, 1, 2])
    assert cls().lowestCommonAncestor(root, root.left, root.right) is root


def chain(n: int, side: str) -> list[TreeNode]:
    nodes = [TreeNode(i) for i in range(n)]
    for parent, child in zip(nodes, nodes[1:]):
        setattr(parent, side, child)
    return nodes


@pytest.mark.parametrize("side", ["left", "right"])
def test_maximum_constraints_chain(side: str) -> None:
    n = 10**5  # 2 <= nodes <= 1e5: a chain is 1e5 deep
    nodes = chain(n, side)
    root = nodes[0]
    # on a chain the shallower node is the ancestor of the other
    for i, j in [(0, n - 1), (n - 1, n - 2), (n - 2, n - 1), (1, n // 2), (n // 2, 3)]:
        assert Solution().lowestCommonAncestor(root, nodes[i], nodes[j]) is nodes[min(i, j)]


def test_maximum_constraints_random_tree() -> None:
    n = 10**5
    rng = random.Random(236)
    values = rng.sample(range(-(10**9), 10**9 + 1), n)  # unique values
    nodes = random_tree(values, [rng.randrange(10**9) for _ in range(n - 1)])
    # oracle through parent and depth arrays: lift the deeper node, then both together
    index = {id(node): k for k, node in enumerate(nodes)}
    parent = [-1] * n
    depth = [0] * n
    for k, node in enumerate(nodes):  # creation order: a parent comes before its children
        for child in (node.left, node.right):
            if child is not None:
                parent[index[id(child)]] = k
                depth[index[id(child)]] = depth[k] + 1

    def lca(a: int, b: int) -> int:
        while depth[a] > depth[b]:
            a = parent[a]
        while depth[b] > depth[a]:
            b = parent[b]
        while a != b:
            a, b = parent[a], parent[b]
        return a

    pairs = [(rng.randrange(n), rng.randrange(n)) for _ in range(10)]
    deepest = max(range(n), key=depth.__getitem__)
    pairs += [(deepest, n - 1), (0, deepest), (deepest, parent[deepest])]
    for a, b in pairs:
        if a == b:
            continue
        assert Solution().lowestCommonAncestor(nodes[0], nodes[a], nodes[b]) is nodes[lca(a, b)]
    # LeetCode's notation end to end at full size
    a, b = pairs[0]
    assert run(tree_level_order(nodes[0]), values[a], values[b]) == values[lca(a, b)]


def test_maximum_constraints_through_leetcode_notation() -> None:
    n = 10**5
    left_chain = [0] + [v for i in range(1, n) for v in (i, None)]
    assert run(left_chain, n - 1, n // 2) == n // 2
    right_chain = [0] + [v for i in range(1, n) for v in (None, i)]
    assert run(right_chain, 7, n - 1) == 7


def test_recursive_version_hits_the_depth_limit_its_docstring_states() -> None:
    nodes = chain(10**5, "left")
    with pytest.raises(RecursionError):
        RecursiveSolution().lowestCommonAncestor(nodes[0], nodes[-1], nodes[-2])


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
def bench_input(n: int) -> tuple[TreeNode, TreeNode, TreeNode]:
    """(root, p, q) on a chain of left children 0 -> 1 -> ... -> n-1: p the deepest, q halfway."""
    nodes = [TreeNode(i) for i in range(n)]
    for parent, child in zip(nodes, nodes[1:]):
        parent.left = child
    return nodes[0], nodes[-1], nodes[n // 2]


# <= 1e5 nodes: a chain of left children, p the deepest node, q halfway down
BENCH = bench.Case(10**5, 2000, bench_input,
                   lambda x: Solution().lowestCommonAncestor(*x), lambda x: oracle(*x))
