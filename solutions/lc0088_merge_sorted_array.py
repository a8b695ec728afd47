"""88. 合并两个有序数组（Merge Sorted Array）

思路：从后往前合并。nums1 尾部的 n 个空位正好够放，每次把两数组当前末尾中较大的一个
写到 nums1 的最后一个空位；写入位置 k = i + j + 1 始终不小于 i，不会覆盖尚未读取的元素。
复杂度：时间 O(m + n)，空间 O(1)。
"""

from typing import List

from solutions.problem import Example, Problem

PROBLEM = Problem(
    number=88,
    slug="merge-sorted-array",
    title_zh="合并两个有序数组",
    title_en="Merge Sorted Array",
    difficulty="简单",
    tags=("数组", "双指针", "排序"),
    time="O(m + n)",
    space="O(1)",
    notes=("algorithms/two-pointers.md",),
)

EXAMPLES = [
    Example(inputs={"nums1": [1, 2, 3, 0, 0, 0], "m": 3, "nums2": [2, 5, 6], "n": 3}, output=[1, 2, 2, 3, 5, 6]),
    Example(inputs={"nums1": [1], "m": 1, "nums2": [], "n": 0}, output=[1]),
    Example(inputs={"nums1": [0], "m": 0, "nums2": [1], "n": 1}, output=[1]),
]


# --8<-- [start:merge-from-back]
class Solution:
    """从后往前：较大的末尾元素写进 nums1 的最后一个空位，原地完成。"""

    def merge(self, nums1: List[int], m: int, nums2: List[int], n: int) -> None:
        i, j, k = m - 1, n - 1, m + n - 1
        while j >= 0:  # nums2 用完时，nums1 剩下的前缀已经在原位
            if i >= 0 and nums1[i] > nums2[j]:
                nums1[k] = nums1[i]
                i -= 1
            else:
                nums1[k] = nums2[j]
                j -= 1
            k -= 1
# --8<-- [end:merge-from-back]


def run(nums1: List[int], m: int, nums2: List[int], n: int) -> List[int]:
    """LeetCode 检查的是原地修改后的 nums1；这里在副本上修改并返回，不改动调用者的列表。"""
    merged = list(nums1)
    Solution().merge(merged, m, list(nums2), n)
    return merged
