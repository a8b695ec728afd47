"""19. 删除链表的倒数第 N 个结点（Remove Nth Node From End of List）

思路：哑结点 + 间隔为 n 的快慢指针。快指针先从哑结点走 n 步，然后两指针同速前进，
快指针停在最后一个结点时，慢指针恰好停在倒数第 n 个结点的前驱上，改一次 next 即可。
哑结点让“删除头结点”不再是特例。一趟扫描。
复杂度：时间 O(L)（L 为链表长度），空间 O(1)。
"""

from typing import List, Optional

from solutions.problem import Example, Problem
from solutions.structures import ListNode, build_list, list_values

PROBLEM = Problem(
    number=19,
    slug="remove-nth-node-from-end-of-list",
    title_zh="删除链表的倒数第 N 个结点",
    title_en="Remove Nth Node From End of List",
    difficulty="中等",
    tags=("链表", "双指针"),
    time="O(L)",
    space="O(1)",
    notes=("algorithms/linked-list.md",),
)

EXAMPLES = [
    Example(inputs={"head": [1, 2, 3, 4, 5], "n": 2}, output=[1, 2, 3, 5]),
    Example(inputs={"head": [1], "n": 1}, output=[]),
    Example(inputs={"head": [1, 2], "n": 1}, output=[1]),
]


# --8<-- [start:dummy-gap]
class Solution:
    """哑结点 + 快慢指针保持 n 的间隔：慢指针停在待删结点的前驱。"""

    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        fast = slow = dummy
        for _ in range(n):  # 题目保证 n <= 链表长度，fast 不会走出链表
            fast = fast.next
        while fast.next is not None:  # fast 停在最后一个结点
            fast = fast.next
            slow = slow.next
        slow.next = slow.next.next  # slow 与 fast 相隔 n，slow.next 是倒数第 n 个
        return dummy.next
# --8<-- [end:dummy-gap]


def run(head: List[int], n: int) -> List[int]:
    return list_values(Solution().removeNthFromEnd(build_list(head), n))
