"""Time every LeetCode solution at LeetCode's limits and against its test file's brute force.

    python -m tools.bench_solutions

For each problem in solutions/: the main Solution (or design class) on one input at
LeetCode's maximum constraints (n_max), then the solution and the brute-force oracle of
tests/solutions/test_lcNNNN_*.py on a smaller input (n_small), where their answers must
agree (AssertionError if not); speedup = oracle time / solution time. Inputs come from
fixed seeds and are built outside the timed region, afresh before every run, because some
solutions relink or overwrite their input. A time is the best of 3 runs, with the garbage
collector off during each run, as timeit does.
"""

from __future__ import annotations

import gc
import random
import time
from dataclasses import dataclass
from typing import Any, Callable, Optional

import solutions.lc0011_container_with_most_water as p11
import solutions.lc0019_remove_nth_node_from_end_of_list as p19
import solutions.lc0024_swap_nodes_in_pairs as p24
import solutions.lc0088_merge_sorted_array as p88
import solutions.lc0094_binary_tree_inorder_traversal as p94
import solutions.lc0102_binary_tree_level_order_traversal as p102
import solutions.lc0142_linked_list_cycle_ii as p142
import solutions.lc0144_binary_tree_preorder_traversal as p144
import solutions.lc0145_binary_tree_postorder_traversal as p145
import solutions.lc0160_intersection_of_two_linked_lists as p160
import solutions.lc0164_maximum_gap as p164
import solutions.lc0203_remove_linked_list_elements as p203
import solutions.lc0206_reverse_linked_list as p206
import solutions.lc0215_kth_largest_element_in_an_array as p215
import solutions.lc0236_lowest_common_ancestor_of_a_binary_tree as p236
import solutions.lc0295_find_median_from_data_stream as p295
import solutions.lc0587_erect_the_fence as p587
import solutions.lc0707_design_linked_list as p707
import solutions.lc1584_min_cost_to_connect_all_points as p1584
import tests.solutions.test_lc0011_container_with_most_water as t11
import tests.solutions.test_lc0019_remove_nth_node_from_end_of_list as t19
import tests.solutions.test_lc0024_swap_nodes_in_pairs as t24
import tests.solutions.test_lc0088_merge_sorted_array as t88
import tests.solutions.test_lc0094_binary_tree_inorder_traversal as t94
import tests.solutions.test_lc0102_binary_tree_level_order_traversal as t102
import tests.solutions.test_lc0142_linked_list_cycle_ii as t142
import tests.solutions.test_lc0144_binary_tree_preorder_traversal as t144
import tests.solutions.test_lc0145_binary_tree_postorder_traversal as t145
import tests.solutions.test_lc0160_intersection_of_two_linked_lists as t160
import tests.solutions.test_lc0164_maximum_gap as t164
import tests.solutions.test_lc0203_remove_linked_list_elements as t203
import tests.solutions.test_lc0215_kth_largest_element_in_an_array as t215
import tests.solutions.test_lc0236_lowest_common_ancestor_of_a_binary_tree as t236
import tests.solutions.test_lc0295_find_median_from_data_stream as t295
import tests.solutions.test_lc0587_erect_the_fence as t587
import tests.solutions.test_lc0707_design_linked_list as t707
import tests.solutions.test_lc1584_min_cost_to_connect_all_points as t1584
from solutions.problem import solution_modules
from solutions.structures import TreeNode, build_cycle_list, build_intersecting_lists, build_list, list_values

REPEATS = 3


@dataclass(frozen=True)
class Case:
    n_max: int  # LeetCode's limit on the input size, as the test file states it
    n_small: int  # size of the solution-versus-oracle comparison
    build: Callable[[int], Any]  # a fresh input of size n from a fixed seed
    solve: Callable[[Any], Any]  # the main Solution on that input (timed)
    oracle: Callable[[Any], Any]  # the brute force on the same input (timed)
    read: Callable[[Any, Any], Any] = lambda inp, out: out  # untimed: solve's output in oracle's notation


# ---- input builders -------------------------------------------------------------------------

def ints(seed: int, n: int, lo: int, hi: int) -> list[int]:
    rng = random.Random(seed)
    return [rng.randint(lo, hi) for _ in range(n)]


def linked(values: list[int], *extra: Any) -> tuple[Any, ...]:
    """(head, values, *extra): the solution gets the nodes, a list oracle the values."""
    return (build_list(values), values, *extra)


def random_tree(seed: int, n: int, lo: int, hi: int) -> Optional[TreeNode]:
    """n nodes of any shape: each new node takes a random free child slot of the nodes so far."""
    rng = random.Random(seed)
    if n == 0:
        return None
    root = TreeNode(rng.randint(lo, hi))
    slots = [(root, "left"), (root, "right")]
    for _ in range(n - 1):
        i = rng.randrange(len(slots))
        slots[i], slots[-1] = slots[-1], slots[i]
        parent, side = slots.pop()
        child = TreeNode(rng.randint(lo, hi))
        setattr(parent, side, child)
        slots += [(child, "left"), (child, "right")]
    return root


def lca_chain(n: int) -> tuple[TreeNode, TreeNode, TreeNode]:
    """(root, p, q) on a chain of left children 0 -> 1 -> ... -> n-1: p the deepest, q halfway."""
    nodes = [TreeNode(i) for i in range(n)]
    for parent, child in zip(nodes, nodes[1:]):
        parent.left = child
    return nodes[0], nodes[-1], nodes[n // 2]


def intersecting(n: int) -> tuple[Any, Any]:
    """List A has n nodes, list B about 5n/6; they share their last n // 3 nodes."""
    rng = random.Random(160)
    shared = [rng.randint(1, 10**5) for _ in range(n // 3)]
    a = [rng.randint(1, 10**5) for _ in range(n - len(shared))] + shared
    b = [rng.randint(1, 10**5) for _ in range(n // 2)] + shared
    head_a, head_b, _ = build_intersecting_lists(a, b, len(a) - len(shared), len(b) - len(shared))
    return head_a, head_b


def sorted_pair(n: int) -> tuple[list[int], int, list[int], int, list[int], list[int]]:
    """LeetCode 88 with m = n = total / 2: (nums1 with n free slots, m, nums2, n, first, second)."""
    m = n // 2
    first, second = sorted(ints(88, m, -(10**9), 10**9)), sorted(ints(880, n - m, -(10**9), 10**9))
    return first + [0] * (n - m), m, list(second), n - m, first, second


def distinct_points(seed: int, n: int, lo: int, hi: int) -> list[list[int]]:
    side = hi - lo + 1
    return [[c // side + lo, c % side + lo] for c in random.Random(seed).sample(range(side * side), n)]


def median_calls(n: int) -> tuple[list[str], list[list[int]]]:
    """LeetCode 295's notation: n calls, addNum of a random value then findMedian, alternating."""
    operations, arguments = ["MedianFinder"], [[]]
    for value in ints(295, n // 2, -(10**5), 10**5):
        operations += ["addNum", "findMedian"]
        arguments += [[value], []]
    return operations, arguments


def list_calls(n: int) -> list[tuple[str, list[int]]]:
    """LeetCode 707: n // 2 addAtTail, then n - n // 2 random calls; index and val in [0, 1000]."""
    rng = random.Random(707)
    calls = [("addAtTail", [rng.randint(0, 1000)]) for _ in range(n // 2)]
    for _ in range(n - n // 2):
        name = rng.choice(["get", "addAtHead", "addAtTail", "addAtIndex", "deleteAtIndex"])
        arity = 2 if name == "addAtIndex" else 1
        calls.append((name, [rng.randint(0, 1000) for _ in range(arity)]))
    return calls


def drive(factory: Callable[[], Any], calls: list[tuple[str, list[int]]]) -> list[Any]:
    obj = factory()
    return [getattr(obj, name)(*args) for name, args in calls]


def reversed_values(inp: tuple[Any, list[int]]) -> list[int]:
    # Separate oracle: test_lc0206 checks against values[::-1] inline and has no named function.
    return inp[1][::-1]


# ---- one case per problem: LeetCode's limits from each test file ------------------------------

CASES: dict[int, Case] = {
    # n heights in [0, 1e4], n <= 1e5
    11: Case(10**5, 1000, lambda n: ints(11, n, 0, 10**4),
             lambda h: p11.Solution().maxArea(h), t11.brute_force),
    # list of sz <= 30 nodes in [0, 100]; remove the ceil(sz/2)-th from the end
    19: Case(30, 30, lambda n: linked(ints(19, n, 0, 100), (n + 1) // 2),
             lambda x: p19.Solution().removeNthFromEnd(x[0], x[2]),
             lambda x: t19.brute_force(x[1], x[2]), lambda x, out: list_values(out)),
    # list of <= 100 nodes in [0, 100]
    24: Case(100, 100, lambda n: linked(ints(24, n, 0, 100)),
             lambda x: p24.Solution().swapPairs(x[0]),
             lambda x: t24.brute_force(x[1]), lambda x, out: list_values(out)),
    # m + n <= 200 values in [-1e9, 1e9], here m = n = 100; merge overwrites nums1
    88: Case(200, 200, sorted_pair,
             lambda x: p88.Solution().merge(*x[:4]),
             lambda x: t88.brute_force(x[4], x[5]), lambda x, out: x[0]),
    # trees of <= 100 nodes, random shape, values in [-100, 100]
    94: Case(100, 100, lambda n: random_tree(94, n, -100, 100),
             lambda root: p94.Solution().inorderTraversal(root), t94.oracle),
    # <= 2000 nodes, random shape (depth ~ 30, safe for the recursive oracle), values in [-1000, 1000]
    102: Case(2000, 2000, lambda n: random_tree(102, n, -1000, 1000),
              lambda root: p102.Solution().levelOrder(root), t102.oracle),
    # <= 1e4 nodes in [-1e5, 1e5]; the tail links back to node n // 3
    142: Case(10**4, 2000, lambda n: build_cycle_list(ints(142, n, -(10**5), 10**5), n // 3),
              lambda head: p142.Solution().detectCycle(head), t142.brute_force),
    144: Case(100, 100, lambda n: random_tree(144, n, -100, 100),
              lambda root: p144.Solution().preorderTraversal(root), t144.oracle),
    145: Case(100, 100, lambda n: random_tree(145, n, -100, 100),
              lambda root: p145.Solution().postorderTraversal(root), t145.oracle),
    # m, n <= 3e4 nodes in [1, 1e5]; n is the longer list
    160: Case(3 * 10**4, 2000, intersecting,
              lambda x: p160.Solution().getIntersectionNode(*x), lambda x: t160.brute_force(*x)),
    # n <= 1e5 values in [0, 1e9]
    164: Case(10**5, 2000, lambda n: ints(164, n, 0, 10**9),
              lambda nums: p164.Solution().maximumGap(nums), t164.brute_force),
    # <= 1e4 nodes in [1, 50]; remove val = 25
    203: Case(10**4, 2000, lambda n: linked(ints(203, n, 1, 50), 25),
              lambda x: p203.Solution().removeElements(x[0], x[2]),
              lambda x: t203.brute_force(x[1], x[2]), lambda x, out: list_values(out)),
    # <= 5000 nodes in [-5000, 5000]
    206: Case(5000, 2000, lambda n: linked(ints(206, n, -5000, 5000)),
              lambda x: p206.Solution().reverseList(x[0]), reversed_values, lambda x, out: list_values(out)),
    # n <= 1e5 values in [-1e4, 1e4], k = n // 2 (the median: the most partitioning work)
    215: Case(10**5, 2000, lambda n: (ints(215, n, -(10**4), 10**4), n // 2),
              lambda x: p215.Solution().findKthLargest(*x), lambda x: t215.brute_force(*x)),
    # <= 1e5 nodes: a chain of left children, p the deepest node, q halfway down
    236: Case(10**5, 2000, lca_chain,
              lambda x: p236.Solution().lowestCommonAncestor(*x), lambda x: t236.oracle(*x)),
    # <= 5e4 calls to addNum and findMedian together, num in [-1e5, 1e5]
    295: Case(5 * 10**4, 2000, median_calls,
              lambda x: p295.run(*x), lambda x: t295.reference(*x)),
    # n <= 3000 distinct points with x, y in [0, 100]
    587: Case(3000, 60, lambda n: distinct_points(587, n, 0, 100),
              lambda trees: p587.Solution().outerTrees(trees), t587.brute_force,
              lambda x, out: sorted(out)),
    # <= 2000 calls; index, val in [0, 1000]; the oracle is the test file's Reference class
    707: Case(2000, 2000, list_calls,
              lambda calls: drive(p707.MyLinkedList, calls), lambda calls: drive(t707.Reference, calls)),
    # n <= 1000 distinct points with x, y in [-1e6, 1e6]; oracle: the test's O(n^3) Prim
    1584: Case(1000, 100, lambda n: distinct_points(1584, n, -(10**6), 10**6),
               lambda points: p1584.Solution().minCostConnectPoints(points), t1584.naive_prim_oracle),
}


# ---- timing -----------------------------------------------------------------------------------

def timed(fn: Callable[[Any], Any], inp: Any) -> tuple[float, Any]:
    """Seconds for one call, garbage collector off; the global seed fixes 215's random pivots."""
    random.seed(0)
    gc.disable()
    try:
        start = time.perf_counter()
        out = fn(inp)
        elapsed = time.perf_counter() - start
    finally:
        gc.enable()
    return elapsed, out


def measure(number: int, case: Case) -> tuple[float, float, float]:
    """Best-of-3 seconds: solution at n_max, solution and oracle at n_small."""
    at_max = min(timed(case.solve, case.build(case.n_max))[0] for _ in range(REPEATS))
    solution, oracle = [], []
    for _ in range(REPEATS):
        inp = case.build(case.n_small)
        seconds, expected = timed(case.oracle, inp)  # first: the solution may relink or overwrite inp
        oracle.append(seconds)
        seconds, out = timed(case.solve, inp)
        solution.append(seconds)
        if case.read(inp, out) != expected:
            raise AssertionError(f"problem {number}: solution and oracle disagree at n = {case.n_small}")
    return at_max, min(solution), min(oracle)


def main() -> int:
    modules = solution_modules()
    missing = [m.PROBLEM.number for m in modules if m.PROBLEM.number not in CASES]
    if missing:
        raise SystemExit(f"no bench case for problem(s) {missing}: add them to CASES")
    columns = ("#", "title", "n_max", "ms@n_max", "n_small", "sol ms", "oracle ms", "speedup")
    row = "{:>5}  {:<40} {:>7} {:>9} {:>7} {:>9} {:>9} {:>8}"
    print(row.format(*columns))
    print("-" * len(row.format(*columns)))
    for module in modules:
        problem = module.PROBLEM
        case = CASES[problem.number]
        at_max, solution, oracle = measure(problem.number, case)
        ms = [f"{seconds * 1e3:.4g}" for seconds in (at_max, solution, oracle)]
        speedup = f"{oracle / solution:.3g}x"
        print(row.format(problem.number, problem.title_en, case.n_max, ms[0], case.n_small, *ms[1:], speedup),
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
