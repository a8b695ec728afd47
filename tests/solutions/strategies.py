"""Hypothesis strategies shared by the solution tests."""

from __future__ import annotations

from typing import Optional

from hypothesis import strategies as st

from solutions.structures import TreeNode


@st.composite
def trees(draw: st.DrawFn, max_nodes: int = 100, min_value: int = -100, max_value: int = 100) -> Optional[TreeNode]:
    """Any shape: each new node takes a random free child slot of the nodes so far."""
    values = draw(st.lists(st.integers(min_value, max_value), max_size=max_nodes))
    if not values:
        return None
    root = TreeNode(values[0])
    slots = [(root, "left"), (root, "right")]
    for value in values[1:]:
        parent, side = slots.pop(draw(st.integers(0, len(slots) - 1)))
        child = TreeNode(value)
        setattr(parent, side, child)
        slots += [(child, "left"), (child, "right")]
    return root
