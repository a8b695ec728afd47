import random

from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.lc0707_design_linked_list import EXAMPLES, MyLinkedList, run
from tests.solutions import bench


class Reference:
    """The same interface on a plain Python list."""

    def __init__(self) -> None:
        self.items: list[int] = []

    def get(self, index: int) -> int:
        return self.items[index] if 0 <= index < len(self.items) else -1

    def addAtHead(self, val: int) -> None:
        self.items.insert(0, val)

    def addAtTail(self, val: int) -> None:
        self.items.append(val)

    def addAtIndex(self, index: int, val: int) -> None:
        if 0 <= index <= len(self.items):
            self.items.insert(index, val)

    def deleteAtIndex(self, index: int) -> None:
        if 0 <= index < len(self.items):
            del self.items[index]


def replay(operations: list[tuple[str, list[int]]]) -> tuple[list, list]:
    """Outputs of MyLinkedList and of the reference on the same operations."""
    mine, ref = MyLinkedList(), Reference()
    got, want = [], []
    for name, args in operations:
        got.append(getattr(mine, name)(*args))
        want.append(getattr(ref, name)(*args))
        assert mine.size == len(ref.items)
    everything = [mine.get(i) for i in range(len(ref.items) + 2)]
    assert everything == ref.items + [-1, -1]
    return got, want


def test_examples() -> None:
    for example in EXAMPLES:
        assert run(**example.inputs) == example.output


index = st.integers(0, 40)  # 0 <= index <= 1000 in LeetCode; beyond the size is common here
value = st.integers(0, 1000)
operation = st.one_of(
    st.tuples(st.just("get"), st.tuples(index)),
    st.tuples(st.just("addAtHead"), st.tuples(value)),
    st.tuples(st.just("addAtTail"), st.tuples(value)),
    st.tuples(st.just("addAtIndex"), st.tuples(index, value)),
    st.tuples(st.just("deleteAtIndex"), st.tuples(index)),
)


@settings(max_examples=300)
@given(st.lists(operation, max_size=120))
def test_random_operations_match_a_python_list(operations: list) -> None:
    got, want = replay([(name, list(args)) for name, args in operations])
    assert got == want


@settings(max_examples=300)
@given(st.lists(operation, max_size=60))
def test_run_speaks_leetcode_notation(operations: list) -> None:
    names = ["MyLinkedList"] + [name for name, _ in operations]
    arguments = [[]] + [list(args) for _, args in operations]
    ref = Reference()
    expected = [None] + [getattr(ref, name)(*args) for name, args in operations]
    assert run(operations=names, arguments=arguments) == expected


def test_invalid_indices_change_nothing() -> None:
    linked = MyLinkedList()
    assert linked.get(0) == -1
    linked.deleteAtIndex(0)
    linked.addAtIndex(1, 5)  # index > size: not inserted
    assert linked.size == 0 and linked.get(0) == -1
    linked.addAtIndex(0, 5)  # index == size: appended
    linked.addAtIndex(1, 6)  # index == size again: appended at the tail
    linked.deleteAtIndex(2)
    linked.addAtIndex(3, 7)
    assert [linked.get(i) for i in range(3)] == [5, 6, -1]
    linked.deleteAtIndex(0)  # delete the head
    linked.deleteAtIndex(0)
    assert linked.size == 0 and linked.get(0) == -1
    linked.addAtTail(8)  # the sentinel still works after emptying
    assert linked.get(0) == 8


def test_maximum_constraints() -> None:
    # at most 2000 calls; 0 <= index, val <= 1000
    rng = random.Random(707)
    operations: list[tuple[str, list[int]]] = [("addAtTail", [rng.randint(0, 1000)]) for _ in range(1000)]
    names = ["get", "addAtHead", "addAtTail", "addAtIndex", "deleteAtIndex"]
    for _ in range(1000):
        name = rng.choice(names)
        if name in ("addAtHead", "addAtTail"):
            args = [rng.randint(0, 1000)]
        elif name == "addAtIndex":
            args = [rng.randint(0, 1000), rng.randint(0, 1000)]
        else:
            args = [rng.randint(0, 1000)]
        operations.append((name, args))
    got, want = replay(operations)
    assert got == want
    assert len(operations) == 2000


# make bench: the main solution at LeetCode's limits, then against the oracle at n_small.
def bench_input(n: int) -> list[tuple[str, list[int]]]:
    """n // 2 addAtTail, then n - n // 2 random calls; index and val in [0, 1000]."""
    rng = random.Random(707)
    calls = [("addAtTail", [rng.randint(0, 1000)]) for _ in range(n // 2)]
    for _ in range(n - n // 2):
        name = rng.choice(["get", "addAtHead", "addAtTail", "addAtIndex", "deleteAtIndex"])
        arity = 2 if name == "addAtIndex" else 1
        calls.append((name, [rng.randint(0, 1000) for _ in range(arity)]))
    return calls


def drive(factory: type, calls: list[tuple[str, list[int]]]) -> list:
    obj = factory()
    return [getattr(obj, name)(*args) for name, args in calls]


# <= 2000 calls; index, val in [0, 1000]; the oracle is the Reference class above
BENCH = bench.Case(2000, 2000, bench_input,
                   lambda calls: drive(MyLinkedList, calls), lambda calls: drive(Reference, calls))
