"""Word lists for extraction, kept as JSON data per language (``data/<lang>/*.json``).

Everything is loaded once per language and frozen into sets, so that the extractor does
only hash lookups at run time.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsdb.extract.grammar import credit_fields, grammar_fields


# no generated __eq__/__repr__: nothing compares or prints a lexicon, and over ~100 fields they
# cost startup time (the class is built at every import)
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Lexicon:
    """The frozen word sets one language needs (all lower case)."""

    language: str
    after_cues: frozenset[str]  # cue words after a closing mark, with their -nya forms
    after_stems: frozenset[str]  # the bare stems among them ('tanya' is a stem, not tan+nya)
    before_cues: frozenset[str]  # verbs that introduce a quote after their subject
    indirect_verbs: frozenset[str]
    speech_verbs: frozenset[str]  # before_cues and indirect_verbs together
    passive_verbs: frozenset[str]
    replies: frozenset[str]  # cue stems of a reply ('jawab'): the speaker changes
    partial_verbs: frozenset[str]
    via_words: frozenset[str]
    pronouns: frozenset[str]
    fillers: frozenset[str]
    title_markers: frozenset[str]
    title_nouns: frozenset[str]  # 'bertajuk', 'album': a title in marks follows
    modifiers: frozenset[str]
    title_verbs: frozenset[str]  # 'Ungkap', 'Minta' right after a headline's subject
    headline_verbs: frozenset[str]  # base verbs of headlines ('Tinjau', 'Bantah'), with title_verbs
    role_heads: frozenset[str]
    title_words: frozenset[str]  # role words that count only when capitalised
    ranks: frozenset[str]
    relational: frozenset[str]  # phrases, words separated by one space
    person_titles: frozenset[str]
    person_nouns: frozenset[str]
    weak_heads: frozenset[str]
    regional: frozenset[str]
    multiword_roles: frozenset[str]
    multiword_longest_first: tuple[
        str, ...
    ]  # the same, longest first (then alphabetical): a stable match order
    descriptors: frozenset[str]
    abbreviations: dict[str, str]  # 'menhub' -> 'menteri perhubungan'
    not_offices: frozenset[str]  # 'mantan': opens a role phrase, names no office
    unnamed_heads: frozenset[str]  # 'seorang', 'warga': somebody the article does not name
    kin: frozenset[str]  # 'ibu', 'suami': before a single name, the name is a person
    name_roles: frozenset[str]  # 'putra', 'raja': a name word right after a name ('Eka Putra')
    bracket_titles: frozenset[str]  # 'presiden', 'pak': a bracket after one stays in the run
    apposed_nouns: frozenset[str]  # 'warga', 'istri': after a name and a comma, a person
    apposed_not: frozenset[str]  # 'kota' ('ibu kota'): after such a noun, no person
    resident_nouns: frozenset[str]  # 'warga': apposed, only before a place
    case_parties: frozenset[str]  # 'tersangka', 'saksi': right before a single name, a person
    residence_words: frozenset[str]  # 'desa', 'asal': a place follows
    role_prefixes: tuple[str, ...]  # 'wadir', 'kasat': compound office titles ('Wadiresnarkoba')
    lookback_heads: frozenset[str]  # role heads, ranks and relational -nya forms, for a quick test
    title_ranks: frozenset[str]  # ranks that also end ordinary titles ('Direktur Jenderal')
    corps: frozenset[str]  # corps words after a rank that never begin one ('Kolonel Inf')
    no_rank_openers: frozenset[str]  # the two together: rank words that open no personal rank
    honorifics: frozenset[str]
    degrees: frozenset[str]
    org_heads: frozenset[str]
    named_heads: frozenset[str]
    org_prefixes: tuple[str, ...]
    needs_name: frozenset[str]
    name_words: frozenset[str]
    balinese_heads: frozenset[str]  # birth-order and caste heads that open a name ('Gede', 'Ni Luh')
    court_titles: frozenset[str]  # Javanese court titles kept in a royal's name ('GKR Hemas')
    balinese_re: re.Pattern[str]  # any of them as a word, any case: where the rule may apply
    org_tails: frozenset[str]
    things: frozenset[str]  # 'bisnis', 'aplikasi': 'bernama' after one names a thing
    field_words: frozenset[str]  # 'bidang', 'urusan': the field of an office
    field_heads: frozenset[str]  # 'perumahan'
    residents: frozenset[str]  # 'warga', 'penghuni'
    honouring_heads: frozenset[str]  # 'jalan', 'bandara': places named after a titled person
    streets: frozenset[str]  # 'jalan', 'gang': street heads, mostly named after people
    company_forms: frozenset[str]  # 'pt', 'cv'
    compass: frozenset[str]  # 'barat', 'selatan'
    place_before: frozenset[str]  # 'di', 'kabupaten': a single name after one is a place
    title_links: frozenset[str]  # 'of', 'dan': small words inside a Title Case title
    never_leads: frozenset[str]  # 'the', 'de': articles that never open a name
    caps_only_heads: frozenset[str]  # heads only when written in capitals ('UU', not 'Uu')
    head_names: frozenset[str]  # heads that are also given names ('Hari')
    stopwords: frozenset[str]
    connectors: frozenset[str]
    function_words: frozenset[str]
    particles: frozenset[str]
    capital_particles: frozenset[str]  # 'De', 'Del', 'Bin' between a given name and a surname
    capital_particle_links: frozenset[str]  # 'La', 'Der' after one ('De La Cruz')
    places: frozenset[str]
    common: frozenset[str]
    mononyms: frozenset[str]
    known_as: dict[str, str]  # press nicknames → full names ('Jokowi' → 'Joko Widodo')
    known_people: frozenset[str]  # full names named with evidence in other articles (as written)
    # grammar.json, and the expressions built from it once (see newsdb.extract.grammar)
    demonstratives: frozenset[str]  # 'ini', 'itu', 'tersebut'
    verb_starts: tuple[str, ...]  # what every prefixed verb form starts with ('me', 'ber', 'di', 'ter')
    verb_re: re.Pattern[str]  # match(): the whole word is a prefixed verb form
    active_verb_re: re.Pattern[str]  # match(): the word opens with an active verb form ('me-', 'ber-')
    verbish_re: re.Pattern[str]  # match(): a verb form or a long 'se-' adverb
    pointing_re: re.Pattern[str]  # a sentence opening with a role phrase, demonstrative and verb
    hot_re: re.Pattern[str]  # the demonstrative-and-verb part of it alone, for a quick test
    hot_words: tuple[str, ...]  # ' ini', ' itu', ' tersebut': where hot_re may match
    bound_re: re.Pattern[str]  # search(): where a speaker phrase after a cue ends
    abbrev_re: re.Pattern[str]  # search(): an initial or written honorific before a full stop ('Dr.')
    via_re: re.Pattern[str]  # 'dikutip dari Reuters': group 1 is the source
    locative_re: re.Pattern[str]  # search(): a place preposition right before a name
    appositive_re: re.Pattern[str]  # ' selaku ', ' sebagai ': a role joined to the name before it
    title_demonstrative_re: re.Pattern[str]  # match(): a title in marks, then a demonstrative
    pronoun_subjects: frozenset[str]  # 'dia', 'ia', 'beliau'
    naming_cues: tuple[str, ...]  # 'disapa', 'bernama': the text before a name it gives
    phrase_namers: frozenset[str]  # 'bernama', 'berinisial': a phrase opening with one is about the name
    gap_re: re.Pattern[str]  # match(): what may stand between a subject's name and its verb
    clause_lead_re: re.Pattern[str]  # match(): 'bahwa', 'kepada wartawan,' before a reported clause
    passive_tail_re: re.Pattern[str]  # match(): 'pula oleh' between a passive verb and its speaker
    pronoun_words: frozenset[str]  # the pronoun subjects, also capitalised
    pronoun_end_re: re.Pattern[str]  # search(): a text that ends with a pronoun subject
    account_re: re.Pattern[str]  # match(): 'pengakuan' in 'Menurut pengakuan X'
    introduced_re: re.Pattern[str]  # match(): '(42), yang' after a name brought into the story
    connector_re: re.Pattern[str]  # match(): 'Sementara itu, ' opening a sentence
    report_break_re: re.Pattern[str]  # match(): 'Sementara itu, ': a sentence outside the report before it
    pronoun_report_re: re.Pattern[str]  # match(): 'Menurutnya, ', 'Menurut dia, ' opening a sentence
    acting_adverbs: frozenset[str]  # 'juga', 'tampak' between a subject and its verb
    stance_words: frozenset[str]  # 'setuju', 'ketika' right after a subject that acts
    object_prepositions: frozenset[str]  # 'dengan', 'oleh': a name after one is no subject
    joining_words: frozenset[str]  # 'dan', 'serta': a name before one is half of a pair
    intro_words: frozenset[str]  # 'bernama', 'alias' before a name: a person
    native_re: re.Pattern[str]  # match(): ', Sinjai, Sulawesi Selatan ini' after 'Putra X'
    apposed_re: re.Pattern[str]  # match(): ', Ketua Umum Partai Golkar' (group 1) after a name
    apposed_noun_re: re.Pattern[str]  # match(): ', (seorang) warga Desa': the noun, the word after it
    one_person_re: re.Pattern[str]  # match(): ', seorang …' after a name
    clause_prepositions: frozenset[str]  # 'dari', 'di': a name after one ends an adverbial
    apposition_breaks: frozenset[str]  # 'itu', 'yang' after an apposed noun: a new subject
    related_re: re.Pattern[str]  # search(): 'Baca juga:'
    # credits.json
    credit_re: re.Pattern[str]  # '(Penulis: …)', 'Reporter: …' in a paragraph
    credit_slash_re: re.Pattern[str]  # '(Surya/Doni Prasetyo)' before 'Artikel …' or the end
    credit_cues: tuple[str, ...]  # 'enulis', 'eporter', …, 'Artikel': a paragraph may hold a credit
    synopsis: str  # a title opening with it retells fiction
    cast_re: re.Pattern[str]  # search(): 'dibintangi …' right before a name of the cast
    plays_re: re.Pattern[str]  # match(): '… berperan' after a name of the cast

    def is_role_word(self, word: str) -> bool:
        w = word.casefold()
        return w in self.role_heads or w in self.ranks


@lru_cache(maxsize=32)
def _read(language: str, name: str) -> dict[str, Any]:
    """One data file, parsed once (several builders read speech.json and honorifics.json)."""
    path = resources.files("newsdb.extract").joinpath("data", language, f"{name}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(item.casefold() for item in items)


def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.split()[0] for p in phrases)


def _headline_verbs(language: str) -> frozenset[str]:
    path = resources.files("newsdb.extract").joinpath("data", language, "headline_verbs.json")
    return _words(_read(language, "headline_verbs")["verbs"]) if path.is_file() else frozenset()


def _speech(language: str) -> dict[str, Any]:
    speech = _read(language, "speech")
    after = _words(speech["after"])
    title_verbs = _words(speech.get("title_verbs", []))
    return {
        "after_cues": after | {w + "nya" for w in after} | _words(speech["after_extra"]),
        "after_stems": after,
        "before_cues": _words(speech["before"]),
        "indirect_verbs": _words(speech["indirect"]),
        "speech_verbs": _words(speech["before"]) | _words(speech["indirect"]),
        "passive_verbs": _words(speech["passive"]),
        "replies": _words(speech["replies"]),
        "partial_verbs": _words(speech["partial"]),
        "via_words": _words(speech["via"]),
        "pronouns": _words(speech["pronouns"]),
        "fillers": _words(speech["fillers"]),
        "title_markers": _words(speech["title_markers"]),
        "title_nouns": _words(speech["title_nouns"]),
        "modifiers": _words(speech["modifiers"]),
        "title_verbs": title_verbs,
        "headline_verbs": title_verbs | _headline_verbs(language),
    }


def _roles(language: str) -> dict[str, Any]:
    roles = _read(language, "roles")
    relational = _words(roles["relational"])
    multiword = _words(roles["multiword"])
    role_heads = _words(roles["heads"]) | _first_words(relational | multiword)
    return {
        "role_heads": role_heads,
        "ranks": _words(roles["ranks"]),
        "title_words": _words(roles["capitalised_only"]),
        "relational": relational,
        "person_titles": _words(roles["person_titles"]),
        "person_nouns": _words(roles["person_nouns"]),
        "weak_heads": _words(roles["weak_heads"]),
        "regional": _words(roles["regional"]),
        "multiword_roles": multiword,
        "multiword_longest_first": tuple(sorted(multiword, key=lambda p: (-len(p), p))),
        "descriptors": _words(roles["descriptors"]),
        "not_offices": _words(roles["not_offices"]),
        "unnamed_heads": _words(roles["unnamed_heads"]),
        "kin": _words(roles.get("kin", [])),
        "name_roles": _words(roles["name_roles"]),
        "bracket_titles": _words(roles["bracket_titles"]),
        "apposed_nouns": _words(roles["apposed_nouns"]),
        "apposed_not": _words(roles["apposed_not"]),
        "resident_nouns": _words(roles["resident_nouns"]),
        "case_parties": _words(roles["case_parties"]),
        "residence_words": _words(roles["residence_words"]),
        "abbreviations": dict(roles.get("abbreviations", {})),
        "role_prefixes": tuple(sorted(_words(roles.get("prefixes", [])))),
        "lookback_heads": role_heads | _words(roles["ranks"]) | {r + "nya" for r in relational},
        "title_ranks": _words(roles["title_ranks"]),
        "corps": _words(roles["corps"]),
        "no_rank_openers": _words(roles["title_ranks"]) | _words(roles["corps"]),
    }


_ORG_WORDS = (
    "things",
    "field_words",
    "field_heads",
    "residents",
    "honouring_heads",
    "company_forms",
    "streets",
)


def _names(language: str) -> dict[str, Any]:
    hon = _read(language, "honorifics")
    orgs = _read(language, "orgs")
    stop = _read(language, "stopwords")
    place_data = _read(language, "places")
    places = _words(place_data["places"])
    name_words = _read(language, "name_words")
    balinese = _words(name_words["balinese_heads"])
    court = _words(name_words.get("court_titles", []))
    return {
        "honorifics": _words(hon["prefixes"]),
        "degrees": _words(hon["degrees"]),
        "org_heads": _words(orgs["heads"]),
        "named_heads": _words(orgs["named_heads"]),
        "org_prefixes": tuple(orgs["prefixes"]),
        "needs_name": _words(orgs["needs_name"]),
        "org_tails": _words(orgs["tails"]),
        **{key: _words(orgs[key]) for key in _ORG_WORDS},
        "compass": _words(place_data["compass"]),
        "place_before": _words(place_data["place_before"]),
        "title_links": _words(stop["title_links"]),
        "never_leads": _words(stop["never_leads"]),
        "caps_only_heads": _words(orgs.get("caps_only", [])),
        "head_names": _words(orgs.get("given_names", [])),
        "name_words": _words(name_words["words"]) | _words(name_words.get("given_names", [])) | court,
        "balinese_heads": balinese,
        "court_titles": court,
        "balinese_re": re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in sorted(balinese)) + r")\b"),
        "stopwords": _words(stop["words"]) | _words(orgs["names"]),
        "connectors": _words(stop["connectors"]),
        "function_words": _words(stop["function_words"]),
        "particles": _words(stop["particles"]),
        "capital_particles": _words(stop["capital_particles"]),
        "capital_particle_links": _words(stop["capital_particle_links"]),
        "places": places | _words(_read(language, "places_derived")["places"]),
        "common": _words(_read(language, "common_words")["words"]),
        "mononyms": _words(_read(language, "mononyms")["names"]),
        "known_as": dict(_read(language, "mononyms").get("known_as", {})),
        "known_people": frozenset(_read(language, "people_derived")["names"]),
    }


@lru_cache(maxsize=8)
def get_lexicon(language: str = "id") -> Lexicon:
    """Load (once) the lexicon of ``language``; falls back to Indonesian data."""
    if not resources.files("newsdb.extract").joinpath("data", language, "speech.json").is_file():
        language = "id"
    return Lexicon(
        language=language,
        **_speech(language),
        **_roles(language),
        **_names(language),
        **grammar_fields(
            _read(language, "grammar"), _read(language, "speech"), _read(language, "honorifics")
        ),
        **credit_fields(_read(language, "credits")),
    )
