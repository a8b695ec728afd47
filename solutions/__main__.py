"""Run a problem's LeetCode examples, or list the problems.

    python -m solutions 11        # inputs, expected and actual outputs of problem 11
    python -m solutions --list    # every problem with its difficulty and complexity
"""

from __future__ import annotations

import argparse
import sys

from solutions.problem import solution_modules


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m solutions", description=__doc__.splitlines()[0])
    parser.add_argument("number", nargs="?", type=int, help="LeetCode problem number")
    parser.add_argument("--list", action="store_true", help="list all problems")
    args = parser.parse_args(argv)
    modules = {module.PROBLEM.number: module for module in solution_modules()}
    if args.list or args.number is None:
        for number, module in modules.items():
            p = module.PROBLEM
            print(f"{number:>5}  {p.title_zh}（{p.title_en}）  {p.difficulty}  时间 {p.time}  空间 {p.space}")
        return 0
    if args.number not in modules:
        print(f"no solution for problem {args.number}; see --list", file=sys.stderr)
        return 2
    module = modules[args.number]
    failures = 0
    for index, example in enumerate(module.EXAMPLES, 1):
        actual = module.run(**example.inputs)
        ok = actual == example.output
        failures += not ok
        print(f"示例 {index}: 输入 {example.inputs}")
        print(f"  期望 {example.output!r}  实际 {actual!r}  {'✓' if ok else '✗'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
