"""707. 设计链表（Design Linked List）

思路：单链表 + 哨兵（哑）头结点 + 长度计数。哨兵让下标 0 的插入和删除与其他位置写法相同：
对下标 index 的操作都先走到它的前驱——从哨兵出发走 index 步。下标合法性全靠 size 判断：
get、deleteAtIndex 要求 0 <= index < size，addAtIndex 要求 0 <= index <= size（等于 size 即追加到表尾）。
复杂度：get、addAtIndex、deleteAtIndex 为 O(index)，addAtHead 为 O(1)，addAtTail 为 O(n)；
空间 O(n)。
"""

from typing import Any, List, Optional

from solutions.problem import Example, Problem

PROBLEM = Problem(
    number=707,
    slug="design-linked-list",
    title_zh="设计链表",
    title_en="Design Linked List",
    difficulty="中等",
    tags=("设计", "链表"),
    time="O(n)",
    space="O(n)",
    notes=("algorithms/linked-list.md",),
)

EXAMPLES = [
    Example(
        inputs={
            "operations": ["MyLinkedList", "addAtHead", "addAtTail", "addAtIndex", "get", "deleteAtIndex", "get"],
            "arguments": [[], [1], [3], [1, 2], [1], [1], [1]],
        },
        output=[None, None, None, None, 2, None, 3],
    ),
]


# --8<-- [start:sentinel]
class Node:
    def __init__(self, val: int = 0, next: Optional["Node"] = None):
        self.val = val
        self.next = next


class MyLinkedList:
    """哨兵头结点 + size：任何下标的操作都是“走到前驱，再改一个 next”。"""

    def __init__(self):
        self.sentinel = Node()  # 不存数据，sentinel.next 是真正的头结点
        self.size = 0

    def _predecessor(self, index: int) -> Node:
        """下标 index 处结点的前驱：从哨兵走 index 步（index 可以等于 size）。"""
        node = self.sentinel
        for _ in range(index):
            node = node.next
        return node

    def get(self, index: int) -> int:
        if not 0 <= index < self.size:
            return -1
        return self._predecessor(index).next.val

    def addAtHead(self, val: int) -> None:
        self.addAtIndex(0, val)

    def addAtTail(self, val: int) -> None:
        self.addAtIndex(self.size, val)

    def addAtIndex(self, index: int, val: int) -> None:
        if not 0 <= index <= self.size:  # index == size 表示追加到表尾
            return
        prev = self._predecessor(index)
        prev.next = Node(val, prev.next)
        self.size += 1

    def deleteAtIndex(self, index: int) -> None:
        if not 0 <= index < self.size:
            return
        prev = self._predecessor(index)
        prev.next = prev.next.next
        self.size -= 1
# --8<-- [end:sentinel]


def run(operations: List[str], arguments: List[List[int]]) -> List[Any]:
    """力扣的设计题记法：构造函数和无返回值的操作输出 null（这里是 None）。"""
    if not operations or operations[0] != "MyLinkedList":
        raise ValueError("the first operation must construct MyLinkedList")
    output: List[Any] = []
    linked: Optional[MyLinkedList] = None
    for operation, args in zip(operations, arguments, strict=True):
        if operation == "MyLinkedList":
            linked = MyLinkedList(*args)
            output.append(None)
        else:
            output.append(getattr(linked, operation)(*args))
    return output
