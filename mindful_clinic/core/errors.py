"""Errors that carry enough context for a clinician or a reviewer to fix a data file."""

from __future__ import annotations


class ContentError(ValueError):
    """A practice or pattern definition is invalid: names the file, the field and the problem."""

    def __init__(self, source: str, field: str, problem: str) -> None:
        self.source = source
        self.field = field
        self.problem = problem
        super().__init__(f"{source}: {field}: {problem}")
