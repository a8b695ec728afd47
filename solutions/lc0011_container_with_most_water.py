"""11. 盛最多水的容器（Container With Most Water）

思路：双指针从两端向中间收缩，每次移动较短的一侧。以较短边为端点、另一端更靠内的
所有容器都不会更大（宽度变小、高度不超过这条短边），所以丢掉短边不会错过最优解。
复杂度：时间 O(n)，空间 O(1)。
"""

from typing import List

from solutions.problem import Example, Problem

PROBLEM = Problem(
    number=11,
    slug="container-with-most-water",
    title_zh="盛最多水的容器",
    title_en="Container With Most Water",
    difficulty="中等",
    tags=("数组", "双指针", "贪心"),
    time="O(n)",
    space="O(1)",
    notes=("algorithms/two-pointers.md",),
)

EXAMPLES = [
    Example(inputs={"height": [1, 8, 6, 2, 5, 4, 8, 3, 7]}, output=49),
    Example(inputs={"height": [1, 1]}, output=1),
]


# --8<-- [start:two-pointers]
class Solution:
    """双指针：每步丢掉较短的一侧，共 n - 1 步。"""

    def maxArea(self, height: List[int]) -> int:
        left, right = 0, len(height) - 1
        best = 0
        while left < right:
            width = right - left
            if height[left] < height[right]:
                best = max(best, height[left] * width)
                left += 1
            else:
                best = max(best, height[right] * width)
                right -= 1
        return best
# --8<-- [end:two-pointers]


def run(height: List[int]) -> int:
    return Solution().maxArea(height)
