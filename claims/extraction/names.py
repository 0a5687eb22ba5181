"""People named in an article, and what a later mention refers to.

Without a tagger, a person is a run of two or more capitalised words that contains no
organisation, place or function word ("Vladimir Putin", "Bashar al-Assad"). The registry
remembers where each person is mentioned and whether the mention was *salient* (the
subject of a narrative sentence, outside quotes), because pronouns and descriptors ("He
wrote:", "The Russian President said:") refer back to the last salient person, not merely
the last name on the page. Roles and countries gathered from titles ("Syrian President
Bashar al-Assad"), appositives ("Ulrich Speck, a Russia expert") and possessives ("Assad's
Syria") rule out candidates whose known country contradicts a descriptor.
"""

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

import regex

from claims.extraction.lexicon import (
    ABBREVIATED_OFFICES,
    BODY_NOUNS,
    BUSINESS_NAME_WORDS,
    BUSINESS_NOUNS,
    COUNTRY_OF,
    DEMONYMS,
    DESCRIPTION_NOUNS,
    GENDER_OF_NAME,
    GENDER_OF_ROLE,
    GROUP_NOUNS,
    HONORIFIC_PAIRS,
    OFFICE_INITIALS,
    ORG_WORDS,
    PARTY_WORDS,
    PLACE_WORDS,
    PORTFOLIO_WORDS,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STOPWORDS,
    THING_NAME_WORDS,
    TITLE_SURNAMES,
    TITLE_WORDS,
    TITLES_BEFORE_FULL_NAMES,
)

# Titles only a person holds ("Councilor Nolan", "Mrs Okafor"); not a portfolio ("Health").
PERSONAL_TITLES = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady sen rep gov cllr coun cr councillor councilor senator "
    "governor mayor judge justice president minister commissioner ambassador captain sergeant inspector "
    "superintendent constable detective bishop rev reverend pastor imam hon honourable honorable "
    "alhaji alhaja hajia hajiya malam mallam mallama sheikh nana togbe togbui oba igwe chief "
    "perit cde mzee adi".split()
)
PARTICLES = frozenset("al el ad ash bin ibn abu de del della da dos du van von der den di le la ter".split())
# Words that open an Irish or Scottish family name ("O Loinsigh", "Ó Súilleabháin", "Mac Giolla
# Bhríde", "Ní Bhriain", "Nic Aoidh"): written alone, with or without the particle, it is the
# surname of the person named in full, as "Van Wyk" is of "Pieter van Wyk".
FAMILY_NAME_PREFIXES = PARTICLES | frozenset("o ó mac mc ní ni nic ua uí ui".split())
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + ")"
# A capitalised word: an abbreviated title before a name ("Mr.", "Sen."), initials ("J.",
# "U.S."), hyphenated and apostrophe names ("Al-Assad", "O’Brien"), never a possessive "’s".
_ABBREVIATED_TITLE = (
    r"(?:Mrs|Mr|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Hon|Rt|Rev|Cllr|Coun|Sgt|Insp|Supt|Det)\.(?= \p{Lu})"
)
# An abbreviated given name before another ("Ma. Teresa Lagdameo": María Teresa).
_ABBREVIATED_GIVEN = r"(?:Ma|Wm|Chas|Thos)\.(?= \p{Lu}\p{Ll})"
_ABBREVIATED_GIVEN_WORD = regex.compile(r"(?:Ma|Wm|Chas|Thos)\.")
# A company's abbreviated legal form keeps its full stop: "Voltaris Energy Inc." is its name.
_LEGAL_FORM = r"(?<=\p{L} )(?:Inc|Ltd|Corp|Co|Bhd|Pty|Plc)\."
_CAP = (
    rf"(?:{_LEGAL_FORM}|{_ABBREVIATED_TITLE}|{_ABBREVIATED_GIVEN}|\p{{Lu}}\.(?:\p{{Lu}}\.)+|\p{{Lu}}\.(?=\s)"
    r"|\p{Lu}[\p{L}\p{M}]*(?:[’'](?!s\b)\p{L}[\p{L}\p{M}]*|-\p{L}[\p{L}\p{M}]*)*"
    r"|(?<!\p{L})\p{Ll}\p{Lu}\p{Ll}[\p{L}\p{M}]*)"  # a lower-case prefix: "eThekwini", "iSimangaliso"
)
_LOWER_PARTICLE_WORD = rf"{_PARTICLE}-\p{{Lu}}[\p{{L}}\p{{M}}]*"
# A nickname in quotes inside a name: 'Rodolfo “Dolfo” Villaraza' is one person's name.
_NICKNAME = r"“\p{Lu}[\p{L}\p{M}-]*”(?= \p{Lu})"
NAME_RUN = regex.compile(
    rf"(?:{_CAP}|{_LOWER_PARTICLE_WORD})(?: (?:(?:{_PARTICLE} )*{_CAP}|{_LOWER_PARTICLE_WORD}|{_NICKNAME}))*"
)
_POSSESSIVE_PLACE = regex.compile(r"[’']s (\p{Lu}[\p{L}.]*)")
# (not "..., Mohammed Ndana, the governor said": a new clause, its subject someone else)
_APPOSITIVE = regex.compile(
    r", (?:a|an|the) ((?:[\p{L}-]+ ){0,5}?)([\p{L}-]+)\b(?!\s(?:has |had |also |then )?(?:"
    + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
    + r")\b)"
)
# A pronoun or a descriptor ("the Russian President") refers to someone among this many
# mentions before it; looking further back would make an article with thousands of names
# cost time in the square of their number, and news prose refers back a few paragraphs.
MAX_ANTECEDENT_MENTIONS = 200


def _fold(word: str) -> str:
    return word.casefold().rstrip(".")


def canonical_name(words: list[str]) -> str:
    """Display form: particles inside a name in lower case ("Bashar Al-Assad" -> "Bashar al-Assad")."""
    out = [words[0]]
    for word in words[1:]:
        head, dash, rest = word.partition("-")
        if head.casefold() in PARTICLES and (dash or word.casefold() in PARTICLES):
            word = head.lower() + dash + rest
        out.append(word)
    return " ".join(out)


def surname_key(name: str) -> str:
    last = name.split()[-1].casefold()
    head, dash, rest = last.partition("-")
    return rest if dash and head in PARTICLES else last


@dataclass(frozen=True)
class NameParts:
    """A capitalised run split into titles (role, country) and the name proper."""

    words: list[str]
    roles: frozenset[str]
    countries: frozenset[str]
    described: frozenset[str] = frozenset()  # other words of the title: "returning", "regional"

    @property
    def is_person(self) -> bool:
        # A given name that is also a place ("Jordan Avery", "Georgia Lee") opens a name.
        first, *rest = self.words
        if self.words[-1].casefold() in THING_NAME_WORDS:
            return False  # "Manawatu Gorge", "Victoria Road": a place, even after a given name
        # "Janet King", "Councilor Rosa King": a surname that is also a title, after a given name
        title_surname = len(rest) == 1 and _fold(rest[0]) in TITLE_SURNAMES and _is_name_word(first)
        # "Finance Minister Winston Jordan": a titled person whose surname is also a country's name
        country_surname = len(rest) == 1 and _fold(rest[0]) in COUNTRY_OF and _is_name_word(first)
        given = len(rest) == 1 and (
            (first.casefold() in GENDER_OF_NAME and (_is_name_word(rest[0]) or title_surname))
            or ((title_surname or country_surname) and bool(self.roles & PERSONAL_TITLES))
        )
        if not given and self.words[-1].casefold() in BUSINESS_NAME_WORDS:
            return False  # "Zambezi Copper", "Velko Steel"; "Mary Gold" has a given name
        return len(self.words) >= 2 and (
            given
            or all(_is_name_word(w) or _initials_inside(self.words, i) for i, w in enumerate(self.words))
        )


def _initials_inside(words: list[str], i: int) -> bool:
    """ "Andrew RT Davies": two capitals between a known given name and a surname are initials."""
    word = words[i]
    if not (len(word) == 2 and word.isupper() and i < len(words) - 1):
        return False
    if i == 0:  # "TS Singh Deo": initials opening a name of two more words; "SP Ige" is a rank
        rest = words[1:]
        return len(words) >= 3 and word.casefold() not in OFFICE_INITIALS and all(map(_is_name_word, rest))
    return words[i - 1].casefold() in GENDER_OF_NAME


def split_name_run(run: str) -> list[tuple[int, NameParts]]:
    """Split a capitalised run at function words and strip leading titles, with offsets."""
    pieces: list[tuple[int, NameParts]] = []
    words: list[tuple[int, str]] = []
    offset = 0
    for word in run.split(" "):
        words.append((offset, word))
        offset += len(word) + 1
    chunk: list[tuple[int, str]] = []
    for item in [*words, (offset, "")]:
        if _ends_a_name(item[1], chunk):  # "Jack Ma. Teresa Cruz": two people, a sentence apart
            pieces.append(_strip_titles([*chunk, (item[0], item[1].rstrip("."))]))
            chunk = []
            continue
        if item[1] and _fold(item[1]) not in STOPWORDS and not _a_day_after_a_name(item[1], chunk):
            chunk.append(item)
            continue
        if chunk:
            pieces.append(_strip_titles(chunk))
        chunk = []
    return [piece for piece in pieces if piece[1].words]


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def _a_day_after_a_name(word: str, chunk: list[tuple[int, str]]) -> bool:
    """ "Minister Dana Roe Tuesday said", "On Monday Dana Roe said", "Dana Roe November": when
    the person spoke, not a part of the name (a month opening a name may be a given name)."""
    folded = _fold(word)
    return folded in WEEKDAYS or (len(chunk) >= 2 and folded in MONTHS)


def _ends_a_name(word: str, chunk: list[tuple[int, str]]) -> bool:
    """An abbreviated given name after a name word is a surname ending a sentence."""
    return bool(chunk) and _ABBREVIATED_GIVEN_WORD.fullmatch(word) and _fold(chunk[-1][1]) not in TITLE_WORDS


def _strip_titles(chunk: list[tuple[int, str]]) -> tuple[int, NameParts]:
    # Everything up to the last title word describes the person: "Senate Majority Leader
    # Mitch McConnell", "Syrian President Bashar al-Assad", "Apple CEO Tim Cook".
    while len(chunk) > 1 and _fold(chunk[0][1]).endswith("-based"):
        chunk = chunk[1:]  # "Pune-based X": where X is based describes X
    folded = [_fold(word) for _, word in chunk]
    words = [word for _, word in chunk]
    titles = [i for i, w in enumerate(folded[:-1]) if w in TITLE_WORDS and not _initials_inside(words, i)]
    titles += [  # "Adi Litia Roe", "Dr Haji Omar Roe"; not "Mwanaisha Haji Roe"
        i
        for i, w in enumerate(folded[:-2])
        if w in TITLES_BEFORE_FULL_NAMES and all(t in TITLE_WORDS for t in folded[:i])
    ]
    last_title = max(titles, default=-1)  # "Andrew RT Davies": "RT" initials, not "Rt" Hon
    pairs = [i + 1 for i in range(len(folded) - 3) if (folded[i], folded[i + 1]) in HONORIFIC_PAIRS]
    last_title = max([last_title, *pairs])  # "Tan Sri Farid Osman": a full name follows the pair
    if last_title < 0 and len(chunk) >= 3 and folded[0] in DESCRIPTION_NOUNS | PARTY_WORDS:
        last_title = 0  # "Prosecutor Rhian Evans", "Conservative Fiona Drake": a description, then the name
    elif last_title < 0 and len(chunk) == 2 and folded[0] in ROLE_NOUNS and folded[0] not in GENDER_OF_NAME:
        last_title = 0  # "Coach Troussier" after "Coach Philippe Troussier": a description, then the surname
    elif last_title < 0 and len(chunk) >= 3 and describes_a_person(chunk[0][1]):
        if all(_is_name_word(word) for _, word in chunk[1:]):
            last_title = 0  # "Engineer Lim Boon Keat", "SP Olamide Ige": the name follows
    if last_title < 0 and len(chunk) >= 4:
        # "Avon Assistant Coroner Helen Roe", "Local TD Mary Roe": a place or a level, the
        # office (a role, or a rank in capitals), then the name of two words or more
        for i in range(len(chunk) - 3, 0, -1):
            office = folded[i] in DESCRIPTION_NOUNS or (
                chunk[i][1].isupper() and describes_a_person(chunk[i][1])
            )
            # "(Leader of Opposition in) Karnataka Assembly Ravi Singh": a body, then a full
            # name whose given name is not a word of any body's name
            body = folded[i] in ORG_WORDS and i + 3 == len(chunk) and folded[i + 1] not in ORG_WORDS
            office = office or body
            if office and all(_is_name_word(w) for _, w in chunk[i + 1 :]):
                last_title = i
                break
    given_name = len(chunk) - last_title == 3 and folded[last_title + 1] in GENDER_OF_NAME  # "Jordan Avery"
    while not given_name and last_title + 1 < len(chunk) - 1 and folded[last_title + 1] in COUNTRY_OF:
        last_title += 1  # country words before the name describe too: "Russian Putin", "German Marshall Fund"
    prefix = folded[: last_title + 1]
    roles = {w for w in prefix if w in ROLE_NOUNS or w in TITLE_WORDS or w in TITLES_BEFORE_FULL_NAMES}
    countries = {COUNTRY_OF[w] for w in prefix if w in COUNTRY_OF}
    chunk = chunk[last_title + 1 :]
    while len(chunk) > 2 and _fold(chunk[-1][1]) in POST_NOMINALS:
        chunk = chunk[:-1]  # "Eleanor Strachan MP", "Tom Reid QC"
    portfolio = 0
    while portfolio < len(chunk) - 2 and _fold(chunk[portfolio][1]) in PORTFOLIO_WORDS:
        portfolio += 1  # "Home Affairs Peter Dutton" after "Minister for"
    if portfolio and all(_is_name_word(word) for _, word in chunk[portfolio:]):
        chunk = chunk[portfolio:]
    described = frozenset(prefix) - roles - set(COUNTRY_OF)  # "returning" in "Returning officer X"
    return chunk[0][0], NameParts([w for _, w in chunk], frozenset(roles), frozenset(countries), described)


# Endings of a common noun naming what someone does ("Engineer", "Pensioner", "Economist",
# "Shopkeeper"); no given name in GENDER_OF_NAME ends so, and one that does is asked first.
_AGENT_ENDINGS = tuple(
    "eer ioner ist ician grapher keeper maker worker holder seller teacher grower farmer member".split()
)


def describes_a_person(word: str) -> bool:
    """A word before a full name that describes its bearer rather than opening the name: a
    common noun of what someone does or an abbreviated rank in capitals ("SP", "ASP", "DCI")."""
    folded = _fold(word)
    if folded in DESCRIPTION_NOUNS or folded in GENDER_OF_NAME:
        return folded in DESCRIPTION_NOUNS
    letters = [ch for ch in word if ch.isalpha()]
    if 2 <= len(letters) <= 4 and all(ch.isupper() for ch in letters):
        return len(letters) > 2 or folded in OFFICE_INITIALS  # "TS" in "TS Singh Deo": initials
    return folded.endswith(_AGENT_ENDINGS)


MIN_OCCUPATION_CHARS = 6  # "list" and "twist" end like "florist"; "pharmacist" is an occupation


def names_an_occupation(word: str) -> bool:
    """A lower-case noun of what someone does for a living ("pharmacist", "shopkeeper",
    "technician"): "a pharmacist said" is someone, unnamed, as "a spokeswoman said" is."""
    return (
        word.islower()
        and len(word) >= MIN_OCCUPATION_CHARS
        and word.endswith(_AGENT_ENDINGS)
        and word not in BUSINESS_NOUNS | GROUP_NOUNS
    )


_INITIALS = regex.compile(r"\p{Lu}{1,3}\.?|(?:\p{Lu}\.){1,3}")  # "AK", "M.A.", "J."
POST_NOMINALS = frozenset("mp mep msp mla mpp qc kc obe mbe cbe jp phd td bl sc".split())


def _is_name_word(word: str) -> bool:
    folded = _fold(word)
    if folded in ORG_WORDS or folded in PLACE_WORDS or folded in STOPWORDS or folded in TITLE_WORDS:
        return False
    if any(ch.isdigit() for ch in word):
        return False
    letters = [ch for ch in word if ch.isalpha()]
    return not (len(letters) > 1 and all(ch.isupper() for ch in letters))  # "EU", "SERGEI"


@dataclass
class Person:
    name: str
    roles: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    pronoun_gender: str | None = None  # learnt when "he" or "she" was resolved to this person
    described: set[str] = field(default_factory=set)  # words of a title before the name ("regional")

    @property
    def gender(self) -> str | None:
        """m or f when a title or role says so ("Mr.", "a spokeswoman") and none contradicts it,
        else when the given name is a common one of that gender."""
        genders = {GENDER_OF_ROLE[role] for role in self.roles if role in GENDER_OF_ROLE}
        if genders:
            return genders.pop() if len(genders) == 1 else None
        return GENDER_OF_NAME.get(self.name.split()[0].casefold()) or self.pronoun_gender

    @property
    def gender_only_from_a_pronoun(self) -> bool:
        """No title, role or given name says the gender; only an earlier "he" or "she" did."""
        roles = {GENDER_OF_ROLE[role] for role in self.roles if role in GENDER_OF_ROLE}
        return (
            not roles and self.name.split()[0].casefold() not in GENDER_OF_NAME and bool(self.pronoun_gender)
        )

    def may_be(self, pronoun: str) -> bool:
        gender = self.gender
        return gender is None or gender == PRONOUN_GENDER.get(pronoun.casefold(), gender)


# Titles of one office: a descriptor by one means a person titled by the other.
SAME_OFFICE = {"judge": ("justice",), "justice": ("judge",)}
AMBIGUOUS_WITHIN = 150  # characters: two subjects this close make "he" or "she" ambiguous
_GENDER_WORD = {"f": "female person", "m": "male person", None: "person"}


@dataclass(frozen=True)
class Mention:
    position: int
    key: str
    salient: bool
    spoke: bool = False  # noted as the speaker of a quote or claim here, not merely named


class Registry:
    """The people of one article: built once, then asked what a mention at a position means."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.by_surname: dict[str, list[str]] = {}
        self._mentions: list[Mention] = []
        self._positions: list[int] = []
        # Mentions of the people sharing a surname key, sorted: (position, key).
        self._by_surname_mentions: dict[str, list[tuple[int, str]]] = {}
        self._by_surname_subjects: dict[str, list[tuple[int, str]]] = {}  # the salient ones
        # Single-word mentions ("Mr. Speck"), resolved at the end: position, word, salience, titles.
        self._pending: list[tuple[int, str, bool, frozenset[str]]] = []
        self._by_ends: dict[tuple[str, str], list[str]] = {}  # (first, last word) -> keys named so

    # -- building -------------------------------------------------------------------------
    def add_full(self, position: int, parts: NameParts, salient: bool) -> str:
        name = canonical_name(parts.words)
        key = name.casefold()
        if key not in self.people:
            # "Van Wyk said" opening a sentence: "Pieter van Wyk" named before; "Cllr Ni Bhriain"
            # after "S. Ni Bhriain" in the attendance list
            particle = parts.words[0].casefold() in FAMILY_NAME_PREFIXES
            key = (
                next((k for k in self.people if _shortened(k, key, particle)), None)
                or self._in_full(key)
                or (parts.roles & PERSONAL_TITLES and self._two_word_surname(key))
                or key
            )
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = Person(name)
            self.by_surname.setdefault(surname_key(name), []).append(key)
            self._by_ends.setdefault((key.split()[0], key.split()[-1]), []).append(key)
        person.roles |= _with_offices_spelt_out(parts.roles)
        person.countries |= parts.countries
        person.described |= parts.described
        self._add_mention(Mention(position, key, salient))
        return key

    def _in_full(self, key: str) -> str | None:
        """ "Nadia Chaudhry" after "Nadia Rafiq Chaudhry": the one person named earlier with the
        same first and last names and more between them."""
        words = key.split()
        if len(words) < 2:
            return None
        fits = [k for k in self._by_ends.get((words[0], words[-1]), ()) if _middle_dropped(k, key)]
        return fits[0] if len(fits) == 1 else None

    def _with_initials(self, key: str) -> str | None:
        """ "Abdul Momen" after "AK Abdul Momen": the one person named with initials before the
        same name, which later mentions drop."""
        fits = [
            k
            for k, person in self.people.items()
            if k.endswith(" " + key)
            and all(_INITIALS.fullmatch(word) for word in person.name.split()[: -len(key.split())])
        ]
        return fits[0] if len(fits) == 1 else None

    def _two_word_surname(self, key: str) -> str | None:
        """ "Mr. Asare Bediako" after "Kwame Asare Bediako", "Hon Sule Tanko" after "Hon Ibrahim Sule
        Tanko": two words after a title are the one full name, named before, that they end."""
        if len(key.split()) != 2:
            return None
        fits = [k for k in self.people if len(k.split()) >= 3 and k.endswith(" " + key)]
        return fits[0] if len(fits) == 1 else None

    def _add_mention(self, mention: Mention) -> None:
        self._mentions.append(mention)
        self._index(mention)

    def _index(self, mention: Mention) -> None:
        surname = surname_key(mention.key)
        insort(self._by_surname_mentions.setdefault(surname, []), (mention.position, mention.key))
        if mention.salient:
            insort(self._by_surname_subjects.setdefault(surname, []), (mention.position, mention.key))

    def add_single(self, position: int, word: str, salient: bool, roles: frozenset[str]) -> None:
        self._pending.append((position, word, salient, roles))

    def add_role(self, key: str, role: str | None, country: str | None) -> None:
        if role:
            self.people[key].roles |= _with_offices_spelt_out({role})
        if country:
            self.people[key].countries.add(country)

    def finish(self) -> None:
        for position, word, salient, roles in self._pending:
            key = (
                self._surname_match(word, position)
                or self._given_name_after_title(word, roles)
                or self._titled_surname(word, roles)
            )
            if key:
                self._add_mention(Mention(position, key, salient))
                self.people[key].roles |= _with_offices_spelt_out(roles)
        self._mentions.sort(key=lambda m: m.position)
        self._positions = [m.position for m in self._mentions]

    def _titled_surname(self, word: str, roles: frozenset[str]) -> str | None:
        """ "Councilor Nolan", "Mr Smith": a surname that a person's title opens is a person,
        though the article never gives the full name."""
        if not roles & PERSONAL_TITLES or _fold(word) in TITLE_WORDS | ROLE_NOUNS | ORG_WORDS:
            return None
        folded = word.casefold()
        if any(folded in person.name.casefold().split() for person in self.people.values()):
            within = self._family_name_first(word)  # "Mr Lim" after "Lim Boon Huat"
            return within.casefold() if within else None
        key = folded
        if key not in self.people:
            self.people[key] = Person(word)
            self.by_surname.setdefault(surname_key(word), []).append(key)
        return key

    def _given_name_after_title(self, word: str, roles: frozenset[str]) -> str | None:
        """ "Ratu Josaia" after "Ratu Josaia Vunibobo": a title before a given name alone is the
        one person named in full with that given name."""
        if not roles:
            return None
        return self._the_one_given(word)

    def _the_one_given(self, word: str) -> str | None:
        folded = word.casefold()
        fits = [
            key
            for key, person in self.people.items()
            if len(person.name.split()) >= 2 and key.split()[0] == folded
        ]
        return fits[0] if len(fits) == 1 else None

    def note_salient(self, position: int, name: str, spoke: bool = True) -> None:
        """Record that `name` was the subject of speech at `position` (it becomes the antecedent);
        `spoke=False`: the subject of what it did ("The magistrate rejected the argument")."""
        key = name.casefold()
        if key in self.people:
            index = bisect_right(self._positions, position)
            mention = Mention(position, key, True, spoke=spoke)
            self._mentions.insert(index, mention)
            self._positions.insert(index, position)
            self._index(mention)

    def note_gender(self, name: str, pronoun: str) -> None:
        """The text gave `name` this pronoun ("X said she ..."): kept when nothing else says the gender."""
        person = self.people.get(name.casefold())
        if person is not None and person.gender is None:
            person.pronoun_gender = PRONOUN_GENDER.get(pronoun.casefold())

    # -- resolving ------------------------------------------------------------------------
    def is_known_person(self, name: str) -> bool:
        """A name the text has shown to be a person's: a gender (title, role, given name or
        an earlier "he"/"she") or a role."""
        person = self.people.get(name.casefold())
        return person is not None and (person.gender is not None or bool(person.roles))

    def names(self) -> list[str]:
        return [person.name for person in self.people.values()]

    def _surname_match(self, word: str, position: int) -> str | None:
        keys = self.by_surname.get(surname_key(word))
        if not keys:
            return None
        if len(keys) == 1:
            return keys[0]
        # "Conway said" after "George Conway's tweets" inside a quote: the last subject wins,
        # else the last mention before `position`.
        surname = surname_key(word)
        for index in (self._by_surname_subjects, self._by_surname_mentions):
            mentions = index.get(surname, [])
            last = bisect_left(mentions, (position,)) - 1
            if last >= 0:
                return mentions[last][1]
        return keys[0]

    def resolve_name(self, words: list[str], position: int) -> str:
        """Full name for a name as written; unknown names are returned as written. A surname
        with a particle opening a sentence ("Van Wyk said") is the surname of "Pieter van Wyk"."""
        if len(words) >= 2:
            name = canonical_name(words)
            if name.casefold() in self.people:
                return self.people[self._with_initials(name.casefold()) or name.casefold()].name
            key = self._surname_match(words[-1], position)
            if key and _shortened(key, name.casefold(), words[0].casefold() in FAMILY_NAME_PREFIXES):
                return self.people[key].name
            full = self._in_full(name.casefold()) or self._two_word_surname(name.casefold())
            return self.people[full].name if full else name
        key = self._surname_match(words[0], position)
        if key:
            return self.people[key].name
        given = self._the_one_given(words[0])  # "Ratu Josaia" after "Ratu Josaia Vunibobo"
        return self._family_name_first(words[0]) or (given and self.people[given].name) or words[0]

    def _family_name_first(self, word: str) -> str | None:
        """ "Mr Lim" after "Lim Boon Huat": names written family name first have three words
        or more, and the one such name opening with the word is the person; "Mr Koh" after
        "Edwin Koh Boon Seng": or the one name of four words or more with a given name before it."""
        fits = {
            p.name for p in self.people.values() if len(p.name.split()) >= 3 and p.name.split()[0] == word
        }
        if not fits:
            fits = {
                p.name for p in self.people.values() if len(p.name.split()) >= 4 and p.name.split()[1] == word
            }
        return fits.pop() if len(fits) == 1 else None

    def spelt_out(self, words: list[str]) -> str | None:
        """The one person named in full whom a turn label shortens: a given name alone
        ("HALIMA" for Halima Bello-Adeyemi) or initials and a surname ("S P Dlamini" for
        Sipho Patrick Dlamini); None when no one or more than one fits."""
        *initials, last = [word.casefold().rstrip(".") for word in words]
        if initials and not all(len(initial) == 1 for initial in initials):
            return None
        fits = []
        for person in self.people.values():
            names = [name.rstrip(".") for name in person.name.casefold().split()]
            if len(names) < 2 or names == [*initials, last]:  # the label itself, as the page writes it
                continue
            if not initials and names[0] == last:
                fits.append(person.name)
            elif initials and surname_key(person.name) == surname_key(last):
                if [name[0] for name in names[:-1]] == initials:
                    fits.append(person.name)
        return fits[0] if len(fits) == 1 else None

    def named_between(self, start: int, end: int, gender: str | None) -> int:
        """How many people the text shows to be of `gender` are named in text[start:end]."""
        lo, hi = bisect_left(self._positions, start), bisect_left(self._positions, end)
        keys = {mention.key for mention in self._mentions[lo:hi]}
        return sum(1 for key in keys if gender and self.people[key].gender == gender)

    def mentions_between(self, start: int, end: int) -> list[tuple[int, str, bool]]:
        """(position, key, spoke) of each mention in text[start:end]."""
        lo, hi = bisect_left(self._positions, start), bisect_left(self._positions, end)
        return [(mention.position, mention.key, mention.spoke) for mention in self._mentions[lo:hi]]

    def the_one_named_between(
        self, start: int, end: int, pronoun: str, gender_unknown: bool = False
    ) -> str | None:
        """The full name of the one person named in text[start:end], when the text gives
        that person the pronoun's gender (`gender_unknown`: when it gives none); else None."""
        lo, hi = bisect_left(self._positions, start), bisect_left(self._positions, end)
        keys = {mention.key for mention in self._mentions[lo:hi]}
        if len(keys) != 1:
            return None
        person = self.people[keys.pop()]
        wanted = None if gender_unknown else PRONOUN_GENDER.get(pronoun.casefold())
        return person.name if person.gender == wanted else None

    def _before(self, position: int) -> list[Mention]:
        """The last MAX_ANTECEDENT_MENTIONS mentions before `position`, nearest first."""
        end = bisect_right(self._positions, position - 1)
        return self._mentions[max(0, end - MAX_ANTECEDENT_MENTIONS) : end][::-1]

    def resolve_pronoun(self, position: int, pronoun: str, apart=None) -> tuple[str | None, str]:
        """(name, reason): the last salient person `pronoun` ("he", "she") may stand for, else
        the last one named.

        A person whose title, role or given name gives the other gender is passed over; with
        no one left, or when two people of unknown gender were subjects within the last
        sentence or so, the pronoun stays unresolved rather than pinned on the wrong person.
        A rival last named in an earlier paragraph (`apart(earlier, later)`: a break between) is no rival.
        """
        before = [m for m in self._before(position) if self.people[m.key].may_be(pronoun)]
        salient = [m for m in before if m.salient]
        if salient:
            chosen = self.people[salient[0].key]
            rival = next((m for m in salient if m.key != salient[0].key), None)
            # "The governor's aide, X revealed this": X spoke, though the mention nearest is the name
            chosen_spoke = any(
                m.spoke for m in salient if m.key == salient[0].key and salient[0].position - m.position < 50
            )
            if (
                chosen.gender is None
                and rival is not None
                and (rival.spoke or not chosen_spoke)
                and salient[0].position - rival.position < AMBIGUOUS_WITHIN
                and not (apart and apart(self._last_mention(before, rival.key), salient[0].position))
                and self.people[rival.key].gender is None
            ):
                return None, f"none: ambiguous pronoun ({chosen.name} or {self.people[rival.key].name})"
            wanted = PRONOUN_GENDER.get(pronoun.casefold())
            fits = next((m for m in salient[1:] if self.people[m.key].gender == wanted), None)
            close = (
                fits is not None
                and salient[0].position - fits.position < AMBIGUOUS_WITHIN
                and not (apart and apart(fits.position, salient[0].position))
            )
            never_spoke = not any(m.spoke for m in salient if m.key == salient[0].key)
            if chosen.gender is None and close and fits.spoke and never_spoke:
                # "..., Ian Fallon, joined the talks, Mr Garrick said. He said: “...": the one who spoke
                speaker = self.people[fits.key]
                gender = _GENDER_WORD[speaker.gender]
                why = f"pronoun -> nearest preceding {gender} who spoke ({chosen.name} was only named)"
                return speaker.name, why
            if chosen.gender is None and close:
                # "Jane Okoye met Tom Reed. Reed said ... She replied": recency says Reed, gender
                # says Okoye; neither wins, so no one.
                other = self.people[fits.key].name
                return None, f"none: ambiguous pronoun ({chosen.name}, gender unknown, or {other})"
            reason = f"pronoun -> nearest preceding {_GENDER_WORD[chosen.gender]}"
            if chosen.gender is None:  # the text has now told us: "Hardikar ... He added"
                chosen.pronoun_gender = PRONOUN_GENDER.get(pronoun.casefold())
            return chosen.name, reason
        if before:
            # "... guards who work at Harbour Freight. She said": the nearest the text shows to be
            # a woman, before a name of unknown gender that may be a company's
            wanted = PRONOUN_GENDER.get(pronoun.casefold())
            chosen = next((self.people[m.key] for m in before if self.people[m.key].gender == wanted), None)
            chosen = chosen or self.people[before[0].key]
            return chosen.name, f"pronoun -> nearest preceding {_GENDER_WORD[chosen.gender]} (not a subject)"
        # "Maryam Irandoost said ... He added: ... She added:": the page slipped once; with no
        # one else to be "she", the subject whose gender only that slip gave is meant
        slipped = [m for m in self._before(position) if m.salient]
        if slipped and self.people[slipped[0].key].gender_only_from_a_pronoun:
            chosen = self.people[slipped[0].key]
            chosen.pronoun_gender = PRONOUN_GENDER.get(pronoun.casefold())
            return (
                chosen.name,
                "pronoun -> nearest preceding person (an earlier pronoun gave the other gender)",
            )
        return None, f"none: no earlier person can be '{pronoun}'"

    def subject_between(self, name: str, start: int, end: int) -> bool:
        """Whether `name` is a subject (opens a sentence or spoke) in text[start:end]."""
        lo, hi = bisect_left(self._positions, start), bisect_left(self._positions, end)
        return any(m.salient and m.key == name.casefold() for m in self._mentions[lo:hi])

    def last_subject(self, position: int) -> Person | None:
        """The person who was last a subject (spoke or acted) before `position`."""
        salient = next((m for m in self._before(position) if m.salient), None)
        return self.people[salient.key] if salient else None

    @staticmethod
    def _last_mention(mentions: list[Mention], key: str) -> int:
        """Where `key` was last a subject among `mentions` (nearest first): a rival who is a
        subject again after a paragraph break ("Alex Morgan and Sam Taylor disagreed") is near."""
        return next(m.position for m in mentions if m.key == key and m.salient)

    def last_named(self, position: int) -> Mention | None:
        """The last mention of anyone before `position`, a subject or not."""
        return next(iter(self._before(position)), None)

    def resolve_descriptor(
        self, role: str, country: str | None, position: int, modifiers: frozenset[str] = frozenset()
    ) -> str | None:
        """A definite descriptor ("the Russian President") -> the person it most likely means.

        First a person given that role (and country, if the descriptor has one); then the
        last salient person whose known role and country don't contradict it; then the last
        salient person whose country doesn't; then anyone whose country doesn't.
        """
        if role in ABBREVIATED_OFFICES:  # "the CM": the chief minister
            *spelt, role = ABBREVIATED_OFFICES[role]
            modifiers = modifiers | frozenset(spelt)
        mentions = self._before(position)
        before = [self.people[m.key] for m in mentions]
        salient = [self.people[m.key] for m in mentions if m.salient]
        meant = {role, *SAME_OFFICE.get(role, ())}  # "the judge" is "Ms Justice Name"

        def country_ok(person: Person) -> bool:
            return not (country and person.countries and country not in person.countries)

        def role_ok(person: Person) -> bool:
            return not person.roles or bool(meant & person.roles)

        def described_ok(person: Person) -> bool:
            # "the returning officer" is not the candidate named last: a word the text never
            # gave that person rules the person out
            return modifiers <= person.described | person.roles

        passes = [
            # "the Regional Minister": the minister whose title said "Regional", if one did
            # ("the Chief Minister" is not the Prime Minister named since)
            (before, lambda p: meant & p.roles and modifiers and modifiers <= p.described | p.roles),
            (before, lambda p: meant & p.roles and (country is None or country in p.countries)),
            (salient, lambda p: country_ok(p) and role_ok(p) and described_ok(p)),
            (salient, lambda p: country_ok(p) and described_ok(p)),
            (before, lambda p: country_ok(p) and described_ok(p)),
        ]
        for people, accept in passes:
            for person in people:
                if accept(person):
                    return person.name
        return None


def _with_offices_spelt_out(roles) -> set[str]:
    """ "CM Roe" holds the office of chief minister: its words count as roles too."""
    return {*roles, *(word for role in roles for word in ABBREVIATED_OFFICES.get(role, ()))}


def _shortened(full_key: str, key: str, particle: bool) -> bool:
    """Whether `key` is `full_key` without its given name (a surname with a particle) or
    without its initials only ("ni bhriain" for "s. ni bhriain")."""
    if not full_key.endswith(" " + key):
        return False
    return particle or all(regex.fullmatch(r"\p{L}\.?", w) for w in full_key[: -len(key) - 1].split())


def _middle_dropped(full_key: str, key: str) -> bool:
    """Whether `key` is `full_key` with one or more middle names left out."""
    full, short = full_key.split(), key.split()
    if len(short) < 2 or len(full) <= len(short) or full[0] != short[0] or full[-1] != short[-1]:
        return False
    rest = iter(full[1:-1])
    return all(word in rest for word in short[1:-1])


def build_registry(
    text: str, spans: list[tuple[int, int]], sentence_starts: list[int], quoted: list[tuple[int, int]]
) -> Registry:
    """Scan the article's kept text (`spans`) for people.

    `sentence_starts` (sorted) decides salience: a name opening a sentence outside quotes.
    """
    registry = Registry()
    quote_starts = [s for s, _ in quoted]
    teams = _teams(text, spans)
    for span_start, span_end in spans:
        for match in NAME_RUN.finditer(text, span_start, span_end):
            if text[match.end() : match.end() + 2] in ("’ ", "' "):
                continue  # "Pune Commuters’ Forum": a plural possessive belongs to an organisation
            if "/" in (text[match.end() : match.end() + 1], text[match.start() - 1 : match.start()]):
                continue  # "(Jane Roe/Valley Courier via AP)": a photographer's credit, no one in the story
            for n, (offset, parts) in enumerate(split_name_run(match.group())):
                position = match.start() + offset
                # A leading title belongs to the name: "Mayor Bill de Blasio said" opens the sentence.
                opening = match.start() if n == 0 else position
                titled = None
                if n == 0 and text[opening - 2 : opening] == ", ":  # cheap test first: most names have none
                    titled = _TITLE_COMMA.search(text, max(span_start, opening - 80), opening) or False
                if titled and parts.is_person:  # "The Ashanti Regional Minister, Simon Osei Mensah has"
                    opening = titled.start()
                if (
                    titled is not None
                    and parts.is_person
                    and not _opens_sentence(text, opening, sentence_starts)
                ):
                    described = _DESCRIBED_COMMA.search(
                        text, max(span_start, match.start() - 100), match.start()
                    )
                    if described and _describes(described.group("words")):
                        opening = described.start()  # "The nurse, Jane Roe, who ..., posted"
                salient = (
                    _opens_sentence(text, opening, sentence_starts)
                    or _joint_subject(text, opening, sentence_starts)
                ) and not _inside(position, quoted, quote_starts)
                # "External Affairs Priya Raman" after "Minister of State for": a name after a portfolio
                if (
                    parts.is_person
                    and not parts.roles
                    and n == 0
                    and not offset
                    and names_a_body(text, match.start())
                ):
                    continue  # "Coastal Fisheries" in "Department of Coastal Fisheries"
                if parts.is_person and " ".join(parts.words) in teams:
                    continue  # "Volta Stars coach Jane Roe": a team, though it looks like a name
                if parts.is_person and not parts.roles and n == 0 and _names_a_thing(text, match.start()):
                    continue  # "the fuel tanker Osu Star": a vessel, never a speaker
                if parts.is_person:
                    key = registry.add_full(position, parts, salient)
                    _gather_role(text, match.end(), key, registry)
                    if titled:
                        _gather_title(titled, key, registry)
                    _gather_office(text, max(span_start, position - 80), position, key, registry)
                    _gather_joint_office(text, max(span_start, position - 140), position, key, registry)
                    if n == 0:
                        _gather_lower_title(
                            text, max(span_start, match.start() - 40), match.start(), key, registry
                        )
                elif len(parts.words) == 1 and (
                    _is_name_word(parts.words[0]) or (parts.roles and _fold(parts.words[0]) in TITLE_SURNAMES)
                ):  # "Councilor King" after "Janet King"
                    registry.add_single(position, parts.words[0], salient, parts.roles)
    registry.finish()
    return registry


_OF_A_BODY = regex.compile(r"(\p{Lu}[\p{L}-]*) (?:of|for) (?:the )?$")
_ARTICLES = frozenset("the a an its their his her".split())


def names_a_body(text: str, start: int) -> bool:
    """Whether the capitalised run at `start`, however personal its words look, names a body:
    the end of one's name ("Coastal Fisheries" in "Department of Coastal Fisheries"), or after
    a description of one ("Care home group Oakvale Living", "National forecaster Clima
    Eireann"; "the company Jane Roe founded" is hers)."""
    of = _OF_A_BODY.search(text, max(0, start - 60), start)
    if of and _fold(of.group(1)) in ORG_WORDS:
        return True
    words = text[max(0, start - 60) : start].split()
    if not words or text[start - 1 : start] != " " or words[-1] not in BODY_NOUNS:
        return False
    i, skipped = len(words) - 2, 0
    while i >= 0 and skipped < 2 and words[i].islower() and words[i] not in _ARTICLES:
        i, skipped = i - 1, skipped + 1  # "care home" before "group"
    return i < 0 or words[i].casefold() not in _ARTICLES


# A title and a comma just before a name: "The Ashanti Regional Minister, Simon Osei Mensah",
# "The Minister of Information and Culture, Alhaji Lai Mohammed".
_TITLE_COMMA = regex.compile(r"(?:\b[Tt]he )?((?:\p{Lu}[\p{L}’'-]* |(?:of|for|and) ){0,6}\p{Lu}[\p{L}-]*), $")


# A description opening a sentence, then the name it describes: "The nurse, Jane Roe, ...",
# "A spokesperson for Velko Gas Limited, Jane Roe, ...", "Velko's operations director, Jane Roe".
_DESCRIBED_COMMA = regex.compile(
    r"\b(?:[Tt]he|An?|Its|Their|\p{Lu}[\p{L}-]*[’']s) (?P<words>[^,.;:!?“”\"\n]{1,80}), $"
)


def _describes(words: str) -> bool:
    """A description of a person: its head (before any "for X" or "at X") is a role."""
    head = regex.split(r" (?:for|at|of|from|with) ", words, maxsplit=1)[0].split()
    return bool(head) and _fold(head[-1]) in DESCRIPTION_NOUNS


# A description in lower case before a name: "Returning officer Margaret Atieno".
_LOWER_TITLE = regex.compile(r"(?:^|(?<=[.!?]\s|\n))(\p{Lu}[\p{Ll}-]+(?: [\p{Ll}-]+){0,2}) $")


# The same inside a sentence: "..., the away side's head coach Scott Cooper said", "the
# ministry's spokeswoman Jane Roe said".
_INNER_LOWER_TITLE = regex.compile(r"(?<=\s)((?:[\p{Ll}-]+(?:[’']s)? ){0,2}[\p{Ll}-]+) $")


def _gather_lower_title(text: str, start: int, end: int, key: str, registry: Registry) -> None:
    found = _LOWER_TITLE.search(text, start, end) or _INNER_LOWER_TITLE.search(text, start, end)
    words = [_fold(w) for w in found.group(1).split()] if found else []
    while words and words[0] in STOPWORDS:
        words = words[1:]  # "the head coach X": "the" opens the description, it is no part of it
    if len(words) >= 2 and words[-1] in ROLE_NOUNS and not any(w in STOPWORDS for w in words):
        registry.add_role(key, words[-1], None)
        registry.people[key].described |= set(words[:-1])


def _gather_title(match, key: str, registry: Registry) -> None:
    words = [_fold(w) for w in match.group(1).split()]
    if words[-1] in ROLE_NOUNS or words[-1] in TITLE_WORDS:
        registry.add_role(key, words[-1], None)
        registry.people[key].described |= set(words[:-1])


# An office and its portfolio running straight into the name, as "Health Minister Jane Roe"
# does: "the Minister for Lands and Natural Resources Jane Roe" holds the office of minister.
_OFFICE_BEFORE = regex.compile(r"\b(\p{Lu}[\p{L}-]*) (?:of|for) (?:(?:\p{Lu}[\p{L}-]*|and|of|the) ){1,8}$")


# Two offices before a comma and the name, the first a title of its own: "Prime Minister and
# Leader of the Harbour Party (HP), Jane Roe": she is the prime minister ("the PM" later).
_JOINT_OFFICE = regex.compile(
    r"\b((?:\p{Lu}[\p{L}-]* ){0,2}\p{Lu}[\p{L}-]*) and \p{Lu}[\p{L}-]* (?:of|for) [^,.;:!?“”\n]{3,80}, $"
)


def _gather_joint_office(text: str, start: int, end: int, key: str, registry: Registry) -> None:
    found = _JOINT_OFFICE.search(text, start, end)
    if found:
        _gather_title(found, key, registry)


def _gather_office(text: str, start: int, end: int, key: str, registry: Registry) -> None:
    found = _OFFICE_BEFORE.search(text, start, end)
    if found and _fold(found.group(1)) in ROLE_NOUNS | TITLE_WORDS:
        registry.add_role(key, _fold(found.group(1)), None)


# A vessel, a building or an animal named after its kind in lower case ("the fuel tanker Mary
# Ann", "the trawler Ocean Pride"): a thing, not a person.
THING_NOUNS = frozenset(
    """tanker vessel ship ferry trawler boat yacht freighter barge tug liner cruiser frigate
    warship submarine aircraft plane jet helicopter rocket satellite locomotive horse racehorse
    dog hotel restaurant bar cafe pub""".split()
)


# "Volta Stars coach Dzifa Roe", "Harbour Rangers captain Ama Roe": a plural name owning a role
# held by the person named next is a team or a club.
_TEAM_BEFORE_ROLE = regex.compile(
    r"(?P<team>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3} \p{Lu}[\p{L}-]*[^s\W]s)"
    r" (?:[\p{Ll}-]+ )?(?P<role>[\p{Ll}-]+) \p{Lu}"
)


def _teams(text: str, spans: list[tuple[int, int]]) -> set[str]:
    teams = set()
    for start, end in spans:
        for found in _TEAM_BEFORE_ROLE.finditer(text, start, end):
            words = found.group("team").split()
            if found.group("role") in DESCRIPTION_NOUNS and words[0].casefold() not in GENDER_OF_NAME:
                teams.add(found.group("team"))
    return teams


def _names_a_thing(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start]
    words = before.split()
    return before.endswith(" ") and bool(words) and words[-1] in THING_NOUNS


# A role after the name, capitalised: "Jane Roe, Spokesperson for the Secretary-General".
_CAPITALISED_APPOSITIVE = regex.compile(r", (\p{Lu}\p{Ll}+)\b(?! \p{Lu})")


def _gather_role(text: str, end: int, key: str, registry: Registry) -> None:
    capitalised = _CAPITALISED_APPOSITIVE.match(text, end)
    if capitalised and _fold(capitalised.group(1)) in ROLE_NOUNS:
        registry.add_role(key, _fold(capitalised.group(1)), None)
    possessive = _POSSESSIVE_PLACE.match(text, end)
    if possessive and _fold(possessive.group(1)) in COUNTRY_OF:
        registry.add_role(key, None, COUNTRY_OF[_fold(possessive.group(1))])
    appositive = _APPOSITIVE.match(text, end)
    if appositive and _fold(appositive.group(2)) in ROLE_NOUNS:
        modifiers = appositive.group(1).split()
        # Only an adjective of nationality says where someone is from: "a Russia expert" is
        # an expert on Russia, "a Russian diplomat" is Russian.
        adjective = _fold(modifiers[-1]) if modifiers else ""
        country = COUNTRY_OF[adjective] if adjective in DEMONYMS else None
        registry.add_role(key, _fold(appositive.group(2)), country)


_LEAD_IN = regex.compile(
    r"[\s“”‘’\"(\[—–-]*(?:(?:but|and|so|yet|now|then|meanwhile|however|still)\b[,\s]*)?", regex.I
)


MAX_DESCRIPTION_WORDS = 4  # "Club owner Richard Vale rejected ...": a description may open the sentence


def _opens_sentence(text: str, position: int, sentence_starts: list[int]) -> bool:
    index = bisect_right(sentence_starts, position) - 1
    if index < 0:
        return False
    lead = _LEAD_IN.match(text, sentence_starts[index], position)
    if not lead:
        return False
    words = text[lead.end() : position].split()
    if not words:
        return True
    return (
        len(words) <= MAX_DESCRIPTION_WORDS
        and _fold(words[-1]) in DESCRIPTION_NOUNS
        and not any(_fold(w) in STOPWORDS or not regex.fullmatch(r"[\p{L}\d’'-]+", w) for w in words)
    )


_AND_BEFORE = regex.compile(rf"({NAME_RUN.pattern}) and $")


def _joint_subject(text: str, position: int, sentence_starts: list[int]) -> bool:
    """The second of two people opening a sentence: "Alex Morgan and Sam Taylor disagreed"."""
    if text[position - 5 : position] != " and ":
        return False
    found = _AND_BEFORE.search(text, max(0, position - MAX_NAME_BEFORE_AND), position)
    return bool(found) and _opens_sentence(text, found.start(1), sentence_starts)


MAX_NAME_BEFORE_AND = 60


def _inside(position: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    index = bisect_right(starts, position) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]
