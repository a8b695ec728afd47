"""203. 移除链表元素（Remove Linked List Elements）

思路：在头结点前放一个哑结点，于是每个结点（包括原来的头结点）都有前驱。cur 从哑结点出发，
若 cur.next 的值等于 val 就跳过它（cur 不动，因为新的 cur.next 也要检查），否则 cur 前进。
复杂度：时间 O(n)，空间 O(1)。
"""

from typing import List, Optional

from solutions.problem import Example, Problem
from solutions.structures import ListNode, build_list, list_values

PROBLEM = Problem(
    number=203,
    slug="remove-linked-list-elements",
    title_zh="移除链表元素",
    title_en="Remove Linked List Elements",
    difficulty="简单",
    tags=("递归", "链表"),
    time="O(n)",
    space="O(1)",
    notes=("algorithms/linked-list.md",),
)

EXAMPLES = [
    Example(inputs={"head": [1, 2, 6, 3, 4, 5, 6], "val": 6}, output=[1, 2, 3, 4, 5]),
    Example(inputs={"head": [], "val": 1}, output=[]),
    Example(inputs={"head": [7, 7, 7, 7], "val": 7}, output=[]),
]


# --8<-- [start:dummy-head]
class Solution:
    """哑结点：删除头结点和删除中间结点写法相同。"""

    def removeElements(self, head: Optional[ListNode], val: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        cur = dummy
        while cur.next is not None:
            if cur.next.val == val:
                cur.next = cur.next.next  # 删除后 cur 不前进：新的 cur.next 还没检查
            else:
                cur = cur.next
        return dummy.next
# --8<-- [end:dummy-head]


def run(head: List[int], val: int) -> List[int]:
    return list_values(Solution().removeElements(build_list(head), val))
