"""Function words and affixes of a language (``data/<lang>/grammar.json``), and the regular
expressions the rules build from them, compiled once per language.

The shape of each expression stays next to the words it is built from, so that a rule module
reads ``lex.verb_re`` and never spells an Indonesian word itself. One definition of a prefixed
verb form (:func:`verb_form`) serves every rule that tests for a verb.
"""

from __future__ import annotations

import re
from typing import Any

_SP = r"[ \u00a0]"


def _bare(words: list[str]) -> str:
    """``a|b|c`` over ``words`` in the order given, each escaped."""
    return "|".join(re.escape(w) for w in words)


def _words_re(phrases: list[str]) -> str:
    """Any one of ``phrases``, their words separated by any spaces ('salah seorang')."""
    return "(?:" + "|".join(f"{_SP}+".join(re.escape(w) for w in p.split()) for p in phrases) + ")"


def _alt(words: list[str]) -> str:
    """``(?:a|b|c)``: any one of ``words``."""
    return f"(?:{_bare(words)})"


def verb_form(prefixes: list[str]) -> str:
    """A prefixed verb form: one of ``prefixes`` and at least three more letters ('mengatakan')."""
    return _alt(prefixes) + "[a-z]{3,}"


def _shortest(prefixes: list[str]) -> tuple[str, ...]:
    """The prefixes no other prefix begins ('me' covers 'mem', 'meng'): a quick ``startswith`` test."""
    return tuple(p for p in prefixes if not any(q != p and p.startswith(q) for q in prefixes))


def _pointing(g: dict[str, Any], verb: str) -> dict[str, Any]:
    demonstrative = _alt(g["demonstratives"])
    adverb = rf"(?:{_alt(g['subject_adverbs'])}{_SP}+)?"
    return {
        # 'Waketum PAN ini mengaku …': a role phrase, a demonstrative, (an adverb,) a verb
        "pointing_re": re.compile(
            rf"(?:{_alt(g['pointing_connectors'])},{_SP}*)?"
            rf"([A-Za-z][\w'’-]*(?:{_SP}+[\w'’()-]+){{0,8}}?){_SP}+{demonstrative}{_SP}+"
            rf"{adverb}({verb})\b"
        ),
        "hot_re": re.compile(rf"{_SP}{demonstrative}{_SP}+{adverb}{verb}\b"),
        "hot_words": tuple(" " + w for w in g["demonstratives"]),
    }


def _cues(g: dict[str, Any], speech: dict[str, Any], honorifics: dict[str, Any]) -> dict[str, Any]:
    """The expressions of :mod:`newsdb.extract.cues`."""
    relative = rf"{_alt(g['relative'])}(?!\s+{_alt(g['habit_adverbs'])}\s)"  # not 'yang akrab disapa'
    links = "|".join(re.escape(w) + r"\s+" for w in speech["source_links"])
    return {
        # a speaker phrase ends at punctuation, '(' before a number, a comma before lower case, a bound word
        "bound_re": re.compile(
            rf"[.;:!?\"“”]|\s*\((?=\d)|,\s*(?=[a-z0-9])|\s(?:{_bare(g['clause_bounds'])}|{relative})\b"
        ),
        "abbrev_re": re.compile(rf"(?:^|[\s(])(?:[A-Z]|{_bare(honorifics['written_short'])})$"),
        "via_re": re.compile(
            rf"\b{_alt(speech['source_verbs'])}\s+(?:{links})?((?:[A-Z][\w'’&.\-]*(?:\s+|$))+)"
        ),
        "locative_re": re.compile(rf"(?:^|\s){_alt(g['locatives'])}\s+$"),
        "appositive_re": re.compile(rf"\s{_alt(g['appositives'])}\s"),
        "title_demonstrative_re": re.compile(rf"[\"“][^\"“”]{{1,80}}[\"”]\s+{_alt(g['demonstratives'])}\b"),
        "pronoun_subjects": frozenset(g["pronoun_subjects"]),
        "naming_cues": tuple(g["naming_cues"]),
        "phrase_namers": frozenset(g["phrase_namers"]),
    }


def _indirect(g: dict[str, Any]) -> dict[str, Any]:
    """The expressions of :mod:`newsdb.extract.indirect`."""
    pronouns = g["pronoun_subjects"] + [w.capitalize() for w in g["pronoun_subjects"]]
    relative, demonstrative = _alt(g["relative"]), _alt(g["demonstratives"])
    circumstance = rf"(?:\s+{_alt(g['circumstances'])}\s[^,.;\"“”]{{1,40}}?)?"
    addressee = "|".join(re.escape(w) + r"\s+[^,]{1,40},\s*" for w in g["addressees"])
    return {
        # what may stand between a subject's name and its verb: an age, an apposition, a clause
        "gap_re": re.compile(
            rf"^(?:\s*\(\d{{1,3}}\))?(?:\s*,[^,.;]{{1,80}}|\s+{relative}\s[^,.;]{{1,80}}\s{demonstrative})?"
            rf"{circumstance}[\s,]*$"
        ),
        "clause_lead_re": re.compile(rf"^[\s,:]*(?:{_alt(g['complementizers'])}\s+|{addressee})?"),
        "passive_tail_re": re.compile(rf"(?:\s+{_alt(g['passive_adverbs'])})?(?:\s+{_alt(g['agents'])})?\s+"),
        "pronoun_words": frozenset(pronouns),
        "pronoun_end_re": re.compile(rf"(?:^|[\s,]){_alt(pronouns)}$"),
        "account_re": re.compile(rf"[ \u00a0]+{_alt(g['account_nouns'])}(?=[ \u00a0])"),
        "introduced_re": re.compile(rf"(?:\s*\(\d{{1,3}}\))?,\s*{relative}\s"),
        "connector_re": re.compile(rf"{_alt(g['sentence_connectors'])},\s*"),
        "report_break_re": re.compile(rf"{_alt(g['report_breaks'])},"),
        # 'Menurutnya, …', 'Menurut dia, …': a report by the person spoken of opens the sentence
        "pronoun_report_re": re.compile(rf"[Mm]enurut(?:nya|{_SP}+{_alt(g['pronoun_subjects'])}),"),
        "acting_adverbs": frozenset(g["acting_adverbs"]),
        "stance_words": frozenset(g["stance_words"]),
        "object_prepositions": frozenset(g["object_prepositions"]),
        "joining_words": frozenset(g["joining_words"]),
    }


def _surroundings(g: dict[str, Any]) -> dict[str, Any]:
    """The expressions of :mod:`newsdb.extract.surroundings` and :mod:`newsdb.extract.quotes`."""
    ends = _alt(g["apposition_ends"])
    return {
        "intro_words": frozenset(g["intro_words"]),
        # 'Putra Sinjai, Sulawesi Selatan ini': group 1 is the place
        "native_re": re.compile(rf",{_SP}+([A-Z]\w+)(?:{_SP}+[A-Z]\w+)?{_SP}+{_alt(g['demonstratives'])}\b"),
        "apposed_re": re.compile(
            rf"(?:,|{_SP}+{_alt(g['apposition_openers'])}){_SP}+([A-Za-z][^,.;:()\"“”]{{2,80}}?)"
            rf"(?=[,.;:(\"“”]|{_SP}+{ends}\b|$)"
        ),
        # ', seorang ibu berusia …', ', warga Desa …': group 1 the noun, group 2 the word after it
        "apposed_noun_re": re.compile(
            rf",{_SP}+(?:{_words_re(g['one_person_words'] + g['noun_articles'])}{_SP}+)?"
            rf"([a-z]+)(?![\w-])(?:{_SP}+([\w.]+))?"
        ),
        "one_person_re": re.compile(rf",{_SP}+{_words_re(g['one_person_words'])}{_SP}+[a-z]"),
        "clause_prepositions": frozenset(g["clause_prepositions"]),
        "apposition_breaks": frozenset(g["apposition_breaks"]),
        "related_re": re.compile(
            rf"\b{_alt(g['related_verbs'])}\s+{_alt(g['related_adverbs'])}\s*:", re.IGNORECASE
        ),
    }


def credit_fields(c: dict[str, Any]) -> dict[str, Any]:
    """The :class:`~newsdb.extract.lexicon.Lexicon` fields built from ``credits.json``."""
    label, more = _alt(c["labels"]), re.escape(c["republished"])
    return {
        "credit_re": re.compile(
            rf"(?:\(\s*{label}\b\s*:?|\b{label}\s*:)[^()\n]{{0,100}}?(?=\)|,\s*{more}|\bpublished\b|$)"
        ),
        "credit_slash_re": re.compile(rf"\([A-Z][\w.]*/[A-Z][^()/]{{2,40}}\)(?=\s*[,.]?\s*(?:{more}|$))"),
        # a quick test: a label (its first letter in any case) or the republished note
        "credit_cues": tuple([w[1:] for w in c["labels"]] + [c["republished"]]),
        "synopsis": c["synopsis"],
        "cast_re": re.compile(rf"(?:\b{_alt(c['cast_words'])}\b[^.]*|\(\s*)$", re.IGNORECASE),
        "plays_re": re.compile(rf"[^.]{{0,80}}?\b{_alt(c['plays_words'])}\b"),
    }


def grammar_fields(g: dict[str, Any], speech: dict[str, Any], honorifics: dict[str, Any]) -> dict[str, Any]:
    """The :class:`~newsdb.extract.lexicon.Lexicon` fields built from ``grammar.json`` (and the
    source verbs of ``speech.json``, the written honorifics of ``honorifics.json``)."""
    verb = verb_form(g["active_prefixes"] + g["passive_prefixes"])
    return {
        **_cues(g, speech, honorifics),
        **_indirect(g),
        **_surroundings(g),
        "demonstratives": frozenset(g["demonstratives"]),
        "verb_starts": _shortest(g["active_prefixes"] + g["passive_prefixes"]),
        "verb_re": re.compile(verb + "$"),
        "active_verb_re": re.compile(verb_form(g["active_prefixes"])),
        "verbish_re": re.compile(rf"^(?:{verb}|{_alt(g['adverb_prefixes'])}[a-z]{{5,}})$"),
        **_pointing(g, verb),
    }
