"""24. 两两交换链表中的节点（Swap Nodes in Pairs）

思路：哑结点 + 迭代。prev 指向下一对的前驱，每次把 prev -> a -> b -> rest 改成
prev -> b -> a -> rest（改三个 next），再把 prev 移到 a。交换的是结点本身，不改结点的值。
复杂度：时间 O(n)，空间 O(1)。
"""

from typing import List, Optional

from solutions.problem import Example, Problem
from solutions.structures import ListNode, build_list, list_values

PROBLEM = Problem(
    number=24,
    slug="swap-nodes-in-pairs",
    title_zh="两两交换链表中的节点",
    title_en="Swap Nodes in Pairs",
    difficulty="中等",
    tags=("递归", "链表"),
    time="O(n)",
    space="O(1)",
    notes=("algorithms/linked-list.md",),
)

EXAMPLES = [
    Example(inputs={"head": [1, 2, 3, 4]}, output=[2, 1, 4, 3]),
    Example(inputs={"head": []}, output=[]),
    Example(inputs={"head": [1]}, output=[1]),
]


# --8<-- [start:swap-nodes]
class Solution:
    """prev -> a -> b -> rest 改成 prev -> b -> a -> rest，然后 prev 前进到 a。"""

    def swapPairs(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        prev = dummy
        while prev.next is not None and prev.next.next is not None:
            a = prev.next
            b = a.next
            a.next = b.next  # 先接好 a 的后继，否则 rest 会丢失
            b.next = a
            prev.next = b
            prev = a  # a 现在是这一对的第二个，即下一对的前驱
        return dummy.next
# --8<-- [end:swap-nodes]


def run(head: List[int]) -> List[int]:
    return list_values(Solution().swapPairs(build_list(head)))
