"""295. 数据流的中位数（Find Median from Data Stream）

思路：对顶堆。大根堆 low 存较小的一半，小根堆 high 存较大的一半，保持
max(low) <= min(high) 且 len(low) 等于 len(high) 或多 1。中位数只看两个堆顶。
Python 的 heapq 只有小根堆，大根堆存相反数。
复杂度：addNum 时间 O(log n)，findMedian 时间 O(1)，空间 O(n)。
"""

from typing import Any, List, Optional

from solutions.problem import Example, Problem

PROBLEM = Problem(
    number=295,
    slug="find-median-from-data-stream",
    title_zh="数据流的中位数",
    title_en="Find Median from Data Stream",
    difficulty="困难",
    tags=("设计", "双指针", "数据流", "排序", "堆（优先队列）"),
    time="O(\\log n)",
    space="O(n)",
    notes=("algorithms/heap-top-k.md",),
)

EXAMPLES = [
    Example(
        inputs={
            "operations": ["MedianFinder", "addNum", "addNum", "findMedian", "addNum", "findMedian"],
            "arguments": [[], [1], [2], [], [3], []],
        },
        output=[None, None, None, 1.5, None, 2.0],
    ),
]


# --8<-- [start:two-heaps]
import heapq


class MedianFinder:
    """对顶堆：low 是大根堆（存相反数），high 是小根堆。
    不变式：low 的元素都 <= high 的元素，且 len(low) - len(high) 为 0 或 1。"""

    def __init__(self):
        self.low: List[int] = []  # 较小的一半，存 -x
        self.high: List[int] = []  # 较大的一半

    def addNum(self, num: int) -> None:
        # 先进 low，再把 low 的最大值交给 high：high 收到的一定不小于 low 里剩下的
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):  # 把多出的一个还给 low
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):  # 奇数个：中位数是 low 的堆顶
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
# --8<-- [end:two-heaps]


def run(operations: List[str], arguments: List[List[Any]]) -> List[Optional[float]]:
    output: List[Optional[float]] = []
    finder = None
    for operation, args in zip(operations, arguments):
        if operation == "MedianFinder":
            finder = MedianFinder(*args)
            output.append(None)
        else:
            output.append(getattr(finder, operation)(*args))
    return output
