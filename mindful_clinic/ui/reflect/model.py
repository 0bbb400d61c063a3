"""What the reflection widgets need from a store (the app passes a ReflectionStore)."""

from __future__ import annotations

from typing import Protocol

from mindful_clinic.core.reflect.records import Reflection


class ReflectionModel(Protocol):
    def all(self) -> list[Reflection]: ...
    def add(self, reflection: Reflection) -> None: ...
    def update(self, reflection: Reflection) -> None: ...
    def delete(self, reflection_id: str) -> None: ...
