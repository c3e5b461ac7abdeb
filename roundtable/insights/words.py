"""Statements as the words that carry their meaning: folded, stemmed, without the words
every statement in this field uses.

Danish glues words together ("udbudsmaterialet", "dataudveksling"), so two stems count as
one concept when one begins with the other and both are long enough, or when they differ
only by a spelling slip; rapidfuzz scores the slips, snowballstemmer strips the endings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words so common at a roundtable that they say nothing about what a statement is about.
FIELD_STOP_WORDS = _words(
    """
    kommune kommuner kommunen kommunerne kommunal kommunale kommunens kommunernes leverandør
    leverandøren leverandører leverandørerne leverandørernes virksomhed virksomheder
    virksomhederne borger borgere borgeren borgerne borgernes data løsning løsninger løsningen
    løsningerne problem problemer problemet udfordring udfordringer udfordringen område området
    behov behovet ting tingene måde måden gøre gør gjort kan kunne skal skulle vil ville må
    mangler mangel mangle få får fik godt god gode bedre bedst mere mest meget mange nogle
    svært svær svære sværere først nok sammen tager tage tog kræver kræve ligger
    nogen andre anden andet alle hele helt bare også ikke kun lige stadig altid aldrig ofte
    hurtigt bruge bruges bruger brug før efter medarbejder medarbejdere medarbejderne
    municipality municipalities supplier suppliers citizen citizens data solution solutions
    problem problems need needs lack lacks
    """
)

DANISH_STOP_WORDS = _words(
    """
    og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om
    vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv
    her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end
    dette mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis din
    nogle hos blive mange ad bliver hendes været thi jer sådan hvordan hvorfor hvem hver ingen
    mellem uden gennem fordi derfor så kan får ved kun mere mest ofte
    """
)

ENGLISH_STOP_WORDS = _words(
    """
    a an the and or but if of to in on at by for with from into about as is are was were be
    been being have has had do does did not no nor so than too very can could will would should
    may might must we you they it its this that these those there their our your who what which
    when where why how all any both each few more most other some such only own same just also
    """
)

STOP_WORDS = FIELD_STOP_WORDS | DANISH_STOP_WORDS | ENGLISH_STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_MIN_LENGTH = 3
# Compounds: a stem this long that begins another stem names the same thing.
_MIN_PREFIX = 5
_MAX_SLIP = 1  # edits between two stems of the same word misspelt


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


@lru_cache(maxsize=4)
def _stemmer(language: str):
    # Imported here: `fold` serves the figures across sessions, which stem nothing.
    import snowballstemmer

    return snowballstemmer.stemmer("english" if language == "en" else "danish")


@lru_cache(maxsize=65536)
def _stem(word: str, language: str) -> str:
    """The word's stem; for a word the thesaurus names, at least the thesaurus' entry.
    Snowball cuts deeper than the entries in places ("indsigt" -> "inds", "budgettet" ->
    "budg", "business" -> "busines"), and a stem cut below its entry lost its concept."""
    # A field's vocabulary repeats: the pure-Python stemmer is the slow part otherwise.
    stem = _stemmer(language).stemWord(word)
    if anchor(stem) is None:
        entry = next((prefix for prefix, _concept in _ANCHORS if word.startswith(prefix)), None)
        if entry is not None:
            return entry
    return stem


def stems(text: str, language: str = "da") -> list[str]:
    """The stems of `text`'s meaningful words, in order, each once."""
    out: list[str] = []
    for word in _WORD.findall(fold(text)):
        for part in word.split("-"):
            if len(part) < _MIN_LENGTH or part in STOP_WORDS:
                continue
            stem = _stem(part, language)
            if len(stem) >= _MIN_LENGTH and stem not in STOP_WORDS and stem not in out:
                out.append(stem)
    return out


def related(a: str, b: str) -> bool:
    """Whether two stems name the same concept: one begins the other (a compound), or a
    spelling slip apart."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= _MIN_PREFIX and long_.startswith(short):
        return True
    if min(len(a), len(b)) >= 6 and abs(len(a) - len(b)) <= _MAX_SLIP:
        return _distance(a, b, score_cutoff=_MAX_SLIP) <= _MAX_SLIP
    return False


def _distance(a: str, b: str, score_cutoff: int) -> int:
    """rapidfuzz's Levenshtein distance, imported on the first comparison: `fold`, which
    every figure uses, must not cost a command that compares nothing rapidfuzz's import
    (13 ms of `roundtable insights`' start-up). Later calls go straight to rapidfuzz."""
    global _distance
    from rapidfuzz.distance import Levenshtein

    _distance = Levenshtein.distance
    return _distance(a, b, score_cutoff=score_cutoff)


# Words of the field that name one concept though they share no letters, by the suggested
# barrier categories (procurement, ethics and trust, data and law, economy, competences,
# implementation and scaling, technology, organisation). Stems that begin with an entry
# count as that concept.
THESAURUS = {
    "procurement": ("udbud", "rammeaftal", "tilbudsgiv", "konkurrenceuds", "tender", "procure"),
    "ethics_trust": ("tillid", "etik", "etisk", "overvåg", "privatliv", "trust", "ethic"),
    "data_law": ("gdpr", "samtyk", "databehandl", "persondata", "persono", "lovgivning",
                 "datadel", "consent"),
    "economy": ("budget", "business", "gevinst", "investering", "finansier", "økonomi"),
    "competences": ("kompetenc", "oplær", "opkvalific", "uddann", "kursus", "efteruddann",
                    "training", "skill"),
    "scaling": ("skaler", "pilot", "implementer", "projektmidl", "scale", "scaling"),
    "technology": ("integr", "fagsystem", "snitflad", "interface"),
    "recruitment": ("rekrutter", "arbejdskraft", "personalemangel", "recruit"),
    "insight": ("indsigt", "arbejdsgang", "indefra", "insight"),
    "resources": ("ressourc", "resourc"),
}  # fmt: skip

_ANCHORS = sorted(
    ((prefix, concept) for concept, prefixes in THESAURUS.items() for prefix in prefixes),
    key=lambda pair: -len(pair[0]),
)


def anchor(stem: str) -> str | None:
    """The field concept a stem belongs to, if the thesaurus names one."""
    for prefix, concept in _ANCHORS:
        if stem.startswith(prefix):
            return concept
    return None
