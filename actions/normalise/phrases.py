"""A language pack's phrase templates turned into regular-expression fragments.

A pack holds words and phrases, not regular expressions, so that someone who knows the language
and not Python can read, review and extend it. A few shapes recur in how people talk, and a
template says them without regex syntax:

- ``that's right``: words; an apostrophe may be left out ("thats"), spaces are any run of spaces;
- ``[all] right``: an optional part;
- ``(right | correct | fine)``: one of several;
- ``{role}``: any phrase of another role of the same pack ("{change_verbs} it");
- ``{value}``: a hole the reader fills (what it captures is the reader's business, not the pack's).

Everything else (letters, digits, punctuation) is literal and matched without regard to case by
the readers. ``compile_phrase`` is the only place that knows this syntax.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

# What a hole becomes: a role's alternation, or a reader's capture; None: an unknown hole.
Holes = Callable[[str], "str | None"]

_TOKENS = re.compile(
    r"\{(?P<hole>[a-z_][a-z0-9_]*)\}|(?P<open>[\[(])|(?P<close>[\])])|(?P<bar>\|)|(?P<space>\s+)"
)


class PhraseError(ValueError):
    """A template that cannot be read: the message names the template and the fault."""


def literal_text(text: str) -> str:
    """Literal words as a fragment: an apostrophe optional, any run of spaces for a space."""
    out = []
    for ch in text:
        if ch in "'\u2019":
            out.append("['\u2019]?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def compile_phrase(template: str, holes: Holes | None = None, *, stretch: bool = False) -> str:
    """The regular-expression fragment (no groups of its own but the holes' captures) for ``template``.

    ``stretch`` lets each word's last letter be drawn out, as speech recognisers write hesitations
    ("umm", "errr"): one rule for every language instead of a list of spellings.
    """
    parser = _Parser(template.strip(), holes or (lambda _name: None), stretch)
    fragment = parser.alternatives()
    if parser.pos != len(parser.tokens):
        raise PhraseError(f"{template!r}: unbalanced brackets")
    return fragment


def role_holes(alternations: Mapping[str, str], captures: Mapping[str, str] | None = None) -> Holes:
    """Holes filled by other roles' alternations and by readers' named captures."""

    def fill(name: str) -> str | None:
        if captures and name in captures:
            return f"(?P<{name}>{captures[name]})"
        return alternations.get(name)

    return fill


class _Parser:
    """Recursive descent over the template's tokens: sequence := item (space? item)*."""

    def __init__(self, template: str, holes: Holes, stretch: bool) -> None:
        self.template = template
        self.holes = holes
        self.stretch = stretch
        self.tokens: list[tuple[str, str]] = []
        pos = 0
        for match in _TOKENS.finditer(template):
            if match.start() > pos:
                self.tokens.append(("text", template[pos : match.start()]))
            kind = match.lastgroup or "text"
            self.tokens.append((kind, match.group(kind) if kind == "hole" else match.group()))
            pos = match.end()
        if pos < len(template):
            self.tokens.append(("text", template[pos:]))
        self.pos = 0

    def _peek(self) -> str | None:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else None

    def alternatives(self) -> str:
        options = [self.sequence()]
        while self._peek() == "bar":
            self.pos += 1
            options.append(self.sequence())
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    def sequence(self) -> str:
        """Items joined by spaces; an optional item takes its space with it."""
        items: list[tuple[str, bool]] = []  # (fragment, optional)
        spaced: list[bool] = []  # spaced[i]: a space came before item i
        space = False
        while True:
            kind = self._peek()
            if kind is None or kind in ("close", "bar"):
                break
            token = self.tokens[self.pos][1]
            self.pos += 1
            if kind == "space":
                space = True
                continue
            if kind == "open":
                inner = self.alternatives()
                if self._peek() != "close" or self.tokens[self.pos][1] != ("]" if token == "[" else ")"):
                    raise PhraseError(f"{self.template!r}: {token!r} is not closed")
                self.pos += 1
                fragment, optional = inner, token == "["
            elif kind == "hole":
                filled = self.holes(token)
                if filled is None:
                    raise PhraseError(f"{self.template!r}: no role or value named {{{token}}}")
                fragment, optional = filled, False
            else:
                fragment, optional = self._text(token), False
            items.append((fragment, optional))
            spaced.append(space and bool(items[:-1]))
            space = False
        return self._join(items, spaced)

    def _text(self, text: str) -> str:
        if not self.stretch:
            return literal_text(text)
        return (
            literal_text(text[:-1]) + re.escape(text[-1]) + "+" if text[-1].isalpha() else literal_text(text)
        )

    @staticmethod
    def _join(items: list[tuple[str, bool]], spaced: list[bool]) -> str:
        """A space before a required item is a run of spaces; an optional item carries its own
        space: the one after it while nothing required came before it, else the one before it."""
        out = ""
        gaps = list(spaced)
        leading = True  # only optional items so far
        for i, (fragment, optional) in enumerate(items):
            gap_after = i + 1 < len(items) and gaps[i + 1]
            if not optional:
                out += (r"\s+" if gaps[i] else "") + fragment  # a sequence needs no group
                leading = False
            elif leading and gap_after:
                out += rf"(?:{fragment}\s+)?"
                gaps[i + 1] = False
            elif gaps[i]:
                out += rf"(?:\s+{fragment})?"
            else:
                out += f"(?:{fragment})?"
        return out
