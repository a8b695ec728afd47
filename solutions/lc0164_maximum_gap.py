"""164. 最大间距（Maximum Gap）

思路：鸽巢原理分桶。n 个数排序后有 n - 1 个相邻差，总和为 max - min，所以最大间距
至少是 w = ceil((max - min) / (n - 1))。按宽度 w 分桶，同一桶内两数之差不超过 w - 1，
不可能是最大间距；最大间距一定出现在“某个非空桶的最大值”与“下一个非空桶的最小值”之间。
每个桶只记最小值和最大值。另给一个基数排序解法作对照。两种解法都处理 x - min，
所以力扣保证的“非负”不是前提，负数输入同样正确。
复杂度：时间 O(n)，空间 O(n)（桶数不超过 n）；基数排序 O(d(n + b))，d 为位数、b 为基数。
"""

from typing import List

from solutions.problem import Example, Problem

PROBLEM = Problem(
    number=164,
    slug="maximum-gap",
    title_zh="最大间距",
    title_en="Maximum Gap",
    difficulty="中等",
    tags=("数组", "桶排序", "基数排序", "排序"),
    time="O(n)",
    space="O(n)",
    notes=("algorithms/bucket-sort.md",),
)

EXAMPLES = [
    Example(inputs={"nums": [3, 6, 9, 1]}, output=3),
    Example(inputs={"nums": [10]}, output=0),
]


# 每一节都要能单独粘贴到力扣运行，所以各节的类都叫力扣调用的 Solution；节后的别名让测试
# 能分别取到它们。主解放在最后一节，模块里的 Solution 就是主解。


# --8<-- [start:radix-sort]
class Solution:
    """LSD 基数排序（基数 2^10）排 x - min 再扫相邻差。减去最小值后全是非负数，
    负数输入也能终止；力扣的值域 0..10^9 < 2^30 最多 3 趟。"""

    def maximumGap(self, nums: List[int]) -> int:
        if len(nums) < 2:
            return 0
        bits = 10
        mask = (1 << bits) - 1
        lo = min(nums)
        values = [x - lo for x in nums]  # >= 0: a negative top would keep top >> shift at -1 forever
        top = max(values)
        shift = 0
        while top >> shift:
            buckets: List[List[int]] = [[] for _ in range(mask + 1)]
            for x in values:  # stable: equal digits keep the previous pass's order
                buckets[(x >> shift) & mask].append(x)
            values = [x for bucket in buckets for x in bucket]
            shift += bits
        return max(values[i + 1] - values[i] for i in range(len(values) - 1))
# --8<-- [end:radix-sort]
RadixSortSolution = Solution


# --8<-- [start:buckets]
class Solution:
    """鸽巢分桶：桶宽 w = ceil((hi - lo) / (n - 1))，全程整数运算。"""

    def maximumGap(self, nums: List[int]) -> int:
        n = len(nums)
        if n < 2:
            return 0
        lo, hi = min(nums), max(nums)
        if lo == hi:
            return 0
        width = (hi - lo + n - 2) // (n - 1)  # ceil((hi - lo) / (n - 1)) >= 1
        count = (hi - lo) // width + 1  # (hi - lo) / width <= n - 1, so count <= n
        # Buckets hold offsets x - lo, which are >= 0 for any input, so -1 marks an empty bucket.
        bucket_min = [-1] * count
        bucket_max = [-1] * count
        for x in nums:
            v = x - lo
            i = v // width
            if bucket_min[i] < 0 or v < bucket_min[i]:
                bucket_min[i] = v
            if v > bucket_max[i]:
                bucket_max[i] = v
        best = 0
        prev_max = bucket_max[0]  # bucket 0 holds lo, so it is never empty
        for i in range(1, count):
            if bucket_min[i] < 0:
                continue
            best = max(best, bucket_min[i] - prev_max)
            prev_max = bucket_max[i]
        return best
# --8<-- [end:buckets]


def run(nums: List[int]) -> int:
    return Solution().maximumGap(nums)
