"""145. 二叉树的后序遍历（Binary Tree Postorder Traversal）

思路：后序是“左子树、右子树、根”。主解用显式栈加一个 prev 指针（上一个访问的节点）：
栈顶节点的右子树为空或刚访问完（prev 是它的右孩子）时才访问它，否则转向右子树。
另给出递归写法（教学用，深度等于树高）、统一的“标记法”模板（三种遍历只差入栈顺序），
以及“根、右、左”前序再反转的技巧写法。
复杂度：时间 O(n)，额外空间 O(h)（h 为树高，最坏 O(n)；不计输出列表）。
"""

from typing import List, Optional

from solutions.problem import Example, Problem
from solutions.structures import TreeNode, build_tree

PROBLEM = Problem(
    number=145,
    slug="binary-tree-postorder-traversal",
    title_zh="二叉树的后序遍历",
    title_en="Binary Tree Postorder Traversal",
    difficulty="简单",
    tags=("栈", "树", "深度优先搜索", "二叉树"),
    time="O(n)",
    space="O(h)",
    notes=("algorithms/binary-tree-traversal.md",),
)

EXAMPLES = [
    Example(inputs={"root": [1, None, 2, 3]}, output=[3, 2, 1]),
    Example(inputs={"root": [1, 2, 3, 4, 5, None, 8, None, None, 6, 7, 9]}, output=[4, 6, 7, 5, 2, 9, 8, 3, 1]),
    Example(inputs={"root": []}, output=[]),
    Example(inputs={"root": [1]}, output=[1]),
]


# 每一节都要能单独粘贴到力扣运行，所以各节的类都叫力扣调用的 Solution；节后的别名让测试
# 能分别取到它们。主解放在最后一节，模块里的 Solution 就是主解。


# --8<-- [start:recursive]
class Solution:
    """递归：左子树、右子树、根。

    递归深度等于树高 h。CPython 默认递归上限约 1000 层，本题 n <= 100 安全；
    但一条 10^5 个节点的链会触发 RecursionError，这时要用显式栈的迭代写法（主解）。
    """

    def postorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        result: List[int] = []

        def visit(node: Optional[TreeNode]) -> None:
            if node is None:
                return
            visit(node.left)
            visit(node.right)
            result.append(node.val)

        visit(root)
        return result
# --8<-- [end:recursive]
RecursiveSolution = Solution


# --8<-- [start:marking]
class Solution:
    """标记法：栈里存 (节点, 是否已展开)。未展开的节点弹出后按“逆序”把
    自己（标记为已展开）、右子、左子压回去；已展开的节点弹出即访问。"""

    def postorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        result: List[int] = []
        stack = [(root, False)]
        while stack:
            node, expanded = stack.pop()
            if node is None:
                continue
            if expanded:
                result.append(node.val)
            else:  # 想要的顺序是 左、右、根，所以逆序入栈
                stack.append((node, True))
                stack.append((node.right, False))
                stack.append((node.left, False))
        return result
# --8<-- [end:marking]
MarkingSolution = Solution


# --8<-- [start:reversed-preorder]
class Solution:
    """技巧：按“根、右、左”做前序，再把结果反转，就是“左、右、根”。

    输出正确，但节点并不是按后序被处理的（根最先出栈），所以不能用于
    “处理根时要求子树已处理完”的场合（例如边遍历边算子树高度）。
    """

    def postorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        result: List[int] = []
        stack = [root] if root is not None else []
        while stack:
            node = stack.pop()
            result.append(node.val)
            if node.left is not None:  # 先压左，右先出栈
                stack.append(node.left)
            if node.right is not None:
                stack.append(node.right)
        result.reverse()
        return result
# --8<-- [end:reversed-preorder]
ReversedPreorderSolution = Solution


# --8<-- [start:iterative]
class Solution:
    """显式栈 + prev：栈顶节点只有在右子树为空或刚访问完时才能访问。"""

    def postorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        result: List[int] = []
        stack: List[TreeNode] = []
        node = root
        prev: Optional[TreeNode] = None  # 上一个访问（加入 result）的节点
        while node is not None or stack:
            while node is not None:  # 沿左链下行
                stack.append(node)
                node = node.left
            top = stack[-1]
            if top.right is not None and top.right is not prev:
                node = top.right  # 右子树还没走，先走右子树
            else:  # 右子树为空或刚访问完：轮到根
                stack.pop()
                result.append(top.val)
                prev = top
        return result
# --8<-- [end:iterative]


def run(root: List[Optional[int]]) -> List[int]:
    return Solution().postorderTraversal(build_tree(root))
