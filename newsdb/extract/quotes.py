"""Direct and partial quotations: spans, kind and the cue that attributes each one.

The speakers are still references here (:class:`~newsdb.extract.cues.Ref`); they become
people in :mod:`newsdb.extract.resolve`, once every name in the article is known.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdb.extract.cues import Cue, Ref, after_cue, before_cue, names_in
from newsdb.extract.lexicon import Lexicon
from newsdb.extract.names import Mention
from newsdb.extract.spans import MARK_RE, Span, find_spans, sentence_start, sentence_starts

_TERMINAL = ".!?"
_GLUED = '.!?"”'
_OUTSIDE = " \t\u00a0.,"  # what may stand after a whole-paragraph quotation


@dataclass(slots=True)
class Draft:
    """A quotation found in the text, with its cue but no resolved speaker yet."""

    span: Span
    kind: str
    cue: Cue | None
    chain: int  # quotations running over several paragraphs share a chain number
    inherited: bool = False
    alone: bool = False  # the quotation is the whole paragraph, with no cue


class Paragraph:
    """One body paragraph with its name mentions; sentence starts are found when first asked."""

    __slots__ = ("text", "mentions", "known", "_starts")

    def __init__(self, text: str, mentions: list[Mention], known: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.mentions = mentions
        self.known = known  # first words of the article's longer names
        self._starts: list[int] | None = None

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = sentence_starts(self.text)
        return self._starts


def _title_like(prefix: str, lex: Lexicon) -> bool:
    word = _last_word(prefix)
    return bool(word) and word.casefold() in lex.title_markers


def _last_word(text: str) -> str:
    """What ``([\\w'’\\-]+)[\\s:]*$`` would find (group 1), or '': the word characters that end
    ``text`` before its trailing spaces and colons. Two loops back from the end; the regex search
    tried every position of the text."""
    end = len(text)
    while end > 0 and (text[end - 1].isspace() or text[end - 1] == ":"):
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
        start -= 1
    return text[start:end]


def _title_case(text: str, lex: Lexicon) -> bool:
    """'Ask Me Anything', 'Promoter of Justice': capitalised words (and small linking words)
    read as a name or title, not speech."""
    words = text.split()
    return len(words) >= 2 and all(
        w[:1].isupper() or not w[:1].isalpha() or w in lex.title_links for w in words
    )


def _kind(span: Span, prefix: str, cue: Cue | None) -> str:
    stripped = prefix.rstrip()
    if not stripped or stripped[-1] in ",:" or span.open_at <= 0:
        return "direct"
    if cue is not None and span.text[-1:] in _TERMINAL:
        return "direct"
    return "partial"


def _draft(span: Span, para: Paragraph, prev: Paragraph | None, lex: Lexicon) -> Draft | None:
    text = span.text
    lo = sentence_start(para.starts, max(span.open_at, 0))
    head = para.text[max(0, span.open_at - 300) : max(span.open_at, 0)].rstrip()
    if _title_like(head[-40:], lex):
        return None  # 'Simak Video "…"', 'berjudul "…"'
    if not head or head[-1] in _GLUED or lex.related_re.search(head, max(0, len(head) - 200)):
        lo = max(span.open_at, 0)  # '…itu.""Bahwa …' or 'Baca juga: …"Itu …': paragraphs run together
    prefix = para.text[lo : max(span.open_at, 0)]
    cue = (
        after_cue(para.text, span.after, para.mentions, lex, span.para, para.known) if span.close_at else None
    )
    kind = _kind(span, prefix, cue)
    if cue is None and prefix.strip():
        cue = before_cue(para.text, lo, span.open_at, para.mentions, lex, kind == "partial")
    if kind == "partial" and (cue is None or _title_case(text, lex) or " " not in text.strip()):
        return None  # a term or title in marks that nobody is said to have uttered
    if cue is None and not prefix.strip() and prev and prev.text.rstrip().endswith(":"):
        end = len(prev.text.rstrip()) - 1
        lo_prev = sentence_start(prev.starts, end)
        cue = before_cue(prev.text, lo_prev, end + 1, prev.mentions, lex)
    if cue is None and len(text.split()) < 4 and text[-1:] not in _TERMINAL + ",":
        return None
    return Draft(span, kind, cue, chain=-1)


def _closing_cue(d: Draft, para: Paragraph, i: int, lex: Lexicon) -> None:
    """A quotation whose closing mark the scraper pushed to the next paragraph:
    ``"… saya."`` ⏎ ``" ujar Laode di Gedung KPK.``"""
    head = para.text.lstrip()
    if d.span.close_at is None and head[:1] in '"”″':
        at = len(para.text) - len(head)
        d.cue = after_cue(para.text, at + 1, para.mentions, lex, i, para.known)


def find_quotes(paras: list[Paragraph], lex: Lexicon) -> list[Draft]:
    """Every quotation in the body, in order, with chains and in-paragraph continuations."""
    drafts: list[Draft] = []
    carry, chain, next_chain = False, -1, 0
    for i, para in enumerate(paras):
        if not carry and not MARK_RE.search(para.text):
            continue
        spans, carry_out = find_spans(para.text, i, carry)
        prev = paras[i - 1] if i else None
        if carry and drafts and drafts[-1].cue is None:
            _closing_cue(drafts[-1], para, i, lex)
        for span in spans:
            d = _draft(span, para, prev, lex)
            if d is None:
                continue
            continues = carry and span.open_at <= 0 and not para.text[: max(span.open_at, 0)].strip()
            if continues and chain >= 0:
                d.chain = chain
            elif span.close_at is None:
                d.chain = next_chain
                next_chain += 1
            if span.close_at is None:
                chain = d.chain
            elif d.cue is None and span.open_at >= 0:
                d.alone = _whole(para.text, span)
            drafts.append(d)
        if not carry_out:
            chain = -1
        carry = carry_out
    _share_chains(drafts)
    _inherit_in_paragraph(drafts, paras)
    _inherit_backwards(drafts, paras)
    return drafts


def _whole(text: str, span: Span) -> bool:
    """``"Ada perasaan … lemah."`` standing as a paragraph of its own: nothing outside the marks."""
    return not text[: span.open_at].strip() and not text[span.after :].strip(_OUTSIDE)


def _share_chains(drafts: list[Draft]) -> None:
    groups: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.chain >= 0:
            groups.setdefault(d.chain, []).append(d)
    for members in groups.values():
        cues = [d.cue for d in members if d.cue is not None and d.cue.ref.kind != "none"]
        if not cues:
            continue
        source = cues[-1] if members[-1].cue is not None else cues[0]
        for d in members:
            if d.cue is None:
                d.cue = Cue(verb="", ref=source.ref, via=source.via)
                d.inherited = True


def _inherit_in_paragraph(drafts: list[Draft], paras: list[Paragraph]) -> None:
    """``“A,” kata X. “B.”``: B is X's too when no other name stands between."""
    for prev, d in zip(drafts, drafts[1:], strict=False):
        if d.cue is not None or prev.cue is None or d.span.para != prev.span.para:
            continue
        if d.kind != "direct" or prev.cue.ref.kind == "none":
            continue
        para = paras[d.span.para]
        between = [m for m in names_in(para.mentions, prev.span.after, d.span.open_at)]
        if prev.cue.ref.kind == "mention" and any(
            m.text != (prev.cue.ref.mention.text if prev.cue.ref.mention else "") for m in between
        ):
            continue
        d.cue = Cue(verb="", ref=prev.cue.ref, via=None)
        d.inherited = True


def _inherit_backwards(drafts: list[Draft], paras: list[Paragraph]) -> None:
    """``"A." "B," ucap X.``: a quotation with no cue that runs straight into an attributed
    one (nothing but white space between, even across a paragraph break) is X's too."""
    for d, nxt in zip(reversed(drafts[:-1]), reversed(drafts[1:]), strict=True):
        if d.cue is not None or nxt.cue is None or d.kind != "direct" or d.span.close_at is None:
            continue
        if nxt.cue.ref.kind == "none" or nxt.span.open_at < 0:
            continue
        if nxt.span.para == d.span.para:
            gap = paras[d.span.para].text[d.span.close_at + 1 : nxt.span.open_at]
        elif nxt.span.para == d.span.para + 1:
            gap = (
                paras[d.span.para].text[d.span.close_at + 1 :] + paras[nxt.span.para].text[: nxt.span.open_at]
            )
        else:
            continue
        if not gap.strip():
            d.cue = Cue(verb="", ref=nxt.cue.ref, via=None)
            d.inherited = True


def paragraph_context(text: str, mentions: list[Mention], known: frozenset[str] = frozenset()) -> Paragraph:
    return Paragraph(text, mentions, known)


__all__ = ["Draft", "Paragraph", "Ref", "find_quotes", "paragraph_context"]
