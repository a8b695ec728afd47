"""206. 反转链表（Reverse Linked List）

思路：迭代，三个指针 prev、cur、nxt。先用 nxt 记下 cur.next，再把 cur.next 指回 prev，
然后 prev、cur 各前进一步。不变式：prev 是已反转部分的头，cur 是未反转部分的头。
另给出递归写法用于讲解：递归深度等于链表长度 n，超过约 1000 个结点会超出 Python
默认的递归上限，所以主解用迭代。
复杂度：迭代时间 O(n)，空间 O(1)；递归时间 O(n)，栈空间 O(n)。
"""

from typing import List, Optional

from solutions.problem import Example, Problem
from solutions.structures import ListNode, build_list, list_values

PROBLEM = Problem(
    number=206,
    slug="reverse-linked-list",
    title_zh="反转链表",
    title_en="Reverse Linked List",
    difficulty="简单",
    tags=("递归", "链表"),
    time="O(n)",
    space="O(1)",
    notes=("algorithms/linked-list.md",),
)

EXAMPLES = [
    Example(inputs={"head": [1, 2, 3, 4, 5]}, output=[5, 4, 3, 2, 1]),
    Example(inputs={"head": [1, 2]}, output=[2, 1]),
    Example(inputs={"head": []}, output=[]),
]


# 每一节都要能单独粘贴到力扣运行，所以各节的类都叫力扣调用的 Solution；节后的别名让测试
# 能分别取到它们。主解放在最后一节，模块里的 Solution 就是主解。


# --8<-- [start:recursive]
class Solution:
    """递归（仅用于讲解）：递归深度等于链表长度 n。

    Python 默认递归上限约 1000 层，链表超过约 1000 个结点就会抛出 RecursionError；
    力扣的上限是 5000 个结点，在默认上限下会超限，所以提交请用迭代版。
    """

    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None or head.next is None:
            return head
        new_head = self.reverseList(head.next)  # head.next 之后的部分已反转，head.next 是其尾
        head.next.next = head
        head.next = None
        return new_head
# --8<-- [end:recursive]
RecursiveSolution = Solution


# --8<-- [start:iterative]
class Solution:
    """迭代：逐个把 cur.next 指回 prev，O(1) 额外空间，没有递归深度问题。"""

    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev, cur = None, head
        while cur is not None:
            nxt = cur.next  # 先记下后继，下一行就要改掉 cur.next
            cur.next = prev
            prev, cur = cur, nxt
        return prev
# --8<-- [end:iterative]


def run(head: List[int]) -> List[int]:
    return list_values(Solution().reverseList(build_list(head)))
