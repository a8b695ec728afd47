import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.lc1584_min_cost_to_connect_all_points import (
    EXAMPLES,
    BoruvkaSolution,
    KruskalSolution,
    Solution,
)
from tests.solutions import bench

SOLUTIONS = (Solution, KruskalSolution, BoruvkaSolution)


def manhattan(p: list[int], q: list[int]) -> int:
    return abs(p[0] - q[0]) + abs(p[1] - q[1])


def all_spanning_trees_oracle(points: list[list[int]]) -> int:
    """Minimum over every (n - 1)-edge subset that connects all points: small n only."""
    n = len(points)
    if n == 1:
        return 0
    pairs = list(itertools.combinations(range(n), 2))
    best = None
    for chosen in itertools.combinations(pairs, n - 1):
        reached = {0}
        changed = True
        while changed:
            changed = False
            for a, b in chosen:
                if (a in reached) != (b in reached):
                    reached.update((a, b))
                    changed = True
        if len(reached) == n:
            cost = sum(manhattan(points[a], points[b]) for a, b in chosen)
            best = cost if best is None else min(best, cost)
    assert best is not None
    return best


def naive_prim_oracle(points: list[list[int]]) -> int:
    """O(n^3) Prim: each round scans every (tree, non-tree) pair for the cheapest edge."""
    n = len(points)
    tree = {0}
    total = 0
    while len(tree) < n:
        cost, new = min(
            (manhattan(points[a], points[b]), b) for a in tree for b in range(n) if b not in tree
        )
        tree.add(new)
        total += cost
    return total


def distinct_points(max_size: int, bound: int):
    return st.lists(
        st.tuples(st.integers(-bound, bound), st.integers(-bound, bound)),
        min_size=1,
        max_size=max_size,
        unique=True,
    ).map(lambda ps: [list(p) for p in ps])


def test_examples() -> None:
    for cls in SOLUTIONS:
        for example in EXAMPLES:
            assert cls().minCostConnectPoints(**example.inputs) == example.output


def test_more_small_cases() -> None:
    cases = [
        ([[0, 0]], 0),
        ([[0, 0], [1, 1], [1, 0], [-1, 1]], 4),
        ([[-10**6, -10**6], [10**6, 10**6]], 4 * 10**6),
        ([[0, 0], [0, 5], [0, 2]], 5),  # collinear vertical
    ]
    for cls in SOLUTIONS:
        for points, expected in cases:
            assert cls().minCostConnectPoints(points) == expected


@settings(max_examples=300)
@given(distinct_points(6, 8))
def test_matches_all_spanning_trees(points: list[list[int]]) -> None:
    expected = all_spanning_trees_oracle(points)
    for cls in SOLUTIONS:
        assert cls().minCostConnectPoints(points) == expected


@settings(max_examples=300)
@given(distinct_points(25, 10**6))
def test_matches_naive_prim(points: list[list[int]]) -> None:
    expected = naive_prim_oracle(points)
    for cls in SOLUTIONS:
        assert cls().minCostConnectPoints(points) == expected


@settings(max_examples=300)
@given(distinct_points(80, 30))
def test_prim_equals_kruskal(points: list[list[int]]) -> None:
    # small coordinates: many equal edge weights, where tie-breaking could go wrong
    expected = KruskalSolution().minCostConnectPoints(points)
    assert Solution().minCostConnectPoints(points) == expected
    assert BoruvkaSolution().minCostConnectPoints(points) == expected


@settings(max_examples=200)
@given(st.integers(1, 12), st.integers(1, 12), st.integers(-50, 50), st.integers(-50, 50), st.randoms())
def test_unit_grid_all_ties(rows: int, cols: int, dx: int, dy: int, rnd: random.Random) -> None:
    # every point of a full grid has neighbours at distance 1 and no two points are closer, so
    # the MST costs rows * cols - 1; almost every edge weight is tied, which Boruvka must break
    # the same way in every component or it would pick a cycle
    points = [[x + dx, y + dy] for x in range(cols) for y in range(rows)]
    rnd.shuffle(points)
    for cls in SOLUTIONS:
        assert cls().minCostConnectPoints(points) == rows * cols - 1


@settings(max_examples=200)
@given(st.lists(st.integers(-100, 100), min_size=1, max_size=30, unique=True))
def test_collinear_points(xs: list[int]) -> None:
    # on a horizontal line the MST is the path in sorted order: cost = max - min
    for cls in SOLUTIONS:
        assert cls().minCostConnectPoints([[x, 7] for x in xs]) == max(xs) - min(xs)
        assert cls().minCostConnectPoints([[x, x] for x in xs]) == 2 * (max(xs) - min(xs))


def test_maximum_constraints() -> None:
    # 1 <= n <= 1000, -1e6 <= x, y <= 1e6, points distinct
    rnd = random.Random(1584)
    n = 1000
    # a monotone staircase: consecutive points cost exactly the L1 span in total, and every
    # spanning tree contains a path from the first to the last point, which costs at least that
    xs = sorted(rnd.sample(range(-10**6, 10**6 + 1), n))
    ys = sorted(rnd.choices(range(-10**6, 10**6 + 1), k=n))
    staircase = [[x, y] for x, y in zip(xs, ys)]
    rnd.shuffle(staircase)
    expected = (xs[-1] - xs[0]) + (ys[-1] - ys[0])
    for cls in SOLUTIONS:
        assert cls().minCostConnectPoints(staircase) == expected
    # random points: the two algorithms must agree
    coords = rnd.sample(range((2 * 10**6 + 1) ** 2), n)
    points = [[c // (2 * 10**6 + 1) - 10**6, c % (2 * 10**6 + 1) - 10**6] for c in coords]
    expected = KruskalSolution().minCostConnectPoints(points)
    assert Solution().minCostConnectPoints(points) == expected
    assert BoruvkaSolution().minCostConnectPoints(points) == expected


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
# n <= 1000 distinct points with x, y in [-1e6, 1e6]; oracle: the O(n^3) Prim above
BENCH = bench.Case(1000, 100, lambda n: bench.distinct_points(1584, n, -(10**6), 10**6),
                   lambda points: Solution().minCostConnectPoints(points), naive_prim_oracle)
