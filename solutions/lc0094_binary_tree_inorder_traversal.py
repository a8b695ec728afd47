"""94. 二叉树的中序遍历（Binary Tree Inorder Traversal）

思路：中序是“左子树、根、右子树”。主解用显式栈模拟递归：沿左链一路入栈，弹出时
访问，再转向右子树。另给出递归写法（教学用，深度等于树高）、统一的“标记法”模板
（栈里存 (节点, 是否已展开)，三种遍历只差入栈顺序）和 Morris 遍历（借中序前驱的空
右指针临时指回当前节点，不用栈，结束时树复原）。
复杂度：时间 O(n)，额外空间 O(h)（h 为树高，最坏 O(n)；不计输出列表）；Morris 为 O(1)。
"""

from typing import List, Optional

from solutions.problem import Example, Problem
from solutions.structures import TreeNode, build_tree

PROBLEM = Problem(
    number=94,
    slug="binary-tree-inorder-traversal",
    title_zh="二叉树的中序遍历",
    title_en="Binary Tree Inorder Traversal",
    difficulty="简单",
    tags=("栈", "树", "深度优先搜索", "二叉树"),
    time="O(n)",
    space="O(h)",
    notes=("algorithms/binary-tree-traversal.md",),
)

EXAMPLES = [
    Example(inputs={"root": [1, None, 2, 3]}, output=[1, 3, 2]),
    Example(inputs={"root": [1, 2, 3, 4, 5, None, 8, None, None, 6, 7, 9]}, output=[4, 2, 6, 5, 7, 1, 3, 9, 8]),
    Example(inputs={"root": []}, output=[]),
    Example(inputs={"root": [1]}, output=[1]),
]


# 每一节都要能单独粘贴到力扣运行，所以各节的类都叫力扣调用的 Solution；节后的别名让测试
# 能分别取到它们。主解放在最后一节，模块里的 Solution 就是主解。


# --8<-- [start:recursive]
class Solution:
    """递归：左子树、根、右子树。

    递归深度等于树高 h。CPython 默认递归上限约 1000 层，本题 n <= 100 安全；
    但一条 10^5 个节点的链会触发 RecursionError，这时要用显式栈的迭代写法（主解）。
    """

    def inorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        result: List[int] = []

        def visit(node: Optional[TreeNode]) -> None:
            if node is None:
                return
            visit(node.left)
            result.append(node.val)
            visit(node.right)

        visit(root)
        return result
# --8<-- [end:recursive]
RecursiveSolution = Solution


# --8<-- [start:marking]
class Solution:
    """标记法：栈里存 (节点, 是否已展开)。未展开的节点弹出后按“逆序”把
    右子、自己（标记为已展开）、左子压回去；已展开的节点弹出即访问。"""

    def inorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        result: List[int] = []
        stack = [(root, False)]
        while stack:
            node, expanded = stack.pop()
            if node is None:
                continue
            if expanded:
                result.append(node.val)
            else:  # 想要的顺序是 左、根、右，所以逆序入栈
                stack.append((node.right, False))
                stack.append((node, True))
                stack.append((node.left, False))
        return result
# --8<-- [end:marking]
MarkingSolution = Solution


# --8<-- [start:morris]
class Solution:
    """Morris 遍历：第一次到达有左子树的节点时，让它的中序前驱（左子树的最右节点）的
    空右指针指回它，再进入左子树；左子树走完后顺着这条线索第二次到达它，这时拆掉线索、
    访问它、转向右子树。线索代替了栈，遍历结束时全部拆除，树恢复原样。
    时间 O(n)：每条边至多走 3 次；额外空间 O(1)。"""

    def inorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        result: List[int] = []
        node = root
        while node is not None:
            if node.left is None:  # 没有左子树：访问它，再向右（右指针可能是线索，通往后继）
                result.append(node.val)
                node = node.right
                continue
            predecessor = node.left
            while predecessor.right is not None and predecessor.right is not node:
                predecessor = predecessor.right
            if predecessor.right is None:  # 第一次到达：建线索，先走左子树
                predecessor.right = node
                node = node.left
            else:  # 顺着线索第二次到达：左子树已走完
                predecessor.right = None  # 拆线索，复原
                result.append(node.val)
                node = node.right
        return result
# --8<-- [end:morris]
MorrisSolution = Solution


# --8<-- [start:iterative]
class Solution:
    """显式栈：栈里是“已经走到、但还没访问”的祖先，即当前节点的左链。"""

    def inorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        result: List[int] = []
        stack: List[TreeNode] = []
        node = root
        while node is not None or stack:
            while node is not None:  # 沿左链下行，沿途入栈
                stack.append(node)
                node = node.left
            node = stack.pop()  # 左子树已访问完，轮到根
            result.append(node.val)
            node = node.right  # 再处理右子树
        return result
# --8<-- [end:iterative]


def run(root: List[Optional[int]]) -> List[int]:
    return Solution().inorderTraversal(build_tree(root))
