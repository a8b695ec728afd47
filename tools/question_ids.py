"""Give every interview question an id that review progress can be keyed on.

A question's id is written into its admonition line, ``??? question q-ddpm-3 "…"``, so it
stays when the wording changes or the question moves. This command adds an id to every
question that has none: the file's subject (a note's file name, a post's date) and the
next free number. The build (hooks/questions.py) refuses a question without an id and an
id used twice. Run it after writing new questions: ``.venv/bin/python -m tools.question_ids``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT / "hooks"))  # appended: hooks/math.py must not shadow the math module

from content import is_note, is_post  # noqa: E402

LINE = re.compile(r'^\?\?\? question(?: q-(?P<id>[a-z0-9][a-z0-9-]*))? "', re.MULTILINE)
POST_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-")


def subject(src: str) -> str:
    """The id prefix: ``ddpm`` for diffusion/ddpm.md, ``d20261110`` for a post of 2026-11-10."""
    stem = Path(src).stem
    date = POST_DATE.match(stem)
    return f"d{''.join(date.groups())}" if date else stem


def add_ids(text: str, prefix: str, taken: set[str]) -> tuple[str, int]:
    """Text with an id on every question line that lacks one; ids in taken are not reused."""
    number = 0
    added = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal number, added
        if match.group("id"):
            return match.group(0)
        number += 1
        while f"{prefix}-{number}" in taken:
            number += 1
        taken.add(f"{prefix}-{number}")
        added += 1
        return f'??? question q-{prefix}-{number} "'

    return LINE.sub(fix, text), added


def main() -> int:
    docs = ROOT / "docs"
    sources = sorted(p for p in docs.rglob("*.md") if is_note(p.relative_to(docs).as_posix())
                     or is_post(p.relative_to(docs).as_posix()))
    taken = {m.group("id") for p in sources for m in LINE.finditer(p.read_text(encoding="utf-8")) if m.group("id")}
    for path in sources:
        text = path.read_text(encoding="utf-8")
        new, added = add_ids(text, subject(path.relative_to(docs).as_posix()), taken)
        if added:
            path.write_text(new, encoding="utf-8")
            print(f"{path.relative_to(ROOT)}: {added} id(s) added")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
