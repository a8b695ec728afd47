"""215. 数组中的第 K 个最大元素（Kth Largest Element in an Array）

思路：主解是快速选择：随机选主元，三路划分成“小于、等于、大于”三段，只在目标下标
所在的一段里继续。三路划分让大量重复值（乃至全部相等）一次就落进“等于”段，随机主元让
有序输入不再是最坏情况。另给出两种堆：heapq 维护大小为 k 的小根堆；手写二叉堆，O(n)
建大根堆后弹出 k - 1 次。
复杂度：快速选择期望时间 O(n)（最坏 O(n^2)，概率极小），空间 O(n)（拷贝输入）；
小根堆 O(n log k) / O(k)；手写大根堆 O(n + k log n) / O(n)。
"""

from typing import List

from solutions.problem import Example, Problem

PROBLEM = Problem(
    number=215,
    slug="kth-largest-element-in-an-array",
    title_zh="数组中的第 K 个最大元素",
    title_en="Kth Largest Element in an Array",
    difficulty="中等",
    tags=("数组", "分治", "快速选择", "排序", "堆（优先队列）"),
    time="O(n)",
    space="O(n)",
    notes=("algorithms/heap-top-k.md",),
)

EXAMPLES = [
    Example(inputs={"nums": [3, 2, 1, 5, 6, 4], "k": 2}, output=5),
    Example(inputs={"nums": [3, 2, 3, 1, 2, 4, 5, 5, 6], "k": 4}, output=4),
]


# 每一节都要能单独粘贴到力扣运行，所以各节的类都叫力扣调用的 Solution；节后的别名让测试
# 能分别取到它们。主解放在最后一节，模块里的 Solution 就是主解。


# --8<-- [start:heap]
import heapq


class Solution:
    """大小为 k 的小根堆：堆里始终是“目前见过的最大的 k 个”，堆顶是其中最小的，
    也就是第 k 大。"""

    def findKthLargest(self, nums: List[int], k: int) -> int:
        heap = nums[:k]
        heapq.heapify(heap)  # O(k)
        for x in nums[k:]:
            if x > heap[0]:  # 比门槛大才有资格进前 k
                heapq.heapreplace(heap, x)  # 弹出堆顶再放入 x，一次下沉
        return heap[0]
# --8<-- [end:heap]
HeapSolution = Solution


# --8<-- [start:hand-heap]
import operator
from typing import Any, Callable, Iterable


class BinaryHeap:
    """手写二叉堆。数组存完全二叉树：下标 i 的孩子是 2i+1、2i+2，父亲是 (i-1)//2。
    before(a, b) 为真表示 a 应在 b 之上：operator.lt 是小根堆，operator.gt 是大根堆。"""

    def __init__(self, items: Iterable[Any] = (), before: Callable[[Any, Any], bool] = operator.lt) -> None:
        self.a = list(items)
        self.before = before
        for i in range(len(self.a) // 2 - 1, -1, -1):  # 自底向上建堆，O(n)
            self._sift_down(i)

    def __len__(self) -> int:
        return len(self.a)

    def top(self) -> Any:
        return self.a[0]

    def push(self, x: Any) -> None:
        self.a.append(x)
        self._sift_up(len(self.a) - 1)

    def pop(self) -> Any:
        a = self.a
        a[0], a[-1] = a[-1], a[0]  # 末尾元素补到根，再下沉
        top = a.pop()
        if a:
            self._sift_down(0)
        return top

    def _sift_up(self, i: int) -> None:
        a, before = self.a, self.before
        x = a[i]
        while i > 0:
            parent = (i - 1) // 2
            if not before(x, a[parent]):
                break
            a[i] = a[parent]  # 父亲下移，空位上浮
            i = parent
        a[i] = x

    def _sift_down(self, i: int) -> None:
        a, before = self.a, self.before
        n, x = len(a), a[i]
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and before(a[child + 1], a[child]):
                child += 1  # 取两个孩子里更该在上面的那个
            if not before(a[child], x):
                break
            a[i] = a[child]  # 孩子上移，空位下沉
            i = child
        a[i] = x


class Solution:
    """手写大根堆：O(n) 建堆，弹出 k - 1 次，堆顶就是第 k 大。"""

    def findKthLargest(self, nums: List[int], k: int) -> int:
        heap = BinaryHeap(nums, before=operator.gt)
        for _ in range(k - 1):
            heap.pop()
        return heap.top()
# --8<-- [end:hand-heap]
HandHeapSolution = Solution


# --8<-- [start:quickselect]
import random


class Solution:
    """快速选择：第 k 大就是升序下标 n - k 处的元素。随机主元 + 三路划分，
    循环而不递归，期望 O(n)。"""

    def findKthLargest(self, nums: List[int], k: int) -> int:
        a = list(nums)  # 不改动调用者的数组
        target = len(a) - k
        lo, hi = 0, len(a) - 1  # 答案一直在 a[lo..hi] 里
        while True:
            pivot = a[random.randint(lo, hi)]
            # 不变式：a[lo:lt] < pivot，a[lt:i] == pivot，a[i:gt+1] 未看，a[gt+1:hi+1] > pivot
            lt, i, gt = lo, lo, hi
            while i <= gt:
                if a[i] < pivot:
                    a[lt], a[i] = a[i], a[lt]
                    lt += 1
                    i += 1
                elif a[i] > pivot:
                    a[i], a[gt] = a[gt], a[i]
                    gt -= 1  # 换过来的 a[i] 还没看，i 不动
                else:
                    i += 1
            if target < lt:
                hi = lt - 1
            elif target > gt:
                lo = gt + 1
            else:  # 目标落在“等于”段
                return pivot
# --8<-- [end:quickselect]


def run(nums: List[int], k: int) -> int:
    return Solution().findKthLargest(nums, k)
