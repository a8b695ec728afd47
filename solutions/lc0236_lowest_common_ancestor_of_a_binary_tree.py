"""236. 二叉树的最近公共祖先（Lowest Common Ancestor of a Binary Tree）

思路：主解不递归。用显式栈从根做深度优先搜索，记录每个节点的父节点，直到 p、q 都
被找到；把 p 到根路径上的节点放进集合，再从 q 往上走，第一个落在集合里的节点就是
最近公共祖先。另给出经典的后序递归写法（教学用，深度等于树高，链状的 10^5 个节点
会超出 Python 的递归上限）。
复杂度：时间 O(n)，空间 O(n)。
"""

from typing import List, Optional

from solutions.problem import Example, Problem
from solutions.structures import TreeNode, build_tree, find_node

PROBLEM = Problem(
    number=236,
    slug="lowest-common-ancestor-of-a-binary-tree",
    title_zh="二叉树的最近公共祖先",
    title_en="Lowest Common Ancestor of a Binary Tree",
    difficulty="中等",
    tags=("树", "深度优先搜索", "二叉树"),
    time="O(n)",
    space="O(n)",
    notes=("algorithms/binary-tree-traversal.md",),
)

EXAMPLES = [
    Example(inputs={"root": [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4], "p": 5, "q": 1}, output=3),
    Example(inputs={"root": [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4], "p": 5, "q": 4}, output=5),
    Example(inputs={"root": [1, 2], "p": 1, "q": 2}, output=1),
]


# 每一节都要能单独粘贴到力扣运行，所以各节的类都叫力扣调用的 Solution；节后的别名让测试
# 能分别取到它们。主解放在最后一节，模块里的 Solution 就是主解。


# --8<-- [start:recursive]
class Solution:
    """后序递归：返回“这棵子树里找到的 p、q 或它们的最近公共祖先”。

    递归深度等于树高 h。CPython 默认递归上限约 1000 层，而本题最多 10^5 个节点，
    链状树会触发 RecursionError；只适合讲思路，提交请用父指针写法。
    """

    def lowestCommonAncestor(self, root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
        if root is None or root is p or root is q:
            return root
        left = self.lowestCommonAncestor(root.left, p, q)
        right = self.lowestCommonAncestor(root.right, p, q)
        if left is not None and right is not None:  # p、q 分居两侧：root 就是答案
            return root
        return left if left is not None else right
# --8<-- [end:recursive]
RecursiveSolution = Solution


# --8<-- [start:parent-pointers]
class Solution:
    """父指针：显式栈 DFS 记录父节点，再比较 p、q 到根的两条路径。"""

    def lowestCommonAncestor(self, root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
        parent = {root: None}  # 节点 -> 父节点（按对象身份做键）
        stack = [root]
        while p not in parent or q not in parent:  # 两个都找到就可以停
            node = stack.pop()
            for child in (node.left, node.right):
                if child is not None:
                    parent[child] = node
                    stack.append(child)
        ancestors = set()  # p 自己以及 p 的全部祖先
        node = p
        while node is not None:
            ancestors.add(node)
            node = parent[node]
        node = q
        while node not in ancestors:  # 根一定在集合里，循环必然结束
            node = parent[node]
        return node
# --8<-- [end:parent-pointers]


def run(root: List[Optional[int]], p: int, q: int) -> int:
    tree = build_tree(root)
    assert tree is not None
    return Solution().lowestCommonAncestor(tree, find_node(tree, p), find_node(tree, q)).val
