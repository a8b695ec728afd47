"""144. 二叉树的前序遍历（Binary Tree Preorder Traversal）

思路：前序是“根、左子树、右子树”。主解用显式栈：弹出即访问，先压右孩子再压左孩子，
左孩子就先出栈。另给出递归写法（教学用，深度等于树高）和统一的“标记法”模板
（栈里存 (节点, 是否已展开)，三种遍历只差入栈顺序）。
复杂度：时间 O(n)，额外空间 O(h)（h 为树高，最坏 O(n)；不计输出列表）。
"""

from typing import List, Optional

from solutions.problem import Example, Problem
from solutions.structures import TreeNode, build_tree

PROBLEM = Problem(
    number=144,
    slug="binary-tree-preorder-traversal",
    title_zh="二叉树的前序遍历",
    title_en="Binary Tree Preorder Traversal",
    difficulty="简单",
    tags=("栈", "树", "深度优先搜索", "二叉树"),
    time="O(n)",
    space="O(h)",
    notes=("algorithms/binary-tree-traversal.md",),
)

EXAMPLES = [
    Example(inputs={"root": [1, None, 2, 3]}, output=[1, 2, 3]),
    Example(inputs={"root": [1, 2, 3, 4, 5, None, 8, None, None, 6, 7, 9]}, output=[1, 2, 4, 5, 6, 7, 3, 8, 9]),
    Example(inputs={"root": []}, output=[]),
    Example(inputs={"root": [1]}, output=[1]),
]


# 每一节都要能单独粘贴到力扣运行，所以各节的类都叫力扣调用的 Solution；节后的别名让测试
# 能分别取到它们。主解放在最后一节，模块里的 Solution 就是主解。


# --8<-- [start:recursive]
class Solution:
    """递归：根、左子树、右子树。

    递归深度等于树高 h。CPython 默认递归上限约 1000 层，本题 n <= 100 安全；
    但一条 10^5 个节点的链会触发 RecursionError，这时要用显式栈的迭代写法（主解）。
    """

    def preorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        result: List[int] = []

        def visit(node: Optional[TreeNode]) -> None:
            if node is None:
                return
            result.append(node.val)
            visit(node.left)
            visit(node.right)

        visit(root)
        return result
# --8<-- [end:recursive]
RecursiveSolution = Solution


# --8<-- [start:marking]
class Solution:
    """标记法：栈里存 (节点, 是否已展开)。未展开的节点弹出后按“逆序”把
    右子、左子、自己（标记为已展开）压回去；已展开的节点弹出即访问。"""

    def preorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        result: List[int] = []
        stack = [(root, False)]
        while stack:
            node, expanded = stack.pop()
            if node is None:
                continue
            if expanded:
                result.append(node.val)
            else:  # 想要的顺序是 根、左、右，所以逆序入栈
                stack.append((node.right, False))
                stack.append((node.left, False))
                stack.append((node, True))
        return result
# --8<-- [end:marking]
MarkingSolution = Solution


# --8<-- [start:iterative]
class Solution:
    """显式栈：弹出即访问；先压右再压左，保证左子树整棵先于右子树出栈。"""

    def preorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        result: List[int] = []
        stack = [root] if root is not None else []
        while stack:
            node = stack.pop()
            result.append(node.val)
            if node.right is not None:
                stack.append(node.right)
            if node.left is not None:
                stack.append(node.left)
        return result
# --8<-- [end:iterative]


def run(root: List[Optional[int]]) -> List[int]:
    return Solution().preorderTraversal(build_tree(root))
