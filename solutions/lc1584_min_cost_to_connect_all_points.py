"""1584. 连接所有点的最小费用（Min Cost to Connect All Points）

思路：任意两点之间都有边（曼哈顿距离），求完全图的最小生成树。完全图是稠密图，
E = n(n - 1) / 2，所以用不带堆的 Prim：维护每个树外点到树的最近距离 dist，每轮扫一遍
取最小者加入树，再用它更新其余点的 dist。对照解法是 Kruskal：边按权排序，
并查集（路径压缩 + 按大小合并）判断两端是否已连通。第三种是 Borůvka：每轮每个连通块
取离开它的最便宜边（平局按 (权, 端点) 字典序打破），全部并入，块数每轮至少减半。
复杂度：Prim 时间 O(n^2)，空间 O(n)；Kruskal 时间 O(n^2 log n)（排序主导），空间 O(n^2)；
Borůvka 时间 O(n^2 log n)（至多 log2(n) 轮，每轮 O(n^2)），空间 O(n)。
"""

from typing import Dict, List, Tuple

from solutions.problem import Example, Problem

PROBLEM = Problem(
    number=1584,
    slug="min-cost-to-connect-all-points",
    title_zh="连接所有点的最小费用",
    title_en="Min Cost to Connect All Points",
    difficulty="中等",
    tags=("并查集", "图", "数组", "最小生成树"),
    time="O(n^2)",
    space="O(n)",
    notes=("algorithms/mst.md",),
)

EXAMPLES = [
    Example(inputs={"points": [[0, 0], [2, 2], [3, 10], [5, 2], [7, 0]]}, output=20),
    Example(inputs={"points": [[3, 12], [-2, 5], [-4, 1]]}, output=18),
]


# 每一节都要能单独粘贴到力扣运行，所以各节的类都叫力扣调用的 Solution；节后的别名让测试
# 能分别取到它们。主解放在最后一节，模块里的 Solution 就是主解。


# --8<-- [start:kruskal]
class DisjointSet:
    """并查集：路径压缩 + 按大小合并，均摊 O(alpha(n))。find 是迭代的，没有递归深度问题。"""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # second pass: point the whole path at the root
            nxt = self.parent[x]
            self.parent[x] = root
            x = nxt
        return root

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra  # hang the smaller tree under the larger one
        self.size[ra] += self.size[rb]
        return True


class Solution:
    """Kruskal：所有边按权排序，依次加入不成环的边，加满 n - 1 条即停。"""

    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        edges = sorted(
            (abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1]), i, j)
            for i in range(n)
            for j in range(i + 1, n)
        )
        dsu = DisjointSet(n)
        total = 0
        added = 0
        for w, i, j in edges:
            if added == n - 1:
                break
            if dsu.union(i, j):
                total += w
                added += 1
        return total
# --8<-- [end:kruskal]
KruskalSolution = Solution


# --8<-- [start:boruvka]
class Solution:
    """Borůvka：每轮每个连通块选出离开它的最便宜边，全部并入；块数每轮至少减半。

    平局用 (w, 较小端点, 较大端点) 的字典序打破：所有块按同一个全序比较边，
    选出的边就不会成环。每轮扫描全部点对 O(n^2)，至多 log2(n) 轮，共 O(n^2 log n)。
    """

    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        parent = list(range(n))

        def find(x: int) -> int:
            root = x
            while parent[root] != root:
                root = parent[root]
            while parent[x] != root:  # path compression, iterative
                parent[x], x = root, parent[x]
            return root

        total = 0
        components = n
        while components > 1:
            comp = [find(v) for v in range(n)]
            cheapest: Dict[int, Tuple[int, int, int]] = {}  # component root -> (w, i, j), i < j: its cheapest outgoing edge
            for i in range(n):
                ci, xi, yi = comp[i], xs[i], ys[i]
                for j in range(i + 1, n):
                    cj = comp[j]
                    if ci == cj:
                        continue
                    edge = (abs(xs[j] - xi) + abs(ys[j] - yi), i, j)  # one total order on edges
                    if ci not in cheapest or edge < cheapest[ci]:
                        cheapest[ci] = edge
                    if cj not in cheapest or edge < cheapest[cj]:
                        cheapest[cj] = edge
            for w, i, j in cheapest.values():
                ri, rj = find(i), find(j)
                if ri != rj:  # both ends may have picked the same edge: add it once
                    parent[ri] = rj
                    total += w
                    components -= 1
        return total
# --8<-- [end:boruvka]
BoruvkaSolution = Solution


# --8<-- [start:prim]
class Solution:
    """稠密图 Prim：n 轮，每轮一次线性扫描，既更新 dist 又找最近的树外点。"""

    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        inf = 1 << 62
        dist = [inf] * n  # dist[v]: cheapest edge from v to the current tree
        rest = list(range(1, n))  # vertices not yet in the tree
        total = 0
        u = 0  # the vertex added last; the tree starts as {0}
        while rest:
            ux, uy = xs[u], ys[u]
            best_k, best_d = 0, inf
            for k, v in enumerate(rest):
                d = abs(xs[v] - ux) + abs(ys[v] - uy)
                if d < dist[v]:
                    dist[v] = d
                else:
                    d = dist[v]
                if d < best_d:
                    best_k, best_d = k, d
            total += best_d
            u = rest[best_k]
            rest[best_k] = rest[-1]  # O(1) removal: order of rest does not matter
            rest.pop()
        return total
# --8<-- [end:prim]


def run(points: List[List[int]]) -> int:
    return Solution().minCostConnectPoints(points)
