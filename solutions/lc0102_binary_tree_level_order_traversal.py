"""102. 二叉树的层序遍历（Binary Tree Level Order Traversal）

思路：广度优先搜索（BFS）按层推进。每轮开始时队列里恰好是同一层的全部节点，
记下此刻的队列长度，弹出这么多个节点组成一层，同时把它们的孩子依次入队（即下一层）。
复杂度：时间 O(n)，空间 O(n)（队列最多装下最宽的一层，完全二叉树约 n/2 个节点）。
"""

from typing import List, Optional

from solutions.problem import Example, Problem
from solutions.structures import TreeNode, build_tree

PROBLEM = Problem(
    number=102,
    slug="binary-tree-level-order-traversal",
    title_zh="二叉树的层序遍历",
    title_en="Binary Tree Level Order Traversal",
    difficulty="中等",
    tags=("树", "广度优先搜索", "二叉树"),
    time="O(n)",
    space="O(n)",
    notes=("algorithms/binary-tree-traversal.md",),
)

EXAMPLES = [
    Example(inputs={"root": [3, 9, 20, None, None, 15, 7]}, output=[[3], [9, 20], [15, 7]]),
    Example(inputs={"root": [1]}, output=[[1]]),
    Example(inputs={"root": []}, output=[]),
]


# --8<-- [start:bfs]
from collections import deque


class Solution:
    """BFS：每轮把队列里当前的一整层取空，孩子排在队尾构成下一层。"""

    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels: List[List[int]] = []
        queue = deque([root]) if root is not None else deque()
        while queue:
            level = []
            for _ in range(len(queue)):  # 只取本层：长度在循环开始时就固定了
                node = queue.popleft()
                level.append(node.val)
                if node.left is not None:
                    queue.append(node.left)
                if node.right is not None:
                    queue.append(node.right)
            levels.append(level)
        return levels
# --8<-- [end:bfs]


def run(root: List[Optional[int]]) -> List[List[int]]:
    return Solution().levelOrder(build_tree(root))
