"""160. 相交链表（Intersection of Two Linked Lists）

思路一（长度差）：先各走一遍求长度 m、n，让长链表的指针先走 |m - n| 步，此后两指针到
各自表尾的距离相等，同速前进时第一次指向同一结点处就是交点；走到 None 则不相交。
思路二（指针互换）：pa 走完 A 接着走 B，pb 走完 B 接着走 A。两者都走 m + n 步后同时到
终点 None；若相交，二者在走了“自己的独有部分 + 对方的独有部分 + 0”步时同时到达交点。
判断相交比较的是结点身份（is），不是值。
复杂度：两种都是时间 O(m + n)，空间 O(1)。
"""

from typing import List, Optional

from solutions.problem import Example, Problem
from solutions.structures import ListNode, build_intersecting_lists

PROBLEM = Problem(
    number=160,
    slug="intersection-of-two-linked-lists",
    title_zh="相交链表",
    title_en="Intersection of Two Linked Lists",
    difficulty="简单",
    tags=("哈希表", "链表", "双指针"),
    time="O(m + n)",
    space="O(1)",
    also=("面试题 02.07",),
    notes=("algorithms/linked-list.md",),
)

EXAMPLES = [
    Example(
        inputs={"intersectVal": 8, "listA": [4, 1, 8, 4, 5], "listB": [5, 6, 1, 8, 4, 5], "skipA": 2, "skipB": 3},
        output=8,
    ),
    Example(
        inputs={"intersectVal": 2, "listA": [1, 9, 1, 2, 4], "listB": [3, 2, 4], "skipA": 3, "skipB": 1},
        output=2,
    ),
    Example(
        inputs={"intersectVal": 0, "listA": [2, 6, 4], "listB": [1, 5], "skipA": 3, "skipB": 2},
        output=None,
    ),
]


# 每一节都要能单独粘贴到力扣运行，所以各节的类都叫力扣调用的 Solution；节后的别名让测试
# 能分别取到它们。主解放在最后一节，模块里的 Solution 就是主解。


# --8<-- [start:pointer-switching]
class Solution:
    """指针互换：pa 走 A 再走 B，pb 走 B 再走 A，走过的总长相同，必在交点或 None 相遇。"""

    def getIntersectionNode(self, headA: ListNode, headB: ListNode) -> Optional[ListNode]:
        pa, pb = headA, headB
        while pa is not pb:
            pa = pa.next if pa is not None else headB
            pb = pb.next if pb is not None else headA
        return pa
# --8<-- [end:pointer-switching]
PointerSwitchSolution = Solution


# --8<-- [start:length-difference]
class Solution:
    """长度差：长链表先走 |m - n| 步，然后同速前进，第一次 is 相同处即交点。"""

    def getIntersectionNode(self, headA: ListNode, headB: ListNode) -> Optional[ListNode]:
        def length(node: Optional[ListNode]) -> int:
            count = 0
            while node is not None:
                count += 1
                node = node.next
            return count

        m, n = length(headA), length(headB)
        a, b = headA, headB
        for _ in range(m - n):  # m <= n 时 range 为空
            a = a.next
        for _ in range(n - m):
            b = b.next
        while a is not b:  # 到表尾的距离相等：要么同时到交点，要么同时到 None
            a = a.next
            b = b.next
        return a
# --8<-- [end:length-difference]


def run(intersectVal: int, listA: List[int], listB: List[int], skipA: int, skipB: int) -> Optional[int]:
    """返回交点结点的值，不相交返回 None（力扣评测显示 "Intersected at '8'" 或 "No intersection"）。

    intersectVal 只是力扣给评测用的冗余信息：交点由 skipA、skipB 决定，这里核对它与之一致。
    和力扣评测一样，返回的必须是共享的那个结点本身（按身份比较），值相等而结点不同算错。
    """
    head_a, head_b, shared = build_intersecting_lists(listA, listB, skipA, skipB)
    if (shared.val if shared is not None else 0) != intersectVal:
        raise ValueError("intersectVal does not match listA[skipA]")
    node = Solution().getIntersectionNode(head_a, head_b)
    if node is not shared:
        raise AssertionError("the returned node is not the shared node")
    return None if node is None else node.val
