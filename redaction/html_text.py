"""Readable plain text from Odoo's HTML fields, attribute data included.

Odoo stores descriptions and chatter bodies as HTML. Block elements and
``<br>`` become line breaks, entities are decoded, scripts and styles are
dropped, and the values of data-carrying attributes (a ``mailto:`` link, a
title) are written after the element's text so the analyzer sees them too.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup
from bs4.element import (
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    ProcessingInstruction,
    Tag,
)

from copilot.errors import RedactionError

__all__ = ["html_to_text"]

_DROPPED = frozenset({"head", "script", "style", "template", "noscript", "svg"})
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tbody", "thead", "tfoot", "tr", "ul",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_SHOWN_ATTRIBUTES = ("href", "title", "alt")
# Odoo's editor marks records with data-oe-model / data-oe-id: ids, not data.
_TECHNICAL_DATA_PREFIX = "data-oe-"
_SKIPPED_SCHEMES = ("data:", "javascript:", "cid:", "#")
_CONTACT_SCHEMES = ("mailto:", "tel:", "callto:", "sms:")
_SPACES = re.compile(r"[ \t\f\v\r\n\u00a0]+")
_BLANK_LINES = re.compile(r"\n{2,}")
_LINE_SPACES = re.compile(r" {2,}")
_NON_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)


def html_to_text(html: str) -> str:
    """Plain text of ``html``, with attribute values shown in parentheses.

    Raises ``RedactionError`` (carrying no text) if the HTML cannot be read.
    """
    try:
        soup = BeautifulSoup(html, "html.parser")
        pieces: list[str] = []
        _render(soup, pieces, is_preformatted=False)
    except RecursionError as exc:
        raise RedactionError("HTML is nested too deeply to convert") from exc
    except Exception as exc:
        raise RedactionError(
            f"HTML could not be converted ({type(exc).__name__})"
        ) from exc
    return _tidy("".join(pieces))


def _render(node: Tag, pieces: list[str], *, is_preformatted: bool) -> None:
    for child in node.children:
        if isinstance(child, _NON_TEXT):
            continue
        if isinstance(child, NavigableString):
            text = str(child)
            pieces.append(text if is_preformatted else _SPACES.sub(" ", text))
        elif isinstance(child, Tag):
            _render_tag(child, pieces, is_preformatted=is_preformatted)


def _render_tag(tag: Tag, pieces: list[str], *, is_preformatted: bool) -> None:
    name = tag.name.lower()
    if name in _DROPPED:
        return
    if name == "br":
        pieces.append("\n")
        return
    is_block = name in _BLOCKS
    if is_block:
        pieces.append("\n- " if name == "li" else "\n")
    start = len(pieces)
    _render(tag, pieces, is_preformatted=is_preformatted or name == "pre")
    shown = _attribute_values(tag, "".join(pieces[start:]))
    if shown:
        pieces.append(" (" + "; ".join(shown) + ")")
    if is_block:
        pieces.append("\n")
    elif name in _CELLS:
        pieces.append("\t")


def _attribute_values(tag: Tag, own_text: str) -> list[str]:
    """Values of the tag's data-carrying attributes not already in its text."""
    names = [
        name
        for name in tag.attrs
        if name in _SHOWN_ATTRIBUTES
        or (name.startswith("data-") and not name.startswith(_TECHNICAL_DATA_PREFIX))
    ]
    folded_text = own_text.casefold()
    shown: list[str] = []
    for name in names:
        raw = tag.get(name)
        value = " ".join(raw) if isinstance(raw, list) else str(raw or "")
        value = _readable(value.strip()) if name == "href" else value.strip()
        if len(value) < 3 or value.casefold() in folded_text or value in shown:
            continue
        shown.append(value)
    return shown


def _readable(link: str) -> str:
    """The part of a link worth showing: the address, not tokens or queries.

    Query strings and fragments are dropped: Odoo portal links carry access
    tokens there, and a dropped value can never leak.
    """
    lowered = link.lower()
    if lowered.startswith(_SKIPPED_SCHEMES):
        return ""
    for scheme in _CONTACT_SCHEMES:
        if lowered.startswith(scheme):
            return unquote(link[len(scheme) :].split("?", 1)[0])
    parts = urlsplit(link)
    prefix = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    return unquote(prefix + parts.path)


def _tidy(text: str) -> str:
    lines = [_LINE_SPACES.sub(" ", line).strip(" \t") for line in text.split("\n")]
    return _BLANK_LINES.sub("\n", "\n".join(lines)).strip("\n")
