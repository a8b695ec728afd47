"""587. 安装栅栏（Erect the Fence）

思路：求凸包并保留边上的共线点。Andrew 单调链：点按 (x, y) 排序，从左到右扫出下凸壳、
从右到左扫出上凸壳，用叉积判断转向；只在严格右转（叉积 < 0）时弹栈，共线点因此留下。
两条链首尾相接，所有点共线时两条链各含全部点，最后按点去重合并。输入里重复的点先去重，
只算一个。全程整数运算。
复杂度：时间 O(n log n)（排序主导），空间 O(n)。
"""

from typing import List

from solutions.problem import Example, Problem

PROBLEM = Problem(
    number=587,
    slug="erect-the-fence",
    title_zh="安装栅栏",
    title_en="Erect the Fence",
    difficulty="困难",
    tags=("几何", "数组", "数学"),
    time="O(n \\log n)",
    space="O(n)",
    notes=("algorithms/geometry.md",),
)

EXAMPLES = [
    Example(
        inputs={"trees": [[1, 1], [2, 2], [2, 0], [2, 4], [3, 3], [4, 2]]},
        output=[[1, 1], [2, 0], [2, 4], [3, 3], [4, 2]],
    ),
    Example(inputs={"trees": [[1, 2], [2, 2], [4, 2]]}, output=[[1, 2], [2, 2], [4, 2]]),
]


# --8<-- [start:monotone-chain]
class Solution:
    """Andrew 单调链，弹栈条件为严格右转，保留凸包边上的共线点。"""

    def outerTrees(self, trees: List[List[int]]) -> List[List[int]]:
        # 力扣保证各点互不相同；先去重，重复的点也只算一个（否则叉积为 0 的重复点永远不会被弹出）
        points = sorted({(x, y) for x, y in trees})
        if len(points) <= 2:
            return [list(p) for p in points]

        def cross(o: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> int:
            # z-component of (a - o) x (b - o): > 0 left turn, < 0 right turn, 0 collinear
            return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

        lower: list[tuple[int, int]] = []
        for p in points:  # left to right: the hull below, turning left (counter-clockwise)
            while len(lower) >= 2 and cross(lower[-2], lower[-1], p) < 0:
                lower.pop()
            lower.append(p)
        upper: list[tuple[int, int]] = []
        for p in reversed(points):  # right to left: the hull above
            while len(upper) >= 2 and cross(upper[-2], upper[-1], p) < 0:
                upper.pop()
            upper.append(p)
        # The chains share both end points; if all points are collinear each chain holds every
        # point. dict.fromkeys drops a point the two chains both hold and keeps the order of the walk.
        return [list(p) for p in dict.fromkeys(lower + upper)]
# --8<-- [end:monotone-chain]


def run(trees: List[List[int]]) -> List[List[int]]:
    return sorted(Solution().outerTrees(trees))
