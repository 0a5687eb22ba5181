"""Organisations' names in running text, and the one "the company" or "the ministry" means.

A body's name may hold a linking word or a plural possessive that breaks a capitalised
run ("Department for Education", "Passengers’ Alliance"); a day or month after "on" is
when it spoke, not part of its name ("the Federal Government on Sunday said").

"The ministry said" is the organisation the article named earlier whose name holds that
word ("the Ministry of Water Resources"). For a business ("the company", "the firm", "the
insurer") it is the subject of the same sentence when that cannot be a person ("Zambezi
Copper will cut 2,000 jobs, the company said"), else the last name that is a business's
by its last word ("Velko Steel", "Glenmoor Water"). A person who spoke in between is
never taken for the company: with none of these, "the company" stays as written.
"""

from bisect import bisect_left

import regex

from claims.extraction.lexicon import (
    BUSINESS_NAME_WORDS,
    BUSINESS_NOUNS,
    ORG_WORDS,
    OUTLET_NAME_WORDS,
    ROLE_NOUNS,
    STOPWORDS,
)
from claims.extraction.names import NAME_RUN, Registry, names_a_body, split_name_run

LEADING_WORDS = STOPWORDS - {"all"}  # dropped before a name; "The All India Federation" keeps "All"
MAX_RUNS_BACK = 60  # capitalised runs searched for the organisation "the company" means
MAX_SUFFIX_CHARS = 120  # of "of the X Y Z" after a capitalised run
SUBJECT_WITHIN = 400  # characters back to the start of the sentence holding "the company"

_CALENDAR_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b"
)
_NOT_CALENDAR = rf"(?!{_CALENDAR_WORD})"
WHEN = regex.compile(rf"(?:on|in|last|this) {_CALENDAR_WORD}")
# "the Office" + " for Budget Responsibility": the name goes on past its linking word.
_NAME_WORD = rf"{_NOT_CALENDAR}\p{{Lu}}[\p{{L}}-]*"
ORG_SUFFIX = regex.compile(rf"(?: (?:for|of|and|on) (?:the )?{_NAME_WORD}(?: {_NAME_WORD})*)+")
# "Department for " before "Education", "Voices for the " before "Vale" (not "Officials of the "
# before a body), "Passengers’ " before "Alliance"; a campaign named for what it wants, "Save
# the " before "West Coast Waters", "Friends of the " before "Earth".
_CAMPAIGN = r"(?:Save|Stop|Protect|Keep|Defend|Restore|Reclaim|Friends of) the "
_IRREGULAR_PLURAL_OF = r"(?<=People|Children|Women|Men)[’']s "  # "People's " before "Front"
# "Samahan ng Magsasaka sa Bikol", "Persatuan Pengguna dan ...", "Banco de ...": links in other languages
_FOREIGN_LINKS = r"ng|sa|dan|de|des|du|del"
_LINK_BEFORE = rf"(?: (?:for|of|and|on|{_FOREIGN_LINKS}) | for the |[’'] |{_IRREGULAR_PLURAL_OF})"
_ORG_PREFIX = regex.compile(rf"(?:\p{{Lu}}[\p{{L}}-]*(?: \p{{Lu}}[\p{{L}}-]*)*{_LINK_BEFORE}|{_CAMPAIGN})$")
_CAMPAIGN_BEFORE = regex.compile(rf"{_CAMPAIGN}$")
# A press release defines its short names: 'X Inc. (TSX: X) ("X" or "the Company")'.
_DEFINED_AS = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&.-]*)*)(?: \([^()]{1,40}\))?"
    r" \((?:[\"“][^\"”]{1,40}[\"”],? or )?[\"“][Tt]he (?P<noun>\p{L}+)[\"”]\)"
)
_PARTICIPLE_PREFIX = regex.compile(r"\p{Lu}\p{Ll}+ing (?:for|on) $")
_BODY_OF = regex.compile(r"\b(\p{Lu}[\p{L}-]*) (?:of|for) $")
SENTENCE_END = regex.compile(r"[.!?][”’\"']?\s(?!\s*\p{Ll})|\n")  # "at 4 a.m. before" goes on
# A capitalised run that is a clause's subject is followed by its verb: "Zambezi Copper will".
_VERB_AFTER = regex.compile(r" (?:will|would|has|have|had|is|was|are|were|plans|expects|\p{Ll}+ed)\b")


def extend_organisation(text: str, start: int) -> int:
    """Where an organisation's name starts when the capitalised run at `start` is its end; a
    participle opening a sentence is no part of it ("Prosecuting for Rochdale Council, ...")."""
    while True:
        match = _ORG_PREFIX.search(text, max(0, start - 60), start) or _body_of_the(text, start)
        if not match or match.end() != start or _PARTICIPLE_PREFIX.match(match.group()):
            return start
        start = match.start()


# "University of the " before "Kalahari", "Department of the " before "Environment": a body's
# own word before "of the" (not "Officials of the " before a union: a group, then the body).
_OF_THE = regex.compile(r"\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)* of the $")


def _body_of_the(text: str, start: int):
    found = _OF_THE.search(text, max(0, start - 60), start)
    if found is None or found.group().split()[-3].casefold() not in ORG_WORDS:
        return None
    return found


def inside_organisation_name(text: str, start: int) -> bool:
    """ "Agricultural Forecasting" after "the Bureau of", "Upper Clyde Meadows" after "Save
    the ": the end of a body's name, no person."""
    before = _BODY_OF.search(text, max(0, start - 40), start)
    if before and before.group(1).casefold() in ORG_WORDS:
        return True
    return bool(_CAMPAIGN_BEFORE.search(text, max(0, start - 20), start))


_FIRM_BEFORE = regex.compile(r"\b(?:firm|company|operator|business|retailer|manufacturer|miner|airline) $")


def _described_as_a_firm(text: str, start: int) -> bool:
    """ "engineering firm Dunnottar Subsea": a business by the description before its name."""
    return bool(_FIRM_BEFORE.search(text, max(0, start - 20), start)) and names_a_body(text, start)


# A quote: closed in its paragraph, or running to the paragraph's end (a quote over several
# paragraphs opens each with a mark and closes only the last).
_QUOTED = regex.compile(r"[“\"][^“”\"\n]*(?:[”\"]|$)", regex.M)


# "in northern Chile", "from rural Kenya": a place the words before a name put it in.
_PLACE_BEFORE = regex.compile(
    r"\b(?:in|at|from|near|across)\s+(?:(?:northern|southern|eastern|western|central|rural|coastal)\s+)?$"
)


class EarlierOrganisations:
    """The organisations an article names, asked what "the <noun>" at a position means."""

    def __init__(self, text: str, registry: Registry) -> None:
        self.text = text
        self.registry = registry
        self._runs: list[tuple[int, int]] | None = None  # capitalised runs, found when first needed
        self._quotes: list[tuple[int, int]] | None = None  # quoted spans, found when first needed

    def named(self, noun: str, position: int) -> str | None:
        """The organisation "the `noun`" at `position` stands for, or None."""
        defined = [
            m.group("name")
            for m in _DEFINED_AS.finditer(self.text, 0, position)
            if m.group("noun").casefold() == noun
        ]
        if defined:  # 'Northcrest Minerals Inc. (TSX: NCM) ("Northcrest" or "the Company")'
            return defined[-1]
        found = self._name_holding(noun, position, skip_quoted=True) or self._name_holding(noun, position)
        if found is None and self._runs and len(self._runs) > MAX_RUNS_BACK:
            # "The Committee finds" far down a report headed "Standing Committee on Health
            # Services": the body the page opens with, beyond the runs searched back
            opening_end = self._runs[MAX_RUNS_BACK - 1][1]
            found = self._name_holding(noun, min(opening_end, position), skip_quoted=True)
        if found is None and noun in BUSINESS_NOUNS:
            found = self._business_subject(position) or self._business_named(position)
        return found

    def _runs_before(self, position: int) -> list[tuple[int, int]]:
        """The capitalised runs ending before `position`, nearest last (at most MAX_RUNS_BACK)."""
        if self._runs is None:
            self._runs = [match.span() for match in NAME_RUN.finditer(self.text)]
        end = bisect_left(self._runs, (position,))
        return [run for run in self._runs[max(0, end - MAX_RUNS_BACK) : end] if run[1] <= position]

    def _name(self, start: int, end: int) -> str:
        longer = ORG_SUFFIX.match(self.text, end, end + MAX_SUFFIX_CHARS)
        end = longer.end() if longer else end
        words = self.text[extend_organisation(self.text, start) : end].split()
        while words and words[0].casefold() in LEADING_WORDS:
            words.pop(0)
        return " ".join(words)

    def names_before(self, position: int) -> list[str]:
        """Organisations' names (by their last word) before `position`, nearest first."""
        names = []
        for start, end in reversed(self._runs_before(position)):
            name = self._name(start, end)
            if name and name.split()[-1].casefold() in ORG_WORDS | BUSINESS_NAME_WORDS:
                names.append(name)
        return names

    def outlet(self, position: int) -> str | None:
        """The nearest news outlet named before `position`, by its name's last word ("the Lagos
        Courier", "Radio Savannah"), for "the newspaper" or "the broadcaster"."""
        for start, end in reversed(self._runs_before(position)):
            words = self._name(start, end).split()
            if len(words) >= 2 and (
                words[-1].casefold() in OUTLET_NAME_WORDS or words[0].casefold() in OUTLET_NAME_WORDS
            ):
                return " ".join(words)
        return None

    def abbreviated(self, acronym: str, position: int) -> str | None:
        """The nearest name of three words or more before `position` whose initials spell
        `acronym` ("KGA": "Kiwifruit Growers Aotearoa"); linking words ("of", "the") may be skipped."""
        for start, end in reversed(self._runs_before(position)):
            name = self._name(start, end)
            words = name.split()
            capitals = "".join(w[0] for w in words if w[:1].isupper())
            if len(words) >= 3 and capitals == acronym:
                return name
        return None

    def ending_with(self, noun: str, position: int) -> str | None:
        """The nearest name of two words or more before `position` whose last word is `noun`, or
        that `noun` heads before "of ..." ("the Chamber of Notaries" after "Separately,")."""
        for start, end in reversed(self._runs_before(position)):
            words = self.text[start:end].split()
            headed = len(words) == 1 and ORG_SUFFIX.match(self.text, end, end + MAX_SUFFIX_CHARS)
            if (len(words) > 1 or headed) and words[-1].casefold() == noun:
                return self._name(start, end) or None
        return None

    def holding(self, noun: str, position: int, floor: int = 0) -> str | None:
        """The nearest organisation's name between `floor` and `position` that holds `noun`, or None."""
        return self._name_holding(noun, position, floor)

    def _name_holding(
        self, noun: str, position: int, floor: int = 0, skip_quoted: bool = False
    ) -> str | None:
        """ "the trust" after "the Riverside Hospitals Trust", "the ministry" after "the
        Ministry of Health"; `skip_quoted`: passing over names inside quotes."""
        for start, end in reversed(self._runs_before(position)):
            if start < floor:
                return None
            if skip_quoted and self._quoted(start):
                continue
            longer = ORG_SUFFIX.match(self.text, end, end + MAX_SUFFIX_CHARS)
            if longer and longer.group().casefold().split() == ["of", "the", noun]:
                continue  # "the Public Affairs Directorate of the Ministry": a unit of the ministry meant
            words = self.text[start : longer.end() if longer else end].casefold().split()
            if (noun in words or noun + "s" in words) and len(words) > 1:  # not a headline's "Airline"
                if words[0] in ROLE_NOUNS and "of" in words[1:3]:
                    continue  # "the (Inspector General|Commissioner) of Police": an office, not "the police"
                name = self._name(start, end)
                if name.casefold() in (noun, noun + "s"):
                    continue  # "The Board" again: the full name is further back ("The Transport Board's")
                return name or None
        return None

    def in_quote(self, position: int) -> bool:
        return self._quoted(position)

    def _quoted(self, position: int) -> bool:
        """Inside a quote: a body named there ("... at the Ministry of Information") is what the
        speaker talks about, not the body "the ministry said" after the quote means."""
        if self._quotes is None:
            self._quotes = [match.span() for match in _QUOTED.finditer(self.text)]
        at = bisect_left(self._quotes, (position + 1,)) - 1
        return at >= 0 and self._quotes[at][0] < position < self._quotes[at][1]

    def named_later(self, noun: str, described: list[str], position: int) -> str | None:
        """The one organisation named after `position` whose name holds `noun` and every
        word of `described` ("water" and "company": "Lakeshore Water and Sanitation Company")."""
        if self._runs is None:
            self._runs = [match.span() for match in NAME_RUN.finditer(self.text)]
        after = self._runs[bisect_left(self._runs, (position,)) :][:MAX_RUNS_BACK]
        found = set()
        for start, end in after:
            name = self._name(start, end)
            words = name.casefold().split()
            if len(words) > 1 and noun in words and all(word in words for word in described):
                found.add(name)
        return found.pop() if len(found) == 1 else None

    def _business_subject(self, position: int) -> str | None:
        """ "Zambezi Copper will cut 2,000 jobs, the company said": the sentence's subject."""
        ends = list(SENTENCE_END.finditer(self.text, max(0, position - SUBJECT_WITHIN), position))
        floor = ends[-1].end() if ends else max(0, position - SUBJECT_WITHIN)
        for start, end in self._runs_before(position):
            if start < floor or not _VERB_AFTER.match(self.text, end):
                continue
            if _PLACE_BEFORE.search(self.text, max(floor, start - 30), start):
                return None  # "A copper miner in northern Chile has ...": where the subject is
            name = self._name(start, end)
            return name if name and not name.isupper() and self._may_be_business(name, start) else None
        return None

    def _may_be_business(self, name: str, position: int) -> bool:
        """A business by its last word ("Zambezi Copper"), or a name that cannot be a person's
        (not shaped like one, no person of the article, "Lindqvist" included)."""
        if name.split()[-1].casefold() in BUSINESS_NAME_WORDS:
            return True
        if any(parts.is_person for _, parts in split_name_run(name)):
            return False
        resolved = self.registry.resolve_name(name.split(), position)
        return not self.registry.is_known_person(resolved) and resolved.casefold() not in self.registry.people

    def _business_named(self, position: int) -> str | None:
        """ "Velko Steel said ... The company said": the last name that is a business's by
        its last word; a person who spoke in between is never taken for the company."""
        for start, end in reversed(self._runs_before(position)):
            name = self._name(start, end)
            if name and (
                (len(name.split()) > 1 and name.split()[-1].casefold() in BUSINESS_NAME_WORDS)
                or _described_as_a_firm(self.text, start)
            ):  # not "Copper" alone opening a headline: "Zambezi Copper" is a business
                return name
        return None
