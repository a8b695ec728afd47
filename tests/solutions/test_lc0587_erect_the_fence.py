import random

from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.lc0587_erect_the_fence import EXAMPLES, Solution, run
from tests.solutions import bench


def orient(p: tuple[int, int], q: tuple[int, int], r: tuple[int, int]) -> int:
    return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])


def brute_force(trees: list[list[int]]) -> list[list[int]]:
    """p is on the fence iff for some other point q every point lies on one closed side of line pq.

    Such a line supports the hull and passes through p, so p is on the boundary; conversely a
    boundary point p has a neighbouring hull vertex q along its edge. O(n^3).
    """
    points = [tuple(t) for t in trees]
    if len(points) == 1:
        return [list(points[0])]
    fence = []
    for p in points:
        for q in points:
            if q == p:
                continue
            signs = [orient(p, q, r) for r in points]
            if all(s >= 0 for s in signs) or all(s <= 0 for s in signs):
                fence.append(list(p))
                break
    return sorted(fence)


def unique_points(max_size: int, bound: int):
    return st.lists(
        st.tuples(st.integers(0, bound), st.integers(0, bound)), min_size=1, max_size=max_size, unique=True
    ).map(lambda ps: [list(p) for p in ps])


def check(trees: list[list[int]], expected: list[list[int]]) -> None:
    answer = Solution().outerTrees([list(t) for t in trees])
    assert len(answer) == len({tuple(p) for p in answer}), "a point is reported twice"
    assert sorted(answer) == expected


def test_examples() -> None:
    for example in EXAMPLES:
        assert sorted(Solution().outerTrees(**example.inputs)) == example.output
        assert run(**example.inputs) == example.output


@settings(max_examples=300)
@given(unique_points(40, 6))
def test_matches_brute_force_small_grid(trees: list[list[int]]) -> None:
    # a 7 x 7 grid makes collinear boundary points and collinear sets common
    check(trees, brute_force(trees))


@settings(max_examples=300)
@given(unique_points(40, 100))
def test_matches_brute_force_full_range(trees: list[list[int]]) -> None:
    check(trees, brute_force(trees))


@settings(max_examples=300)
@given(
    st.tuples(st.integers(0, 100), st.integers(0, 100)),
    st.sampled_from([(1, 0), (0, 1), (1, 1), (1, -1), (2, 1), (1, -3), (3, 2)]),
    st.lists(st.integers(-40, 40), min_size=1, max_size=25, unique=True),
    st.randoms(use_true_random=False),
)
def test_all_collinear(base, direction, steps, rnd) -> None:
    points = [[base[0] + k * direction[0], base[1] + k * direction[1]] for k in steps]
    points = [p for p in points if 0 <= p[0] <= 100 and 0 <= p[1] <= 100]
    if not points:
        return
    rnd.shuffle(points)
    check(points, sorted(points))  # every point of a segment is on its fence


def test_one_and_two_points() -> None:
    check([[5, 5]], [[5, 5]])
    check([[0, 0], [100, 100]], [[0, 0], [100, 100]])
    check([[3, 0], [3, 1]], [[3, 0], [3, 1]])


def test_square_with_points_on_edges() -> None:
    border = [[x, y] for x in range(5) for y in range(5) if x in (0, 4) or y in (0, 4)]
    inside = [[x, y] for x in range(1, 4) for y in range(1, 4)]
    check(border + inside, sorted(border))
    # a diamond: edges of slope +-1 with lattice points on them
    diamond = [[x, y] for x in range(9) for y in range(9) if abs(x - 4) + abs(y - 4) == 4]
    centre = [[x, y] for x in range(9) for y in range(9) if abs(x - 4) + abs(y - 4) < 4]
    check(diamond + centre, sorted(diamond))


def test_maximum_constraints() -> None:
    # 1 <= n <= 3000, 0 <= x, y <= 100, points unique
    rnd = random.Random(587)
    border = [[x, y] for x in range(101) for y in range(101) if x in (0, 100) or y in (0, 100)]
    interior = rnd.sample([[x, y] for x in range(1, 100) for y in range(1, 100)], 3000 - len(border))
    trees = border + interior
    rnd.shuffle(trees)
    check(trees, sorted(border))
    # a triangle: points with x + y <= 100; the fence is the three edges
    triangle = [[x, y] for x in range(101) for y in range(101 - x)]
    edge = sorted(p for p in triangle if p[0] == 0 or p[1] == 0 or p[0] + p[1] == 100)
    inner = [p for p in triangle if p not in edge]
    trees = edge + rnd.sample(inner, 3000 - len(edge))
    rnd.shuffle(trees)
    check(trees, edge)


def test_repeated_points_count_once() -> None:
    # LeetCode's points are distinct; a repeated interior point used to stay on the stacks
    check([[1, 2], [1, 1], [0, 0], [1, 1], [2, 0]], [[0, 0], [1, 2], [2, 0]])
    check([[3, 3], [3, 3]], [[3, 3]])
    check([[0, 0], [2, 2], [0, 0], [1, 1], [2, 2]], [[0, 0], [1, 1], [2, 2]])


@settings(max_examples=300)
@given(unique_points(25, 6), st.randoms(use_true_random=False))
def test_repeated_points_match_brute_force_on_the_distinct_points(trees: list[list[int]], rnd) -> None:
    repeated = trees + [list(rnd.choice(trees)) for _ in range(rnd.randint(1, 10))]
    rnd.shuffle(repeated)
    check(repeated, brute_force(trees))


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
# n <= 3000 distinct points with x, y in [0, 100]
BENCH = bench.Case(3000, 60, lambda n: bench.distinct_points(587, n, 0, 100),
                   lambda trees: Solution().outerTrees(trees), brute_force, lambda x, out: sorted(out))
