"""Draws distinct texts from templates in turn: shared by the set generators.

A set's generator renders a template into a ``TextBuilder``; this module only
decides which template to render next and refuses a text already written,
so the generators keep their own templates, pools and renderers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from evals.redaction.labelled import TextBuilder

__all__ = ["Rendered", "draw_distinct"]


class Rendered(Protocol):
    """A rendered template: the builder holding its text and labels."""

    @property
    def builder(self) -> TextBuilder: ...


class _Categorised(Protocol):
    @property
    def template_id(self) -> str: ...

    @property
    def category(self) -> str: ...


R = TypeVar("R", bound=Rendered)
T = TypeVar("T", bound=_Categorised)


def draw_distinct(
    render: Callable[[T], R],
    templates: Sequence[T],
    count: int,
    seen: set[str],
    *,
    attempts: int,
    clean_category: str,
) -> list[tuple[R, T]]:
    """``count`` texts never written before, taking ``templates`` in turn.

    A template of ``clean_category`` must give a text with no label, every
    other one a text with a label.
    """
    drawn = []
    for index in range(count):
        rendered, template = _fresh(render, templates, index, seen, attempts)
        is_clean = template.category == clean_category
        if is_clean == bool(rendered.builder.spans):
            raise ValueError(f"{template.template_id}: clean iff unlabelled")
        drawn.append((rendered, template))
    return drawn


def _fresh(
    render: Callable[[T], R],
    templates: Sequence[T],
    index: int,
    seen: set[str],
    attempts: int,
) -> tuple[R, T]:
    """A text not written yet, from the ``index``-th template or a later one."""
    for step in range(len(templates)):
        template = templates[(index + step) % len(templates)]
        for _ in range(attempts):
            rendered = render(template)
            text = "".join(rendered.builder.pieces)
            if text not in seen:
                seen.add(text)
                return rendered, template
    raise ValueError("the templates give too few distinct texts")
