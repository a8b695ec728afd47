"""142. 环形链表 II（Linked List Cycle II）

思路：Floyd 快慢指针。慢指针每次走 1 步、快指针走 2 步；有环则二者必在环内相遇。
设头到入环点距离 a、环长 c，相遇时慢指针走了 s 步、快指针走了 2s 步，
多走的 s 步是整圈数：s = k·c（k >= 1）。记相遇点在入环点之后 b 步，慢指针未绕满一圈，
s = a + b，于是 a = k·c - b = (k - 1)·c + (c - b)：从头和从相遇点各放一个指针同速前进，
a 步后恰在入环点相遇。
复杂度：时间 O(n)，空间 O(1)。
"""

from typing import List, Optional

from solutions.problem import Example, Problem
from solutions.structures import ListNode, build_cycle_list

PROBLEM = Problem(
    number=142,
    slug="linked-list-cycle-ii",
    title_zh="环形链表 II",
    title_en="Linked List Cycle II",
    difficulty="中等",
    tags=("哈希表", "链表", "双指针"),
    time="O(n)",
    space="O(1)",
    notes=("algorithms/linked-list.md",),
)

EXAMPLES = [
    Example(inputs={"head": [3, 2, 0, -4], "pos": 1}, output=1),
    Example(inputs={"head": [1, 2], "pos": 0}, output=0),
    Example(inputs={"head": [1], "pos": -1}, output=-1),
]


# --8<-- [start:floyd]
class Solution:
    """Floyd：先判环找相遇点，再从头和相遇点同速走，相遇处就是入环点。"""

    def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
        slow = fast = head
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:  # 比较结点身份，不是值
                # 头到入环点 a 步；相遇点再走 a 步 = 走 (k-1) 整圈再走 c-b 步，也到入环点
                finder = head
                while finder is not slow:
                    finder = finder.next
                    slow = slow.next
                return finder
        return None  # fast 走到了 None：无环
# --8<-- [end:floyd]


def run(head: List[int], pos: int) -> int:
    """返回入环结点在链表中的下标，无环返回 -1。

    力扣的输入是 (head, pos)，输出是入环结点本身（评测显示为 "tail connects to node
    index 1"）。结点无法直接比较，这里把返回的结点换回它的下标，与 pos 同一记法。
    """
    built = build_cycle_list(head, pos)
    entry = Solution().detectCycle(built)
    if entry is None:
        return -1
    node = built
    for index in range(len(head)):  # 链表恰有 len(head) 个不同结点，有环也不会多走
        if node is entry:
            return index
        node = node.next
    raise ValueError("the returned node is not in the list")
