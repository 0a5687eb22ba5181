"""Who a phrase next to a speech verb refers to: "X said", "said X", "the minister said".

A phrase is a pronoun (resolved to the last salient person of its gender), a descriptor
with a role noun ("the Russian President", resolved through the registry; "a spokeswoman"
is someone new and stays as written), a capitalised run: a person's name, resolved to the
full name, or an organisation ("the Labor Department"), kept as written; or a body or
group written in lower case ("the central bank", "officials in Dushanbe" and "officials in
the eastern province": officials; "central bank figures" whole). "The company" or "the
ministry" is the organisation the article named earlier when it named one (a name holding
that word, or for a business the subject of the same sentence or the last name that is a
business's by its last word, "Velko Steel"; never a person); otherwise it stays as written. "it" stands for
the organisation that spoke last, when one spoke a sentence or two before.

Each answer is an `Agent`: the name (None when the phrase cannot be pinned on anyone)
and how it was found, which becomes the claim's speaker reason.
"""

from dataclasses import dataclass

import regex

from claims.extraction.lexicon import (
    BODY_NOUNS,
    BUSINESS_NAME_WORDS,
    BUSINESS_NOUNS,
    COUNTRY_OF,
    DESCRIPTION_NOUNS,
    DOCUMENT_NOUNS,
    GENDER_OF_ROLE,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    OFFICE_LEVELS,
    ORG_WORDS,
    OUTLET_NOUNS,
    PARTY_WORDS,
    PERSON_PRONOUNS,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    STOPWORDS,
    SUBORDINATORS,
    TITLE_WORDS,
)
from claims.extraction.names import (
    NAME_RUN,
    WEEKDAYS,
    NameParts,
    Registry,
    describes_a_person,
    names_a_body,
    names_an_occupation,
    split_name_run,
)
from claims.extraction.organisations import (
    LEADING_WORDS,
    ORG_SUFFIX,
    SENTENCE_END,
    WHEN,
    EarlierOrganisations,
    extend_organisation,
    inside_organisation_name,
)

NAMED = "named"
ROLE_NEVER_NAMED = "a role; no one named earlier holds it"
ORGANISATION = "organisation or group named"
PREPOSITIONS = frozenset("in of from at for on".split())
_PAIR = regex.compile(r"\b(?:the two|both(?: the)?|both of the) (women|men)\b", regex.I)
_PAIR_GENDER = {"women": "f", "men": "m"}
MAX_SENTENCE_CHARS = 600  # looked back for the start of a pronoun's sentence and the one before
# "Chief Executive of the " before "Wessex Ambulance Trust": a role in a body.
_ROLE_OF = regex.compile(
    r"(?<![\p{L}’'])((?:\p{Lu}[\p{L}-]* ){0,2}\p{Lu}[\p{L}-]*) "
    r"((?:of|for) (?:the )?(?:former |disbanded |defunct )?)$"
)
# A sentence opening with a person described, not named: "The coach, known for ...".
_SUBJECT_DESCRIPTION = regex.compile(
    r"(?:^|(?<=[.!?”]\s))(?:However, |But )?[Tt]he ([\p{Ll}-]+)\b(?![’'])", regex.M
)
_SPACES = regex.compile(r"\s*")
_BACK_REFERENCE = regex.compile(r",?\s(?:\p{Lu}{2,8},\s)?(?:has |had |also )?\p{Ll}+ (?:this|these)\b")
_THE = frozenset(["the", "the former"])
# A teaser's "Read More »" line (normalised, "»" reads as a closing quote mark).
_STORY_END = regex.compile(r"(?:^|\n)\s*Read [Mm]ore\b\s*(?:[»›”\"]|>>|\.\.\.|…)?\s*(?=\n|$)")
_SURNAME_SUBJECT = regex.compile(
    r"(?:^|(?<=[.!?]\s|\n))(\p{Lu}[\p{L}’'-]+) (?:(?:did|does|has|had|was|is)(?:n[’']t)?|\p{Ll}+ed)\b"
)
_NAME_THEN_SAID = regex.compile(
    r"\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3}\s+(?:has |had )?(?:also )?"
    r"(?:said|says|stated|added|told|insisted|declared|explained|noted|remarked)\b"
)
_ACRONYM_WORD = regex.compile(r"\p{Lu}[\p{Lu}&]{1,7}")


def _closes_appositive(words) -> bool:
    """ "X, a member of the Y Party (YP), has claimed": the bracketed initials and their comma
    close an aside about X, who speaks; the party does not."""
    return words[-1].group().endswith(",") and any(w.group().endswith(",") for w in words[:-1])


def _title_goes_on(words: list[str], at: int) -> bool:
    following = words[at + 1]
    return following[:1].isupper() and words[at][:1].isupper() and following.casefold() in ROLE_NOUNS


def _fold_word(word: str) -> str:
    return word.casefold().rstrip(".")


def _name_words(run: str) -> list[str]:
    """A name's words without the words before it: "the", "Pune-based"."""
    words = run.split()
    while words and (words[0].casefold() in LEADING_WORDS or words[0].casefold().endswith("-based")):
        if _opens_a_place(words):
            break  # "New Mexico Dairy Producers Council": "New" opens the place in the body's name
        words.pop(0)
    return words


def _opens_a_place(words: list[str]) -> bool:
    return (
        words[0] == "New"
        and len(words) >= 4
        and words[1][:1].isupper()
        and words[-1].casefold() in ORG_WORDS | GROUP_NOUNS
    )


_ACRONYM = regex.compile(r"\(\p{Lu}[\p{L}&.-]+\),?")  # "(CIDCO)", and a short name: "(Witco)"
# "Dr Ana Rossi of the University of Padua said", "Jane Roe of Nairobi-based think tank X said":
# the body after "of" may come with what it is and where it is based.
_PERSON_OF = regex.compile(
    rf"({NAME_RUN.pattern}) (?:of|at|from) (?:the )?"
    r"(?:\p{Lu}[\p{L}-]*-based )?(?:\p{Ll}[\p{Ll}-]* ){0,2}$"  # "Nairobi-based think tank"
)
_PLACE_PREPOSITIONS = frozenset("in from at across near around outside".split())
_PLACE_LINKS = frozenset(
    "and the nearby neighbouring neighboring other parts of".split()
)  # "Leeds and nearby York"
MAX_GROUP_WORDS = 3  # "commercial motorcyclists", "rice farmers"
_ORG_LINKS = frozenset("of for and the on de".split())  # inside "Department for Education"
_DETERMINERS = frozenset("the a an its their".split())
MAX_PEOPLE_SEARCHED_FOR_ROLES = 40
IT_WITHIN = 400  # characters: "it said" refers to an organisation that spoke this recently
DESCRIBED_WITHIN = 400  # characters: "the official" is "a Samsung official" described this recently
MAX_OPENING_CHARS = 80  # of a sentence, for the body it opens with
_VERB_FOLLOWS = regex.compile(r" (?:has|have|had|will|would|is|was|are|were|\p{Ll}+ed)\b")


@dataclass(frozen=True)
class Agent:
    name: str | None
    how: str  # NAMED, ORGANISATION, or a reason of its own ("pronoun -> ...", "none: ...")
    is_organisation: bool = False  # a body ("it said" may mean it later), whatever `how` says
    background: bool = False  # an office for its holder ("The Head of State announced"): no antecedent


# A group of people, not a body: "finance officers", "Officials", "coast guard inspectors", "Police".
_PEOPLE_AS_A_GROUP = regex.compile(
    r"(?:^|\s)(?:\p{L}+(?:ers|ors|ists|ials|ians|ants|ents)|police|staff)$", regex.I
)


# Words that may stand between the speaker and the verb: "X has also said".
AUXILIARIES = frozenset(
    "has have had also then later previously once again reportedly publicly recently earlier would will "
    "is was been repeatedly privately separately immediately now still further however".split()
)
_DESCRIPTOR = regex.compile(
    r"(?:the|a|an)\s+((?:[\p{L}-]+(?:[’']s|(?<=s)[’'])?(?:\s+|$|(?=[.;!?]))){1,4})", regex.I
)
# "the Head of State", "the Head of Government": an office, held by the president or the premier.
_HEAD_OF = regex.compile(r"(?:the |The )?[Hh]ead of ([Ss]tate|[Gg]overnment)\b")
# "according to its campaign manager.": a role the next sentence names the holder of.
_ITS_ROLE = regex.compile(r"(?:its|their) (?P<role>(?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+)(?=[.,;])")
_ROLE_AND_COMMA = regex.compile(r"([\p{L}-]+),")
# "the company's annual report", "the central bank's latest bulletin": a body's own document.
_OWNER_DOCUMENT = regex.compile(
    r"(?:the )?(?P<owner>(?:[\p{Ll}-]+ )?[\p{L}-]+)[’']s (?:(?:own|latest|annual|new|recent|monthly|quarterly"
    r"|last|first|final|interim) )*(?:bulletin|report|figures|data|statement|accounts|filing|survey|review"
    r"|records|results|estimates)\b"
)
# "the Senate's own research office": a named body's office, speaking for itself.
_OWNERS_OFFICE = regex.compile(
    r"(?:the )?(?P<office>\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}[’']s own (?:[\p{Ll}-]+ ){0,2}"
    r"(?:office|bureau|unit|department|agency|service|inspectorate))\b"
)
_NAMED_AFTER_DESCRIPTION = regex.compile(rf"(?: (?:for|at|of) [^,.;]{{1,60}})?, {NAME_RUN.pattern},")
_PRONOUN = regex.compile(r"(he|she|He|She|him|her)\b(?! own\b)")
# "deputy governor Marcus Lindahl", "the corporation's managing director, Shravan Hardikar"
_LOWER_TITLES = regex.compile(r"(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+(?:[’']s|(?<=s)[’'])?,?\s+){1,4}")
_IT = regex.compile(r"(it|It)\b")
_OPENING_DESCRIPTION = regex.compile(r"(\p{Lu}\p{Ll}+)(?: [\p{Ll}-]+){0,2}? ([\p{Ll}-]+) (?=\p{Lu})")
# "Ward 14 councillor ", "Division 4 councillor ", "District 3 supervisor " before a name: the
# numbered seat is where the person sits, not a body that speaks.
_NUMBERED_DESCRIPTION = regex.compile(r"\p{Lu}\p{Ll}+ \d{1,3}\p{Lu}? (?:[\p{Ll}-]+ )?([\p{Ll}-]+) (?=\p{Lu})")
_OFFICE_OF = regex.compile(r"(\p{Lu}\p{Ll}+) (?:of|for) (?:the )?(?=\p{Lu})")
_BRACKETED_ASIDE = regex.compile(r"\s\([^()]{1,60}\)\s*$")
# A clause set apart by dashes between the subject and its verb: " - who chairs the board - ".
_DASHED_ASIDE = regex.compile(
    r"\s[-–—]\s(?:who|which|whose|a|an|the|now|herself|himself)\b[^-–—]{1,80}\s[-–—]\s*$"
)
_PLURAL_POSSESSIVE = regex.compile(r"[’'] \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*")
# "said in a statement", "said on Tuesday", "told reporters at the briefing": not a speaker.
_PARTY_AND_DISTRICT = regex.compile(r",\s[RDI]-\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2},\s*$")
_CIRCUMSTANCE = regex.compile(r"(?:in|on|at|during|after|before|with|to|through|via)\s", regex.I)
SPOKESPEOPLE = frozenset("spokesperson spokesman spokeswoman".split())
_DESCRIBED_SUBJECT = regex.compile(
    r"(?:^|(?<=[.!?”\"]\s|\n))(?:An?|The) (?:[\p{L}-]+ ){0,4}?(spokesman|spokeswoman|spokesperson|official)\b"
)
# Figures nobody is said to have published are not a speaker ("according to new figures"); the
# body is, when the text names it ("figures from the statistics office", "central bank figures").
_FIGURES_ALONE = regex.compile(
    r"(?:the\s+)?(?:(?:latest|new|newest|official|recent|provisional|preliminary|final|revised|monthly"
    r"|quarterly|annual|weekly|these)\s+){0,3}(?:figures|data|statistics|numbers)(?=\s*(?:[,.;:!?”)]|$))"
)
FIGURES_NOT_SPEAKER = "none: figures are not a speaker, and no body is named as theirs"
_RELATIVES = frozenset("which who whose that".split())
# Words that describe any body of its kind: "the nonprofit institute" may be the X Institute.
_GENERIC_MODIFIERS = frozenset(
    "nonprofit non-profit independent private charitable industry trade lobby".split()
)
_BODY_HEADS = frozenset("office bureau agency authority board service department ministry unit".split())
# "the agency", "the group": when no name holds the word, the body that spoke last.
# Singular bodies that "the <noun> said" may mean when the sentence before opens with a body's name.
_BODIES = BODY_NOUNS - OUTLET_NOUNS | frozenset("district department ministry".split())
_GENERIC_BODIES = frozenset(
    "agency group organisation organization body charity coalition company firm operator".split()
)
# "in a statement on Friday", "in an interview" between a speaker and the verb, with no comma to
# close it: how the speaker spoke.
# "Officials familiar with the matter said", "people close to the talks said": which of them
# spoke, not who; the group is the speaker.
_IN_THE_KNOW = regex.compile(
    r",?\s+(?:familiar\s+with|close\s+to|briefed\s+on|involved\s+in|with\s+knowledge\s+of|aware\s+of)"
    r"\s+(?:the|its|their)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+,?\s*$"
)
_HOW_SPOKEN = regex.compile(
    r",?\s+in (?:a|an|the|its|his|her|their) (?:[\p{Ll}-]+ )?"
    r"(?:statement|interview|letter|post|release|briefing|broadcast|message|tweet|report|evidence|submission"
    r"|speech|remarks|testimony|conference)"
    r"(?:\s(?:to|before) the (?:[\p{Ll}-]+ ){0,2}?[\p{Ll}-]+)?"  # "in her report to the panel"
    r"(?:\s(?:on|last|this|late|early) \p{L}+(?: (?:morning|afternoon|evening|night))?)?,?\s*$"
)
HOW_SPOKEN = _HOW_SPOKEN
_SKIP = regex.compile(r"[\s,:“”‘’\"(\[—–-]*")
_WORD = regex.compile(r"\S+")
_POSSESSIVE = regex.compile(r"[’']s\b")
MAX_NAME_CHARS = 120


# A turn label opening a line ("Q: ", "MARY ROE: "), after which a sentence begins.
_LINE_LABEL = regex.compile(r"\p{Lu}[^:\n]{0,40}:\s+")
MAX_LABEL_CHARS = 45


# "The protesters said", "the residents claimed": a group of people speaking, by its plural noun.
_GROUP_SPOKE = regex.compile(
    r"\b[Tt]he (\p{Ll}[\p{Ll}-]+s) (?:said|say|says|claimed|claim|told|alleged|insisted|warned|added)\b"
)


class AgentResolver:
    def __init__(self, text: str, registry: Registry) -> None:
        self.text = text
        self.registry = registry
        self._organisations: list[tuple[int, str]] = []  # (position, name) of bodies that spoke
        self._publishers: list[tuple[int, str]] = []  # (position, name): "a report published by X"
        self._earlier = EarlierOrganisations(text, registry)
        self._described: list[tuple[int, str, str]] = []  # (position, role, "a Samsung official")
        self._held: dict[tuple[str, str], Agent | None] = {}  # (phrase, role) -> its one holder
        self._holder_sets: dict[str, set[str]] = {}  # role -> the people the text gives it
        self._documents: list[tuple[int, str, str]] = []  # (position, author, "sheet") that claimed

    def note_document(self, position: int, author: str, noun: str) -> None:
        """Record that a document by `author` made a claim: a later "it alleged" is the document's."""
        self._documents.append((position, author, noun))

    def note_organisation(self, position: int, name: str) -> None:
        """Record that an organisation spoke at `position`: a later "it said" may mean it."""
        self._organisations.append((position, name))

    def at(self, position: int, limit: int) -> Agent | None:
        """The speaker phrase starting at `position` ("said X", a sentence's subject)."""
        position = _SKIP.match(self.text, position, limit).end()
        if _CIRCUMSTANCE.match(self.text, position, limit):  # "said in a statement": how, not who
            return None
        if _FIGURES_ALONE.match(self.text, position, limit):  # "according to the latest official figures"
            return Agent(None, FIGURES_NOT_SPEAKER)
        pronoun = _PRONOUN.match(self.text, position, limit)
        if pronoun:
            return self._pronoun(position, pronoun.group())
        if _IT.match(self.text, position, limit):
            return self._it(position)
        head = _HEAD_OF.match(self.text, position, limit)
        if head and (holder := self._head_of(head, position)):
            return holder
        its = _ITS_ROLE.match(self.text, position, limit)
        if its and (holder := self._holder_named_after(its.group("role"), its.end())):
            return holder
        published = _PUBLISHED_BY.match(self.text, position, limit)
        if published:  # "a report published on Tuesday by the watchdog X": X
            return self._published_by(published.start(1), published.end(), limit)
        office = _OWNERS_OFFICE.match(self.text, position, limit)
        if office:  # "according to the Senate's own research office": that office, as written
            return Agent(office.group("office"), ORGANISATION, is_organisation=True)
        owned = _OWNER_DOCUMENT.match(self.text, position, limit)
        if owned:  # "according to the company's annual report": the company that wrote it
            owner = self._document_owner(owned)
            if owner is not None:
                return owner
        descriptor = _DESCRIPTOR.match(self.text, position, limit)
        if descriptor:
            words = descriptor.group(1).split()
            closing = _ROLE_AND_COMMA.match(self.text, descriptor.end(), limit)
            if not (closing and closing.group(1).casefold() in ROLE_NOUNS and len(words) < 4):
                closing = None
            else:
                # "According to the local union president, 420 teachers ...": the role ends at the comma
                words.append(closing.group(1))
            role_at = next((i for i, w in enumerate(words) if w.casefold() in ROLE_NOUNS), None)
            while role_at is not None and role_at + 1 < len(words) and _title_goes_on(words, role_at):
                role_at += 1  # "the Chief Minister": the office is the last title word, not a name
            indefinite = self.text[position : descriptor.start(1)].strip().lower() in ("a", "an")
            if role_at is None and indefinite:  # "a pharmacist", "a shopkeeper": someone unnamed
                role_at = next((i for i, w in enumerate(words) if names_an_occupation(w)), None)
            if role_at is None:  # "the Labor Department", "the White House": an organisation
                return (
                    self._name_at(descriptor.start(1), limit)
                    or self._titled_name_at(descriptor.start(1), limit)  # "the broker Lloyd Marsh"
                    or self._group_at(position, limit)
                )
            # "the Russian President Vladimir Putin": a name after the role wins.
            after = descriptor.start(1) + len(" ".join(words[: role_at + 1])) + 1
            if closing and role_at == len(words) - 1 and words[-1] == closing.group(1):
                after = _SPACES.match(self.text, closing.end(), limit).end()  # "..., Jane Roe, said"
            named = self._name_at(after, limit) if after < limit else None
            if named:
                return named
            determiner = self.text[position : descriptor.start(1)].strip().lower()
            holder = self._named_holder(determiner, words[role_at], position) if role_at else None
            if holder is not None:
                return holder
            body = self._body_of_spokesperson(descriptor.start(1), words, role_at, limit)
            if body is not None:
                return body
            if determiner in ("a", "an"):  # someone new, not anyone named before
                phrase = " ".join([determiner, *words[: role_at + 1]])
                self._described.append((position, words[role_at].casefold(), phrase))
                return Agent(phrase, "described, not named")
            return self._descriptor(words[:role_at], words[role_at], position)
        return (
            self._described_name_at(position, limit)
            or self._office_holder_at(position, limit)
            or self._name_at(position, limit)
            or self._titled_name_at(position, limit)
            or self._group_at(position, limit)
        )

    def _document_owner(self, owned) -> Agent | None:
        """The body whose document it is: "the company" as the business named earlier, "the
        central bank" as written; a name as the text gives it."""
        words = owned.group("owner").split()
        if words[-1][:1].isupper():
            return self._name_at(owned.start("owner"), owned.end("owner"))
        if words[-1] not in GROUP_NOUNS | BUSINESS_NOUNS:
            return None
        if len(words) == 1:
            return self._named_earlier(words[0], owned.start())
        return Agent(" ".join(words), ORGANISATION, is_organisation=True)

    def _described_name_at(self, position: int, limit: int) -> Agent | None:
        """ "Shadow treasurer Glen Hayward", "Returning officer Margaret Atieno": a description
        opening with a capital, its office in lower case, then the name."""
        numbered = _NUMBERED_DESCRIPTION.match(self.text, position, limit)
        if numbered and numbered.group(1).casefold() in DESCRIPTION_NOUNS:  # "Ward 14 councillor X"
            named = self._name_at(numbered.end(), limit)
            return named if named and named.how == NAMED else None
        found = _OPENING_DESCRIPTION.match(self.text, position, limit)
        if not found or found.group(1).casefold() not in DESCRIPTION_NOUNS | PARTY_WORDS | OFFICE_LEVELS | {
            "returning"
        }:
            return None
        if found.group(2).casefold() not in DESCRIPTION_NOUNS:
            return None
        named = self._name_at(found.end(), limit)
        return named if named and named.how == NAMED else None

    def _office_holder_at(self, position: int, limit: int) -> Agent | None:
        """ "Leader of the Opposition Dr Jane Roe", "Minister for Health Jane Roe": the office
        opening the phrase, then its holder's name."""
        office = _OFFICE_OF.match(self.text, position, limit)
        if not office or _fold_word(office.group(1)) not in TITLE_WORDS | ROLE_NOUNS:
            return None
        run = NAME_RUN.match(self.text, office.end(), limit)
        pieces = split_name_run(run.group()) if run else []
        if not pieces or not pieces[-1][1].is_person or len(pieces[-1][1].words) == len(run.group().split()):
            return None  # "Minister of Finance Jane Roe" names her; "Minister of Finance" no one
        named = self._resolve_run(run.start(), run.end())
        return named if named and named.how == NAMED else None

    def possessor(self, position: int, possessive: str) -> Agent:
        """Whom "his" or "her" at `position` stands for, as "he" or "she" would."""
        return self._pronoun(position, "he" if possessive.casefold() == "his" else "she")

    def _pronoun(self, position: int, pronoun: str) -> Agent:
        """ "he"/"she": no one after "the two women" (which of them?); the one person of that
        gender named in the sentence before, when the text says who it is; else the registry's
        choice (last salient person of that gender)."""
        sentence = self._sentence_start(position)
        end = len(self.text[:sentence].rstrip())  # back over the line break and the full stop
        previous = self._sentence_start(end - 1) if end else 0
        pair = _PAIR.search(self.text, previous, position)
        gender = PRONOUN_GENDER.get(pronoun.casefold())
        if pair and _PAIR_GENDER[pair.group(1).casefold()] == gender:
            return Agent(None, f"none: ambiguous pronoun ('{pair.group().casefold()}' named before)")
        if self.registry.named_between(previous, sentence, gender) >= 2:
            speaker = self._the_one_who_spoke(previous, sentence, pronoun)
            if speaker is not None:  # "..., Bello said as he urged them to vote Bago and Garba. He stated"
                return Agent(
                    speaker,
                    "pronoun -> the one who spoke in the sentence before (others there are only named)",
                )
            word = "women" if gender == "f" else "men"
            return Agent(None, f"none: ambiguous pronoun (two {word} named in the sentence before)")
        described = self._described_since_named(position, pronoun, gender)
        if described is not None:  # "A government spokesman said: ... He added": not a man named before
            return described
        name, reason = self.registry.resolve_pronoun(position, pronoun, self._apart)
        if name is not None and self._across_story_end(name, position):
            return Agent(
                None, "none: the person it may mean is in another story (a 'Read More' line ends it)"
            )
        if name is None and reason.startswith("none: no earlier person"):
            described = self._the_one_described(position, gender)
            if described:  # "The coach ... “...,” he said": no name anywhere, so the coach
                return Agent(described, f"pronoun -> '{described}', the one person described but never named")
        only = self.registry.the_one_named_between(previous, sentence, pronoun)
        if only and only != name:
            return Agent(
                only, f"pronoun -> the one {'female' if gender == 'f' else 'male'} person named just before"
            )
        unknown = self.registry.the_one_named_between(previous, sentence, pronoun, gender_unknown=True)
        if (
            only is None
            and unknown
            and name
            and unknown != name
            and self._new_in_paragraph(unknown, name, position)
            and not self._named_only_in_quotes(unknown, previous, sentence)
        ):
            # "At a bakery, the owner, Sipho Roe, showed us the dough. He said ...": the one person
            # this paragraph names, not someone of the pronoun's gender from a paragraph before
            return Agent(unknown, "pronoun -> the one person named in the sentence before (this paragraph's)")
        if (
            only is None
            and unknown
            and name
            and unknown != name
            # "... after President Arun Mehta fled. She said": named inside a clause, not its subject
            and (
                self.registry.subject_between(unknown, previous, sentence)
                or name.casefold() not in self.registry.people
                or self.registry.people[name.casefold()].gender is None
            )
        ):  # "..., Marama Hohaia, slammed it. She claimed"
            return Agent(None, f"none: ambiguous pronoun ({unknown}, named just before, may be meant)")
        return Agent(name, reason)

    def _named_only_in_quotes(self, name: str, start: int, end: int) -> bool:
        """ "“India and Sri Lanka are close ...,” he said": a name inside the quoted words is what
        the speaker talks about, never the one the pronoun closing the quote stands for."""
        positions = [p for p, key, _ in self.registry.mentions_between(start, end) if key == name.casefold()]
        return bool(positions) and all(self._earlier.in_quote(p) for p in positions)

    def _across_story_end(self, name: str, position: int) -> bool:
        """A listing page of teasers: "Read More »" ends a story, and no pronoun reaches back over it."""
        ends = [*_STORY_END.finditer(self.text, max(0, position - 3000), position)][-1:]
        if not ends:
            return False
        since = {key for _, key, _ in self.registry.mentions_between(ends[0].end(), position)}
        return name.casefold() not in since

    def _the_one_who_spoke(self, start: int, end: int, pronoun: str) -> str | None:
        """The one person of the pronoun's gender named in text[start:end] right before a verb of
        saying ("Bello said"); None when no one, or more than one, is."""
        speakers = {
            key
            for position, key, _ in self.registry.mentions_between(start, end)
            if _NAME_THEN_SAID.match(self.text, position, end) and self.registry.people[key].may_be(pronoun)
        }
        return self.registry.people[speakers.pop()].name if len(speakers) == 1 else None

    def _described_since_named(self, position: int, pronoun: str, gender: str | None) -> Agent | None:
        """The speaker described (never named) opening a sentence after the last person named
        whom the pronoun may mean: the nearest antecedent, though a named one is further back."""
        window = max(0, position - 2 * DESCRIBED_WITHIN)
        found = ([None, *_DESCRIBED_SUBJECT.finditer(self.text, window, position)])[-1]
        if found is None or GENDER_OF_ROLE.get(found.group(1).casefold(), gender) != gender:
            return None
        registry = self.registry
        if registry.named_between(found.start(), position, gender) or registry.the_one_named_between(
            found.start(), position, pronoun, gender_unknown=True
        ):
            return None  # someone named since, who may be meant
        if _NAMED_AFTER_DESCRIPTION.match(self.text, found.end(), position):
            return None  # "A spokeswoman for X, Dana Roe, said": she was named with the description
        spoke = [name for at, name in self._organisations if found.start() <= at < found.end() + 200]
        agent = Agent(spoke[-1], ORGANISATION, True) if spoke else self.at(found.start(), found.end())
        if agent is None or agent.name is None:
            return None
        phrase = self.text[found.start() : found.end()]
        reason = f"pronoun -> '{phrase}', described after anyone named"
        return Agent(agent.name, reason, agent.is_organisation)

    def _the_one_described(self, position: int, gender: str | None) -> str | None:
        """ "the coach" when sentences before `position` open with one such description only."""
        heads = {
            found.group(1).casefold()
            for found in _SUBJECT_DESCRIPTION.finditer(self.text, max(0, position - 3000), position)
            if found.group(1).casefold() in DESCRIPTION_NOUNS
        }
        if len(heads) != 1:
            return None
        head = heads.pop()
        return None if GENDER_OF_ROLE.get(head, gender) != gender else f"the {head}"

    def _new_in_paragraph(self, unknown: str, name: str, position: int) -> bool:
        """Whether the paragraph up to `position` names `unknown` and never `name`."""
        paragraph = self.text.rfind("\n", 0, position) + 1
        keys = {key for _, key, _ in self.registry.mentions_between(paragraph, position)}
        return unknown.casefold() in keys and name.casefold() not in keys

    def _apart(self, earlier: int, later: int) -> bool:
        """A paragraph break between two positions."""
        return "\n" in self.text[earlier:later]

    def _group_that_spoke_before(self, position: int) -> Agent | None:
        """ "“The protesters said they wanted ...,” the report said. They also accused ...": a
        "They" opening its sentence is the one group of people the sentence before has speaking."""
        sentence = self._sentence_start(position)
        if self.text[sentence:position].strip():
            return None
        end = len(self.text[:sentence].rstrip())
        previous = self._sentence_start(end - 1) if end else 0
        groups = {
            found.group(1).casefold()
            for found in _GROUP_SPOKE.finditer(self.text, previous, sentence)
            if found.group(1).casefold() in GROUP_NOUNS
        }
        if len(groups) != 1:
            return None
        group = groups.pop()
        return Agent(group, f"'they' -> the {group}, the one group speaking in the sentence before")

    def _sentence_start(self, position: int) -> int:
        floor = max(0, position - MAX_SENTENCE_CHARS)
        ends = list(SENTENCE_END.finditer(self.text, floor, position))
        return ends[-1].end() if ends else floor

    def _titled_name_at(self, position: int, limit: int) -> Agent | None:
        """ "said deputy governor Marcus Lindahl", "according to the corporation's managing
        director, Shravan Hardikar": lower-case titles, then the name."""
        titles = _LOWER_TITLES.match(self.text, position, limit)
        if not titles:
            return None
        last = titles.group().split()[-1].casefold()
        if last.endswith(",") and (last.rstrip(",") in DOCUMENT_NOUNS or last.rstrip(",s") in DOCUMENT_NOUNS):
            return None  # "according to the reports, Geide called": the reports, then a new clause
        named = self._name_at(titles.end(), limit)
        if titles.group().split()[-1].casefold() in GROUP_NOUNS and named and named.name:
            # "the regulator Ofwater", "the farmers’ alliance Samahang Magsasaka ng Gitnang Luzon":
            # the body's name, however personal its words look; "the union's leader X" is no group
            body = _BODY_NAME.match(self.text, titles.end(), limit)
            if named.how == ORGANISATION and (body is None or len(body.group()) <= len(named.name)):
                return named
            if body and not self._titled_person(body.group()):
                return Agent(body.group(), ORGANISATION, is_organisation=True)
        return named if named and named.how == NAMED else None

    @staticmethod
    def _titled_person(run: str) -> bool:
        pieces = split_name_run(run)
        return bool(pieces) and pieces[-1][1].is_person and bool(pieces[-1][1].roles)

    def _body_of_spokesperson(self, start: int, words: list[str], role_at: int, limit: int) -> Agent | None:
        """ "a Health New Zealand spokesperson": the body speaks through its spokesperson."""
        if words[role_at].casefold() not in SPOKESPEOPLE or role_at == 0:
            return None
        named = self._name_at(start, limit)
        if named is None or named.how != ORGANISATION or named.name.casefold().split()[-1] in SPOKESPEOPLE:
            return None
        phrase = " ".join(words[: role_at + 1])
        return Agent(named.name, f"'a {phrase}' -> the organisation it speaks for", is_organisation=True)

    def _head_of_prepositional_phrase(self, words) -> Agent | None:
        """ "A spokeswoman for the trust said": the spokeswoman speaks, not the trust; "a
        spokeswoman for the Department of X said": the body named."""
        texts = [w.group().casefold() for w in words]
        end = words[-1].end()
        relative = next(
            (i for i, w in enumerate(texts[:-1]) if w.endswith(",") and texts[i + 1] in _RELATIVES), None
        )
        if relative is not None:  # "a spokeswoman for X, which runs 11 centres, said": X
            words, texts, end = words[: relative + 1], texts[: relative + 1], words[relative].end() - 1
            texts[-1] = texts[-1].rstrip(",")
        at = next((i for i, w in enumerate(texts) if w in PREPOSITIONS), None)
        if at is None or not 1 <= at <= 3 or any(w.endswith(",") for w in texts):
            return None
        head = texts[at - 1]
        named = [w.group() for w in words[at + 1 :] if w.group().casefold() != "the"][:1]
        if head in SPOKESPEOPLE and texts[at] == "for" and named and named[0][:1].isupper():
            # "a spokeswoman for the Department said": the body she speaks for, when named
            # ("a spokeswoman for the trust" stays hers)
            body = self.at(words[at + 1].start(), end)
            if body and body.name and (body.how == ORGANISATION or body.is_organisation):
                return Agent(
                    body.name, f"'{head} for' -> the organisation ({body.name})", is_organisation=True
                )
        if texts[0] in ("a", "an") and (head in ROLE_NOUNS or names_an_occupation(head)):
            return self.at(words[0].start(), words[at].start())
        return None

    def before(self, floor: int, verb_start: int) -> Agent | None:
        """The speaker phrase ending just before a verb ("X said", "X, a Y, said", "the minister said")."""
        spoken = _HOW_SPOKEN.search(self.text, floor, verb_start)
        if spoken and spoken.start() > floor:  # "X, in a statement on Friday said": how X spoke
            verb_start = spoken.start()
        knowing = _IN_THE_KNOW.search(self.text, floor, verb_start)
        if knowing and knowing.start() > floor:  # "Officials familiar with the matter said": officials
            verb_start = knowing.start()
        aside = _BRACKETED_ASIDE.search(self.text, floor, verb_start)
        while aside and aside.start() > floor:  # "Hon. Ngozi Eze (PDP, Anambra) said": party and seat
            verb_start = aside.start()  # ... and each of 'X Inc. (TSX: X) ("X" or "the Company")'
            aside = _BRACKETED_ASIDE.search(self.text, floor, verb_start)
        dashes = _DASHED_ASIDE.search(self.text, floor, verb_start)
        if dashes and dashes.start() > floor:  # "Cllr Roe - who chairs the committee - said": Roe
            verb_start = dashes.start()
        tag = _PARTY_AND_DISTRICT.search(self.text, floor, verb_start)
        if tag and tag.start() > floor:  # "Rep. Clayton Burkhalter, R-Nampa, told": party and district
            verb_start = tag.start()
        words = list(_WORD.finditer(self.text, floor, verb_start))
        while words and words[-1].group().casefold() in AUXILIARIES:
            words.pop()
        # "The Federal Government on Sunday denied": when it spoke is not who spoke.
        while len(words) > 2 and WHEN.fullmatch(f"{words[-2].group()} {words[-1].group()}"):
            del words[-2:]
        if len(words) > 1 and words[-1].group() in ("today", "yesterday", "tonight"):
            words.pop()  # "SunVolt Africa today announced"
        if len(words) > 1 and words[-1].group().casefold() in WEEKDAYS:
            words.pop()  # "The Lagos State Government Thursday said"
        if len(words) > 1 and _ACRONYM.fullmatch(words[-1].group()) and not _closes_appositive(words):
            words.pop()  # "the City and Industrial Development Corporation (CIDCO) said", "(Witco) has"
        if not words:
            return None
        last = words[-1]
        token = last.group()
        head = self._head_of_prepositional_phrase(words)
        if head is not None:
            return head
        if token.casefold() in PERSON_PRONOUNS:
            return self._pronoun(last.start(), token)
        if token.casefold() == "it":
            return self._it(last.start())
        if token.casefold() in GROUP_PRONOUNS:
            return self._they(last.start()) or self._group_that_spoke_before(last.start())
        if token.endswith(","):
            commas = [w for w in words[:-1] if w.group().endswith(",")]
            segment_start = commas[-1].end() + 1 if commas else floor
            # "Its policy chief, Josep Borrell, told": the name is the comma-enclosed part ...
            whole = self._run_ending_at(segment_start, last.end() - 1)
            if commas and _ACRONYM_WORD.fullmatch(self.text, segment_start, last.end() - 1):
                # "the former Secretary of the Alliance for Renewal, AFR, revealed": the initials
                # are the body's, set apart; the subject is before them
                return self.before(floor, commas[-1].end() - 1)
            if whole is not None and whole <= segment_start:
                return self._resolve_run(whole, last.end() - 1)
            between = self.text[segment_start:whole] if whole is not None else ""
            if whole is not None and (_only_titles(between) or _placed_role(between)):
                # "the Minister of State for X, Senator (Dr.) Halima Garba, said": the holder speaks
                named = self._resolve_run(whole, last.end() - 1)
                if named and named.how == NAMED:
                    return named
            if not commas:
                return None
            # ... "Ulrich Speck, a Russia expert at ..., said": the name is before the appositive.
            return self.before(floor, commas[-1].end() - 1) if commas[-1].group() != "," else None
        if token.casefold() in ROLE_NOUNS or names_an_occupation(token):  # "the Russian President said"
            for word in reversed(words[-5:-1]):
                if word.group().casefold() in ("the", "a", "an"):
                    return self.at(word.start(), last.end())
                if word.group().casefold() in ("its", "their"):  # "its chief executive said", named after
                    return self._holder_named_next(self.text[word.end() : last.end()].strip(), last.end())
        if token.casefold() in BUSINESS_NOUNS and len(words) == 2 and words[0].group().casefold() == "the":
            return self._named_earlier(token.casefold(), last.start())  # a press release's "the Company"
        head = _HEAD_OF.fullmatch(self.text, words[-3].start(), last.end()) if len(words) >= 3 else None
        if head and (holder := self._head_of(head, last.start())):
            return holder
        if len(words) >= 2 and words[-2].group().casefold() == "the":
            titled = self._titled_by_acronym(token, last.start())
            if titled is not None:  # "The MS said" after "constituency MS Jane Roe": her
                return titled
        if token[:1].isupper() or token[:3].casefold() in ("al-", "el-"):
            start = self._run_ending_at(floor, last.end())
            if start is None:
                return None
            return (
                self._name_before_its_title(floor, start, last.end())
                or self._person_of_a_body(floor, start, last.end())
                or self._role_of_a_body(floor, start, last.end())
                or self._head_before_preposition(words, start)
                or self._people_of_a_place(words, start, last.end())
                or self._resolve_run(start, last.end())
            )
        return (
            self._group_before_preposition(words)
            or self._group_ending(words)
            or self._noun_of_a_name(words)
            or _place_as_body(words)
        )

    def _holder_named_after(self, role: str, position: int) -> Agent | None:
        """ "... is united, according to its campaign manager." then "..., Rep. Jane Roe, campaign
        manager of the slate, said": the person the next sentence names with that role."""
        if not (role.split()[-1] in ROLE_NOUNS or describes_a_person(role.split()[-1])):
            return None
        return self._holder_named_next(role, position)

    def _head_of(self, head, position: int) -> Agent | None:
        """ "The Head of State announced": the president named before, who holds the office."""
        role = "president" if head.group(1).casefold() == "state" else "premier"
        name = self.registry.resolve_descriptor(role, None, position)
        if name is None or not self._holds(name, role):
            return None
        reason = f"'the head of {head.group(1).casefold()}' -> {name}, the {role} named before"
        return Agent(name, reason, background=True)

    def _name_before_its_title(self, floor: int, start: int, end: int) -> Agent | None:
        """ "Peter Roe, Welsh Lib Dem Shadow Health Minister said": a title naming no one, after a
        comma, is the person named before the comma."""
        if self.text[start - 2 : start] != ", " or _fold_word(self.text[start:end].split()[-1]) not in (
            TITLE_WORDS | ROLE_NOUNS
        ):
            return None
        pieces = split_name_run(self.text[start:end])
        if pieces and pieces[-1][1].is_person:
            return None
        named_start = self._run_ending_at(floor, start - 2)
        named = self._resolve_run(named_start, start - 2) if named_start is not None else None
        return named if named and named.how == NAMED else None

    def _group_before_preposition(self, words) -> Agent | None:
        """ "officials in the eastern province said": the officials, not the province."""
        texts = [w.group() for w in words]
        commas = [i for i, t in enumerate(texts) if t.endswith(",")]
        texts = texts[commas[-1] + 1 :] if commas else texts  # "..., officials in the east said"
        opening = not commas and bool(texts) and self._opens_sentence(words[0].start())
        while texts and texts[0].casefold() in ("the", "but", "and"):
            texts.pop(0)
            opening = False
        if opening and texts:  # "Police in the capital said": capitalised only as the first word
            texts[0] = texts[0].casefold()
        # otherwise lower case only: "the Bureau of Agricultural Forecasting" is a name
        # "Commuters at the Nakuru main stage said": people opening the sentence, as for a place
        # ("Hundreds of households" and "Members of the union" are no such people)
        plural = (
            opening and len(texts) > 1 and texts[0].endswith(("s", "men")) and texts[1] in _PLACE_PREPOSITIONS
        )
        if len(texts) >= 3 and (texts[0] in GROUP_NOUNS or plural) and texts[1] in PREPOSITIONS:
            if not any(t in SUBORDINATORS for t in texts):
                if texts[0] in DOCUMENT_NOUNS and not commas:  # "The survey of 11,400 pupils found"
                    return self._publisher(texts[0], words[0].start())
                return Agent(texts[0], ORGANISATION)
        return None

    def _noun_of_a_name(self, words) -> Agent | None:
        """ "the observatory said" after "the Scottish Youth Health Observatory": the body whose
        name ends with that noun."""
        if len(words) < 2 or words[-2].group().casefold() != "the" or not words[-1].group().islower():
            return None
        noun = words[-1].group()
        name = self._earlier.ending_with(noun, words[-1].start())
        if name is None:
            return None
        return Agent(name, f"'the {noun}' -> the organisation named earlier ({name})", is_organisation=True)

    def _head_before_preposition(self, words, run_start: int) -> Agent | None:
        """ "Officials in Dushanbe said": officials speak, not the place; "Gov. Jane Roe of
        Nevada said": the person. Only when the clause opens with that head."""
        inside = [w for w in words if w.end() <= run_start]
        if not inside or inside[-1].group().casefold() not in PREPOSITIONS:
            return None
        first = next((w for w in inside if w.group().casefold() not in ("the", "but", "and")), None)
        if first is None:
            return None
        run = NAME_RUN.match(self.text, first.start(), inside[-1].start())
        if run and run.start() == first.start():
            pieces = split_name_run(run.group())
            if pieces and pieces[-1][1].is_person:
                return self._resolve_run(run.start(), run.end())
        if (
            inside[-1].group().casefold() in _ORG_LINKS
            and len(inside) > 1
            and inside[-2].group()[:1].isupper()
        ):
            return None  # "the Department for Education": one organisation's name
        if first.group().casefold() in GROUP_NOUNS:
            return Agent(first.group().casefold(), ORGANISATION)
        return None

    def _person_of_a_body(self, floor: int, run_start: int, end: int) -> Agent | None:
        """ "Dr Ana Rossi of the University of Padua said": the person, not the university."""
        run_start = extend_organisation(self.text, run_start)
        person = _PERSON_OF.search(self.text, max(floor, run_start - MAX_NAME_CHARS), run_start)
        if not person or person.end() != run_start:
            return None
        pieces = split_name_run(person.group(1))
        if not pieces or not pieces[-1][1].is_person:
            return None
        offset, parts = pieces[-1]
        return Agent(self.registry.resolve_name(parts.words, person.start(1) + offset), NAMED)

    def _role_of_a_body(self, floor: int, run_start: int, end: int) -> Agent | None:
        """ "The Chief Executive of the Wessex Ambulance Trust said", no holder named: the role
        speaks, not the body."""
        run_start = extend_organisation(self.text, run_start)
        role = _ROLE_OF.search(self.text, max(floor, run_start - 60), run_start)
        if not role or role.end() != run_start:
            return None
        title = [word for word in role.group(1).split() if word.casefold() != "the"]
        if not any(word.casefold() in ROLE_NOUNS | TITLE_WORDS for word in title):
            return None
        pieces = split_name_run(self.text[run_start:end])
        if (
            pieces and pieces[-1][1].is_person and pieces[-1][1].roles
        ):  # "Leader of the Opposition Sunita Verma"
            offset, parts = pieces[-1]
            return Agent(self.registry.resolve_name(parts.words, run_start + offset), NAMED)
        phrase = f"{' '.join(title)} {self.text[role.start(2) : end]}"
        back = _BACK_REFERENCE.match(self.text, end)
        people = {key for _, key, spoke in self.registry.mentions_between(0, floor) if spoke} if back else ()
        if (
            back
            and self.text[max(0, role.start() - 11) : role.start()].casefold().strip() in _THE
            and len(people) == 1
        ):
            # "the former National Secretary of the X revealed this" when one person spoke before:
            # that person, saying again what the sentence before reported
            name = self.registry.people[people.pop()].name
            return Agent(name, f"'the {phrase}' -> {name}, the one person who spoke before")
        return Agent(phrase, "a role; no one holding it is named")

    def _people_of_a_place(self, words, run_start: int, end: int) -> Agent | None:
        """ "Commercial motorcyclists in Yaba and Surulere said", "Residents of Kuje and nearby
        Tarrin said": the people; a place never speaks."""
        texts = [w.group() for w in words if w.end() <= run_start]
        at = next((i for i, t in enumerate(texts) if t.casefold() in _PLACE_PREPOSITIONS | {"of"}), None)
        if at is None or not all(t[:1].isupper() or t.casefold() in _PLACE_LINKS for t in texts[at + 1 :]):
            return self._group_somewhere(texts, words[0].start())
        if (
            texts[at].casefold() in ("at", "from")
            and self.text[run_start:end].split()[-1].casefold() in ORG_WORDS
        ):
            return None  # "Researchers at the Fisheries Institute found": the institute, not a place
        head = texts[:at]
        while head and head[0].casefold() in ("the", "but", "and"):
            head.pop(0)
        if texts[at].casefold() == "of" and not (head and head[-1].casefold() in GROUP_NOUNS):
            return None  # "Friends of the Earth": a name
        if (
            len(head) >= 2
            and head[0].casefold().endswith("ing")
            and head[1].casefold() in PREPOSITIONS | {"to", "with"}
        ):
            return None  # "Speaking to reporters at Koyambedu, Saravanan said": a phrase, not a group
        if (
            1 <= len(head) <= MAX_GROUP_WORDS
            and all(word.islower() for word in head[1:])
            and (head[-1].endswith("s") or head[-1].casefold().endswith("men"))  # "fishermen", "women"
            and (head[0].islower() or self._opens_sentence(words[0].start()))
        ):
            return Agent(" ".join(head).casefold(), ORGANISATION)
        return _someone_somewhere(head, texts[at])

    def _group_somewhere(self, texts: list[str], start: int) -> Agent | None:
        """ "Residents of apartment complexes in Whitefield and Marathahalli said": the group
        the sentence opens with, described in lower case up to the place."""
        at = max((i for i, t in enumerate(texts) if t.casefold() in _PLACE_PREPOSITIONS), default=None)
        if at is None or not all(t[:1].isupper() or t.casefold() in _PLACE_LINKS for t in texts[at + 1 :]):
            return None
        head = texts[0].casefold()
        described = texts[1:at]
        if head not in GROUP_NOUNS or len(described) > MAX_GROUP_WORDS + 2 or not self._opens_sentence(start):
            return None
        if not all(word.islower() for word in described):
            return None
        return Agent(head, ORGANISATION)

    def _opens_sentence(self, position: int) -> bool:
        """After a full stop or a line break, or at the start of the text, or after a label
        opening a line ("Q: Police in the capital said ...")."""
        if position == 0 or SENTENCE_END.search(self.text, max(0, position - 3), position):
            return True
        line_start = self.text.rfind("\n", max(0, position - MAX_LABEL_CHARS), position) + 1
        return bool(_LINE_LABEL.fullmatch(self.text, line_start, position))

    def _group_ending(self, words) -> Agent | None:
        """ "the central bank", "Kyrgyzstan's foreign ministry", "the Save the Tenna coalition"."""
        if words[-1].group().casefold() not in GROUP_NOUNS:
            return None
        texts = [w.group() for w in words]
        if (
            texts[-1] == "district"
            and len(texts) > 1
            and texts[-2][:1].isupper()
            and texts[-2] not in ("The", "A", "Its")
        ):
            return None  # "owners in the Riverside district said": a part of town, not the water district
        first = len(texts) - 1
        lower = 1
        while first > 0:
            text = texts[first - 1]
            folded = text.casefold()
            if text.endswith(",") or folded in SUBORDINATORS:
                break
            if folded in _DETERMINERS:
                # an inner "the" links capitalised words: "the Save the Tenna coalition"
                if first - 2 >= 0 and texts[first - 2][:1].isupper() and texts[first][:1].isupper():
                    first -= 1
                    continue
                break
            if text[:1].isupper():
                first -= 1
                if _POSSESSIVE.search(text):
                    while first > 0 and _owner_name_word(texts[first - 1]):
                        first -= 1  # "Nova Scotia's environment department": the owner's whole name
                    break  # "Kyrgyzstan's foreign ministry": the owner opens the phrase
                continue
            lower += 1
            owner = bool(_POSSESSIVE.search(text))
            if lower > 3 and not owner and not (lower == 4 and folded in OFFICE_LEVELS):
                break  # (but "the state emergency management agency": its level too)
            first -= 1
            if owner:
                if first > 0 and texts[first - 1].casefold() in OFFICE_LEVELS:
                    first -= 1  # "the state engineer's office": the level belongs to the owner
                first = _owners_words(texts, first)  # "the state weather bureau's Batangas station"
                break  # "the county's public health department": the owner opens the phrase
        kept = texts[first:]
        if (
            len(kept) >= 4
            and kept[-1] == "group"
            and all(w[:1].isupper() or w in _ORG_LINKS for w in kept[:-1])
        ):
            kept = kept[:-1]  # "the Friends of Norfolk Libraries group": the group's name
        while kept and (kept[0].casefold() in _ORG_LINKS or kept[0].casefold() in ("but", "and")):
            kept.pop(0)
        if not kept or kept[0].casefold() in ("no", "any", "every", "each"):
            return None  # "No group has claimed responsibility": nobody spoke
        if len(kept) > 1 and kept[0].casefold() in ("his", "her"):  # "His press office told"
            return self._persons_office(kept, words[len(texts) - len(kept)].start())
        if len(kept) == 1 and first > 0 and texts[first - 1].casefold() == "the":
            return self._named_earlier(kept[0], words[-1].start())
        if len(kept) > 1 and first > 0 and texts[first - 1].casefold() == "the":
            named = self._described_body(kept, words[-1].start())
            if named is not None:
                return named
        return Agent(" ".join(kept), ORGANISATION)

    def _persons_office(self, kept: list[str], position: int) -> Agent:
        """ "His press office": the office of the person "his" stands for, by name."""
        owner = self._pronoun(position, kept[0].casefold())
        office = " ".join(kept[1:])
        if owner.name is None:  # "Lozada didn't respond. His press office told": a surname alone
            subject = [
                *_SURNAME_SUBJECT.finditer(self.text, max(0, position - MAX_OPENING_CHARS * 3), position)
            ][-1:]
            subject = subject[0] if subject else None
            if subject and subject.group(1).casefold() not in STOPWORDS:
                owner = Agent(subject.group(1), "the subject of the sentence before")
        if owner.name is None:
            return Agent(None, f"none: whose {office} ('{kept[0]}') is unclear")
        reason = f"'{' '.join(kept)}' -> the {office} of {owner.name} ({owner.how})"
        return Agent(f"{owner.name}'s {office}", reason, is_organisation=True)

    def _group_at(self, position: int, limit: int) -> Agent | None:
        """ "said the central bank", "claimed by the Pilots’ Association", "according to central
        bank figures": a body (and the document it published) after the verb."""
        words: list[str] = []
        determiner = ""
        for word in _WORD.finditer(self.text, position, min(limit, position + 60)):
            token = word.group()
            bare = token.rstrip(",.;:")
            if words or bare.casefold() not in _DETERMINERS:
                words.append(bare)
            else:
                determiner = bare.casefold()
            ends = bare != token or not self.text[word.end() : word.end() + 1].strip()
            if bare.casefold() in GROUP_NOUNS and ends and not self._document_follows(word.end(), limit):
                document = bare.casefold() in DOCUMENT_NOUNS and bare == token
                source = _FROM.match(self.text, word.end(), limit) if document else None
                if source:  # "a statement from the health ministry": the ministry
                    return self._published_by(word.start(), source.end(), limit) or Agent(
                        " ".join(words), ORGANISATION
                    )
                if len(words) == 1 and determiner == "the":
                    return self._named_earlier(bare.casefold(), word.start())
                if determiner == "the":
                    named = self._described_body(words, word.start())
                    if named is not None:
                        return named
                return Agent(" ".join(words), ORGANISATION)
            if len(words) >= 4 or bare != token:
                return None
        return None

    def _described_body(self, words: list[str], position: int) -> Agent | None:
        """ "the nonprofit institute", "the power utility", "the executive’s own figures": the
        organisation named earlier whose name holds the noun; else None, and the phrase stays as
        written ("the central bank" is no "Velko Power")."""
        owner = _POSSESSIVE.search(words[0])
        if owner and words[-1].casefold() in DOCUMENT_NOUNS:
            noun = words[0][: owner.start()].casefold()
        elif all(w.islower() for w in words):
            noun = words[-1].casefold()
        else:
            return None
        found = self._earlier.holding(noun, position)
        if found is None:
            return (
                self._business_described(words, noun, position)
                or self._named_after(words, noun, position)
                or self._subject_before_described(words, position)
            )
        named = {w.strip("’'").casefold() for w in found.split()}
        # "the province’s fisheries department" is not the federal Department of X named earlier:
        # the owner counts as a modifier, except before a document ("the executive’s own figures")
        document = owner and words[-1].casefold() in DOCUMENT_NOUNS
        modifiers = [] if document else [_POSSESSIVE.sub("", w).strip("’'").casefold() for w in words[:-1]]
        if any(m not in named and m not in _GENERIC_MODIFIERS for m in modifiers):
            return None  # "the health ministry" is not the Ministry of Finance named earlier
        phrase = " ".join(words)
        return Agent(
            found, f"'the {phrase}' -> the organisation named earlier ({found})", is_organisation=True
        )

    def _subject_before_described(self, words: list[str], position: int) -> Agent | None:
        """ "Westside Charter Academies closed four schools. The charter network said ...": the
        body the sentence before opens with, when its name holds every word describing it."""
        described = [w.casefold() for w in words[:-1] if w.casefold() not in _GENERIC_MODIFIERS]
        subject = self._body_opening_sentence_before(position)
        if not described or subject is None:
            return None
        held = {w.strip("’'").casefold() for w in subject[1].split()}
        if len(held) <= len(described) or not all(w in held for w in described):
            return None  # "Coffee is Uganda's largest export ..., according to the coffee regulator"
        phrase = " ".join(words)
        return Agent(
            subject[1],
            f"'the {phrase}' -> the organisation the sentence before opens with ({subject[1]})",
            is_organisation=True,
        )

    def _business_described(self, words: list[str], noun: str, position: int) -> Agent | None:
        """ "the power utility" after "Sebenza Power": the nearest business named earlier whose
        name holds what the description says it deals in."""
        described = [
            w.casefold() for w in words[:-1] if w.islower() and w.casefold() not in _GENERIC_MODIFIERS
        ]
        if noun not in BUSINESS_NOUNS or not described:
            return None
        for name in self._earlier.names_before(position):
            held = {w.casefold() for w in name.split()}
            if name.split()[-1].casefold() in BUSINESS_NAME_WORDS and all(w in held for w in described):
                phrase = " ".join(words)
                return Agent(
                    name, f"'the {phrase}' -> the business named earlier ({name})", is_organisation=True
                )
        return None

    def _named_after(self, words: list[str], noun: str, position: int) -> Agent | None:
        """ "the county's water company said" in a lead, "Lakeshore Water and Sanitation Company"
        lower down: the one body named later whose name holds the noun and its description."""
        described = [w.casefold() for w in words[:-1] if not _POSSESSIVE.search(w)]
        described = [w for w in described if w not in _GENERIC_MODIFIERS]
        if not described:
            return None
        found = self._earlier.named_later(noun, described, position)
        if found is None:
            return None
        reason = f"'{' '.join(words)}' -> the organisation named in full later ({found})"
        return Agent(found, reason, is_organisation=True)

    def _document_follows(self, position: int, limit: int) -> bool:
        """ "central bank figures", "the statistics office": the phrase goes on to its head."""
        following = self.text[position : min(limit, position + 20)].split()[:1]
        if not following or self.text[position : position + 1] != " ":
            return False
        head = following[0].rstrip(",.;:").casefold()
        return head in DOCUMENT_NOUNS or head in _BODY_HEADS

    def _named_earlier(self, noun: str, position: int) -> Agent:
        """ "the company" / "the ministry": the organisation named earlier, else as written."""
        if noun in DOCUMENT_NOUNS:
            return self._publisher(noun, position)
        described = [
            (p, name) for p, name in self._organisations if p < position and name.split()[-1] == noun
        ]
        if described and self._earlier.holding(noun, position, floor=described[-1][0]) is None:
            # "the county’s public health department said ... The department said": the body
            # described in lower case that spoke last, when no body named since holds the word
            name = described[-1][1]
            return Agent(name, f"'the {noun}' -> the body described earlier ({name})", is_organisation=True)
        found = self._earlier.named(noun, position)
        if found is None and noun in _GENERIC_BODIES:
            spoke = [name for p, name in self._organisations if p < position and name not in DOCUMENT_NOUNS]
            if spoke:  # "ODOT said ... The agency expects": the body that spoke last
                reason = f"'the {noun}' -> the organisation that spoke last ({spoke[-1]})"
                return Agent(spoke[-1], reason, is_organisation=True)
        if found is None and noun in OUTLET_NOUNS:
            found = self._earlier.outlet(position)
            if found:  # "The Lagos Courier reported ... The newspaper said": that outlet
                return Agent(
                    found, f"'the {noun}' -> the outlet named earlier ({found})", is_organisation=True
                )
        subject = self._body_opening_sentence_before(position) if found is None and noun in _BODIES else None
        if subject is not None:  # "Portland Public Schools canceled classes. The district said": that body
            reason = f"'the {noun}' -> the organisation the sentence before is about ({subject[1]})"
            return Agent(subject[1], reason, is_organisation=True)
        if found is None:
            return Agent(noun, ORGANISATION)
        return Agent(found, f"'the {noun}' -> the organisation named earlier ({found})", is_organisation=True)

    def _published_by(self, document: int, source: int, limit: int) -> Agent | None:
        """The body after "<document> published by": noted, so that "the report" later is it."""
        publisher = self.at(source, limit)
        if publisher is None or publisher.name is None:
            return publisher
        self._publishers.append((document, publisher.name))
        return Agent(publisher.name, publisher.how, is_organisation=True)

    def _publisher(self, noun: str, position: int) -> Agent:
        """ "The report found", "according to the figures": the body the article said published
        them ("a report published by X"), else the one organisation that spoke of such a document
        ("X said in its annual report"); with several, or none, no one."""
        published = [name for p, name in self._publishers if p < position]
        if not published:  # "A study published last month by the X Trust found ...": read back
            earlier = [*regex.finditer(rf"\b{noun}{_FROM_PATTERN}", self.text[:position], regex.I)]
            body = self.at(earlier[-1].end(), position) if earlier else None
            if body and body.name:
                published = [body.name]
        if not published:  # "X released a survey of its members on Thursday. The survey found:"
            released = self._released_before(noun, position)
            if released:
                reason = f"'the {noun}' -> the body that released it just before ({released})"
                return Agent(released, reason, is_organisation=True)
        if published:
            reason = f"'the {noun}' -> the body named as publishing it ({published[-1]})"
            return Agent(published[-1], reason, is_organisation=True)
        bodies = {name for p, name in self._organisations if p < position and self._mentions(p, noun)}
        if len(bodies) == 1:
            body = bodies.pop()
            reason = f"'the {noun}' -> the organisation that spoke of its {noun} ({body})"
            return Agent(body, reason, is_organisation=True)
        return Agent(noun, f"'the {noun}' as written: no one is named as publishing it", is_organisation=True)

    def _released_before(self, noun: str, position: int) -> str | None:
        """The organisation that, in the sentence before `position` or earlier in its own, released
        or published such a document ("The X Association released a survey of its members.")."""
        sentence = self._sentence_start(position)
        floor = self._sentence_start(max(0, len(self.text[:sentence].rstrip()) - 1))
        pattern = rf"\s{_RELEASED_VERB}\s(?:[\p{{Ll}}-]+\s){{0,3}}?{noun}\b"
        found = [*regex.finditer(pattern, self.text[floor:position])]
        if not found:
            return None
        verb = floor + found[-1].start()
        agent = self.before(self._sentence_start(verb + 1), verb)
        if agent is None or not (agent.is_organisation or agent.how in (NAMED, ORGANISATION)):
            return None
        return agent.name

    def _mentions(self, sentence_start: int, noun: str) -> bool:
        end = SENTENCE_END.search(self.text, sentence_start, sentence_start + MAX_SENTENCE_CHARS)
        sentence = self.text[sentence_start : end.start() if end else sentence_start + MAX_SENTENCE_CHARS]
        return regex.search(rf"\b{noun}\b", sentence, regex.I) is not None

    def _it(self, position: int) -> Agent:
        """ "it said": the body the sentence before opens with ("Clima Eireann has extended the
        warning. It said ..."), else the organisation that spoke last, when either is recent."""
        recent = [(p, name) for p, name in self._organisations if position - IT_WITHIN < p < position]
        documents = [d for d in self._documents if position - IT_WITHIN < d[0] < position]
        if documents and (not recent or recent[-1][0] < documents[-1][0]):
            _, author, noun = documents[-1]
            return Agent(author, f"'it' -> the {noun} that claimed just before, released by {author}")
        subject = self._body_opening_sentence_before(position)
        if subject is not None and (not recent or recent[-1][0] < subject[0]):
            name = subject[1]
            return Agent(
                name, f"'it' -> the organisation the sentence before is about ({name})", is_organisation=True
            )
        if not recent:
            return Agent(None, "none: 'it' with no organisation speaking just before")
        return Agent(recent[-1][1], f"'it' -> the organisation that spoke last ({recent[-1][1]})")

    def _they(self, position: int) -> Agent | None:
        """ "They said" right after "finance officers said" (or "Officials said", "Police said"):
        the people who spoke in the sentence before, when they are named as a group."""
        end = len(self.text[: self._sentence_start(position)].rstrip())
        previous = self._sentence_start(end - 1) if end else 0
        spoke = [name for p, name in self._organisations if previous <= p < position]
        if not spoke or not _PEOPLE_AS_A_GROUP.search(spoke[-1]):
            return None
        return Agent(spoke[-1], f"'they' -> the group that spoke in the sentence before ({spoke[-1]})")

    def _body_opening_sentence_before(self, position: int) -> tuple[int, str] | None:
        """(start, name) of the organisation that is the subject of the sentence before
        `position`: a name opening it, after at most a short description, then its verb."""
        sentence = self._sentence_start(position)
        end = len(self.text[:sentence].rstrip())
        if end == 0:
            return None
        previous = self._sentence_start(end - 1)
        for run in NAME_RUN.finditer(self.text, previous, min(end, previous + MAX_OPENING_CHARS)):
            if not _VERB_FOLLOWS.match(self.text, run.end(), end):
                continue
            if (
                len(self.text[previous : run.start()].split()) > MAX_GROUP_WORDS
                or "," in self.text[previous : run.start()]
            ):
                return None
            agent = self._name_at(run.start(), end)
            if agent and agent.name and (agent.how == ORGANISATION or agent.is_organisation):
                return previous, agent.name
            return None
        return None

    def _run_ending_at(self, floor: int, end: int) -> int | None:
        """Start of the longest capitalised run that ends exactly at `end`."""
        for word in _WORD.finditer(self.text, max(floor, end - MAX_NAME_CHARS), end):
            if NAME_RUN.fullmatch(self.text, word.start(), end):
                return word.start()
        return None

    def _name_at(self, position: int, limit: int) -> Agent | None:
        run = NAME_RUN.match(self.text, position, limit)
        if not run:
            return None
        possessive = _POSSESSIVE.match(self.text, run.end(), limit)
        if possessive:  # "said Putin's spokesman Dmitry Peskov": the spokesman speaks
            following = NAME_RUN.search(self.text, possessive.end(), min(limit, possessive.end() + 40))
            if following:
                run = following
        plural = _PLURAL_POSSESSIVE.match(self.text, run.end(), limit) if run.group().endswith("s") else None
        if plural:  # "the Physics Teachers’ Network": one name, the apostrophe inside it
            name = self.text[run.start() : plural.end()]
            fuller = self._full_organisation(name, run.start())  # "KwaZulu-Natal Teachers’ Forum" before
            return fuller if fuller.how != ORGANISATION else Agent(name, ORGANISATION, is_organisation=True)
        agent = self._resolve_run(run.start(), run.end())
        if agent and agent.how == ORGANISATION:
            # "the Office for Budget Responsibility": the name goes on past its linking word
            longer = ORG_SUFFIX.match(self.text, run.end(), limit)
            if longer:
                return Agent(f"{agent.name}{longer.group()}", ORGANISATION)
        noun = _name_words(run.group())
        if agent and len(noun) == 1 and noun[0].casefold() in GROUP_NOUNS:
            # "The Ministry of Foreign Affairs said": written in full, not "the ministry" named before
            longer = ORG_SUFFIX.match(self.text, run.end(), limit)
            if longer and f"{noun[0]}{longer.group()}".casefold() != agent.name.casefold():
                return Agent(f"{noun[0]}{longer.group()}", ORGANISATION, is_organisation=True)
        return agent

    def _resolve_run(self, start: int, end: int) -> Agent | None:
        pieces = split_name_run(self.text[start:end])
        if not pieces:
            return None
        offset, parts = pieces[-1]  # after titles: "U.S. Treasury Secretary Janet Yellen"
        body = self._body_named_for_a_place(start, end, parts, offset)
        if body is not None:
            return body
        # "Minister of State for External Affairs Priya Raman": a portfolio dropped, the holder left
        portfolio = offset and parts.is_person and self.text[start + offset - 1 : start + offset] == " "
        linked = None if portfolio else self._linked_name(start, end, parts)
        if linked is not None:
            return linked
        if parts.is_person and not parts.roles and len(pieces) == 1:
            fuller = self._full_organisation(" ".join(parts.words), start)
            if fuller.how != ORGANISATION:  # "Harbour Freight" after "Harbour Freight Logistics"
                return fuller
        in_a_body = inside_organisation_name(self.text, start) or names_a_body(self.text, start)
        if parts.is_person and (parts.roles or portfolio or not in_a_body):
            return Agent(self.registry.resolve_name(parts.words, start + offset), NAMED)
        if (
            len(parts.words) == 1
            and self.registry.resolve_name(parts.words, start + offset) != parts.words[0]
        ):
            return Agent(self.registry.resolve_name(parts.words, start + offset), NAMED)
        if len(parts.words) == 1 and parts.roles and self.registry.is_known_person(parts.words[0]):
            return Agent(parts.words[0], NAMED)  # "Councilor Nolan": a titled surname, never given in full
        if len(parts.words) == 1 and len(pieces) == 1:
            misspelt = misspelt_surname(parts.words[0], self.registry)
            if misspelt is not None:
                return misspelt
        start = extend_organisation(self.text, start)
        words = _name_words(self.text[start:end])
        if not words:
            return None
        return self._full_organisation(" ".join(words), start)  # an organisation or a place

    def _full_organisation(self, name: str, position: int) -> Agent:
        """An organisation as first named: "FDA" after "the Food and Drug Administration (FDA)",
        "Harbour Freight" after "Harbour Freight Logistics"; else as written."""
        if _ACRONYM_WORD.fullmatch(name):
            defined = regex.search(rf"\s\({regex.escape(name)}\)", self.text[:position])
            if defined:
                run = self._run_ending_at(0, defined.start())
                if run is not None:
                    words = _name_words(self.text[extend_organisation(self.text, run) : defined.start()])
                    if words:
                        full = " ".join(words)
                        return Agent(
                            full,
                            f"'{name}' -> the organisation it abbreviates ({full})",
                            is_organisation=True,
                        )
            full = self._earlier.abbreviated(name, position)
            if full:  # "KGA" after "Kiwifruit Growers Aotearoa", never defined in brackets
                return Agent(
                    full, f"'{name}' -> the organisation whose initials it is ({full})", is_organisation=True
                )
        prefix = name.split()
        if len(prefix) == 1 and prefix[0].casefold() in GROUP_NOUNS - DOCUMENT_NOUNS:
            found = self._earlier.named(prefix[0].casefold(), position)
            if found and found != name:  # "the Department" after "the Department of Social Protection"
                reason = f"'the {name}' -> the organisation named earlier ({found})"
                return Agent(found, reason, is_organisation=True)
        spoke = [other for _, other in reversed(self._organisations)]
        for other in [*spoke, *self._earlier.names_before(position)]:
            words = other.split()
            if len(words) > len(prefix) and words[: len(prefix)] == prefix:
                return Agent(
                    other,
                    f"'{name}' -> the organisation named in full earlier ({other})",
                    is_organisation=True,
                )
        if prefix[0][:1].isupper():
            # "Rovers said" after "Firth Rovers", "the Teachers' Forum" after "the KwaZulu-Natal
            # Teachers' Forum": a club or body by the last words of its name
            fuller = {
                other
                for other in [*spoke, *self._earlier.names_before(position)]
                if len(other.split()) > len(prefix) and other.split()[-len(prefix) :] == prefix
            }
            if len(fuller) == 1:
                other = fuller.pop()
                reason = f"'{name}' -> the one organisation named earlier whose name ends with it ({other})"
                return Agent(other, reason, is_organisation=True)
        return Agent(name, ORGANISATION)

    def _body_named_for_a_place(self, start: int, end: int, last: NameParts, offset: int) -> Agent | None:
        """ "Heart of England Patients Together", "Voice of Wales Carers": a place after "of" opens
        the rest of a body's name; it does not describe a person called "Patients Together".
        "President of Kenya William Ruto" keeps its holder: a title stands before the link."""
        if not (offset and last.countries and not last.roles):
            return None
        whole = extend_organisation(self.text, start)
        before = [word.casefold() for word in self.text[whole:start].split()]
        if whole == start or before[-1] not in ("of", "for") or set(before) & (TITLE_WORDS | ROLE_NOUNS):
            return None
        first = split_name_run(self.text[whole:start])
        if first and first[0][1].is_person:
            return None  # "Hannah Reid of England Netball": the person
        return Agent(" ".join(_name_words(self.text[whole:end])), ORGANISATION, is_organisation=True)

    def _linked_name(self, start: int, end: int, last: NameParts) -> Agent | None:
        """A run joined to capitalised words before it by "of", "for" or "and": "Hannah Reid of
        Portmouth University" is the person; "the Department of Health and Social Care" and
        "the Lagos Chamber of Small Industries" are one organisation, not "Social Care"."""
        whole = extend_organisation(self.text, start)
        if whole == start:
            return None
        pieces = split_name_run(self.text[whole:end])
        first_offset, first = pieces[0] if pieces else (0, last)
        after_first = self.text[whole + first_offset + len(" ".join(first.words)) :].split(None, 1)[:1]
        if first.is_person and after_first == ["of"]:
            return Agent(self.registry.resolve_name(first.words, whole + first_offset), NAMED)
        if last.is_person and last.roles:
            return None  # "Bank of England Governor Andrew Bailey": the titled person
        prefix = {word.casefold() for word in self.text[whole:start].split()}
        final = self.text[start:end].split()[-1].casefold()
        if prefix & ORG_WORDS or final in ORG_WORDS | GROUP_NOUNS or final in BUSINESS_NAME_WORDS:
            return Agent(" ".join(_name_words(self.text[whole:end])), ORGANISATION, is_organisation=True)
        return None

    def _holder_named_next(self, role: str, position: int) -> Agent | None:
        """ "X will cut 600 jobs, its chief executive said." then "The airline's chief executive,
        Marta Lindgren, said": the holder the next sentence names with the same role."""
        following = SENTENCE_END.search(self.text, position, position + MAX_SENTENCE_CHARS)
        if following is None:
            return None
        start = _SPACES.match(self.text, following.end()).end()
        holder = regex.compile(rf"\b(?i:{regex.escape(role)}),? ({NAME_RUN.pattern})").search(
            self.text, start, start + MAX_SENTENCE_CHARS
        )
        if holder is None:  # "..., Rep. Jane Roe, campaign manager of the slate, said": the name first
            holder = regex.compile(rf"({NAME_RUN.pattern}),? (?:the )?(?i:{regex.escape(role)})\b").search(
                self.text, start, start + MAX_SENTENCE_CHARS
            )
        if holder is None or SENTENCE_END.search(self.text, start, holder.start()):
            return None
        pieces = split_name_run(holder.group(1))
        if not pieces or not pieces[-1][1].is_person:
            return None
        name = self.registry.resolve_name(pieces[-1][1].words, holder.start(1) + pieces[-1][0])
        return Agent(name, f"'its {role}' -> the {role} the next sentence names")

    def _named_holder(self, determiner: str, role: str, position: int) -> Agent | None:
        """ "the Foreign Ministry's spokeswoman" after "the ministry's spokeswoman Jane Roe said":
        the person named earlier with that role speaks, not the body she speaks for."""
        if determiner != "the" or role.casefold() not in SPOKESPEOPLE:
            return None
        name = self.registry.resolve_descriptor(role.casefold(), None, position)
        person = self.registry.people.get(name.casefold()) if name else None
        if person is None or role.casefold() not in person.roles:
            return None
        return Agent(name, f"'the ... {role}' -> the {role} named earlier")

    def _held_elsewhere(self, phrase: str, role: str, position: int) -> Agent | None:
        """role_held_elsewhere, asked once per role: it reads the whole text."""
        key = (phrase, role)
        if len(self.registry.people) > MAX_PEOPLE_SEARCHED_FOR_ROLES:
            return None  # it reads the text once per person: news names far fewer
        if key not in self._held:
            holders = self._holders_of(role)
            self._held[key] = role_held_elsewhere(self.text, self.registry, phrase, role, position, holders)
        held = self._held[key]
        return held if held is not None and "the one person the article gives" in held.how else None

    def _holders_of(self, role: str) -> set[str]:
        """The people the text gives `role` (_holders), read once per role."""
        folded = role.casefold()
        if folded not in self._holder_sets:
            self._holder_sets[folded] = _holders(self.text, self.registry, folded)
        return self._holder_sets[folded]

    def _remarks_made_next(self, position: int) -> str | None:
        """The one person the next sentence says made the remarks ("Councillor Jo Roe made the
        remarks at a meeting on Thursday."): a role speaking first is named only after."""
        end = _FULL_STOP.search(self.text, position, position + MAX_SENTENCE_CHARS)
        if end is None:
            return None
        start = _SPACES.match(self.text, end.end()).end()
        made = _MADE_THE_REMARKS.match(self.text, start, start + MAX_SENTENCE_CHARS)
        pieces = split_name_run(made.group("name")) if made else []
        if len(pieces) != 1 or len(pieces[0][1].words) < 2:
            return None
        return self.registry.resolve_name(pieces[0][1].words, made.start("name") + pieces[0][0])

    def _titled_by_acronym(self, word: str, position: int) -> Agent | None:
        """The person last named with `word`, an acronym, as a title before the full name
        ("constituency MS Jane Roe"): "the MS" is that member, not a body with those initials."""
        if not _ACRONYM_WORD.fullmatch(word):
            return None
        for found in reversed(
            list(regex.finditer(rf"\b{regex.escape(word)} ({NAME_RUN.pattern})", self.text[:position]))
        ):
            pieces = split_name_run(found.group(1))
            if pieces and pieces[0][0] == 0 and len(pieces[0][1].words) >= 2:
                name = self.registry.resolve_name(pieces[0][1].words, found.start(1))
                if name.casefold() in self.registry.people:
                    return Agent(name, f"'the {word}' -> {name}, named with that title earlier")
        return None

    def _person_just_named(self, position: int) -> str | None:
        """The person named last before `position`, in the sentence before, with a full name:
        the one a descriptor of their kind opening the next sentence stands for (one named in
        the descriptor's own sentence is someone else: "For candidate Jo Roe, the governor said")."""
        mention = self.registry.last_named(position)
        if mention is None:
            return None
        person = self.registry.people[mention.key]
        ends = _FULL_STOP.findall(self.text, mention.position, position)
        if len(ends) != 1 or len(person.name.split()) < 2:
            return None
        return person.name

    def _described_with_initials(self, modifiers: list[str], role: str, position: int) -> str | None:
        """The one person named before whose description, in the sentence naming them, holds the
        body's initials the descriptor opens with ("the BJP leader")."""
        if len(modifiers) != 1 or not _ACRONYM_WORD.fullmatch(modifiers[0]):
            return None
        fits = set()
        for person in self.registry.people.values():
            surname = regex.escape(person.name.split()[-1])
            near = rf"\b{surname}\b,[^.!?“”]{{0,80}}\b{regex.escape(modifiers[0])}\b"
            if len(person.name.split()) >= 2 and regex.search(near, self.text[:position]):
                fits.add(person.name)
        return fits.pop() if len(fits) == 1 else None

    def _from(self, name: str, country: str | None) -> bool:
        """Not known to be from another country than the descriptor's ("the Russian President")."""
        person = self.registry.people.get(name.casefold())
        return not (country and person is not None and person.countries and country not in person.countries)

    def _holds(self, name: str, role: str) -> bool:
        person = self.registry.people.get(name.casefold())
        return person is not None and role.casefold() in person.roles

    def _described_just_before(self, modifiers: list[str], role: str, position: int) -> Agent | None:
        """ "A Samsung official said ..." then "The official, who spoke on condition of
        anonymity, said": the one just described, not a person named further back."""
        folded = {m.casefold() for m in modifiers}
        for at, described_role, phrase in reversed(self._described):
            if described_role != role.casefold() or not position - DESCRIBED_WITHIN < at < position:
                continue
            if folded <= {w.casefold() for w in phrase.split()}:
                return Agent(phrase, f"'the {role}' -> '{phrase}', described just before")
        return None

    def _descriptor(self, modifiers: list[str], role: str, position: int) -> Agent | None:
        just_before = self._described_just_before(modifiers, role, position)
        if just_before is not None:
            return just_before
        modifiers = [m for m in modifiers if not _POSSESSIVE.search(m)]  # "the council's" owns the role
        modifiers = [m for m in modifiers if m.casefold() != "former"]  # "the former minister" held it
        folded = [m.casefold() for m in modifiers]
        if any(m in STOPWORDS for m in folded):
            return None
        country = next((COUNTRY_OF[m] for m in folded if m in COUNTRY_OF), None)
        described = frozenset(folded) - set(COUNTRY_OF)
        name = self.registry.resolve_descriptor(role.casefold(), country, position, described)
        phrase = " ".join([*modifiers, role])
        just = self._person_just_named(position) if name is not None and not modifiers else None
        if just is not None and just != name and just in self._holders_of(role):
            # "Minister of Lands, Jo Roe, also spoke." then "The minister stressed": the holder
            # named just before, not one named further back
            return Agent(just, f"'the {phrase}' -> {just}, who holds it and was named just before")
        if name is not None and not self._holds(name, role):
            # "the minister responded" after the interviewer asked: she holds no office; the one
            # person the article gives it ("his ministry", "the governor of X state, Y") is meant
            held = self._held_elsewhere(phrase, role, position)
            if held is not None and held.name != name and self._from(held.name, country):
                return held
        if name is None:
            held = role_held_elsewhere(
                self.text, self.registry, phrase, role, position, self._holders_of(role)
            )
            if held is not None:
                return held
        if name is None:  # "the BJP leader" after "X, the star campaigner of the BJP": X
            name = self._described_with_initials(modifiers, role, position)
            if name is not None:
                return Agent(name, f"'the {phrase}' -> {name}, described with '{modifiers[0]}' earlier")
        if role.casefold() in _KINDS_OF_POLITICIAN and name is None:
            just = self._person_just_named(position)
            if just is not None:  # "Jane Roe, MS for X, ..." then "The Welsh Labour politician said"
                return Agent(just, f"'the {phrase}' -> {just}, named just before")
        if name is None:
            remarks = self._remarks_made_next(position)
            if (
                remarks is not None
            ):  # "The SNP group's leader said ..." then "Cllr Jo Roe made the remarks ..."
                return Agent(
                    remarks, f"'the {phrase}' -> {remarks}, who the next sentence says made the remarks"
                )
        if name is None and modifiers:  # "the returning officer announced": the role speaks
            return Agent(phrase, ROLE_NEVER_NAMED)
        return Agent(name, f"'the {phrase}' -> the earlier person it describes") if name else None


# "a statement from the ministry", "figures released on Tuesday by the league": who published them.
_FROM_PATTERN = (
    r"\s+(?:(?:published|released|issued|compiled|shared|produced|commissioned|conducted|carried out"
    r"|obtained|gathered)\s+"
    r"(?:(?:(?:on|in|last|this|earlier|late) )?(?:\p{Lu}\p{Ll}+|week|month|year) )?(?:by|for|from)"
    r"|from|by|of)\s+"
)
_FROM = regex.compile(_FROM_PATTERN)
_RELEASED_VERB = r"(?:released|published|issued|unveiled|launched)"
_PUBLISHED_BY = regex.compile(
    r"(?:(?:the|a|an|its|their|new|latest)\s+)?(?:[\p{Ll}-]+\s+){0,2}?"
    r"("
    + "|".join(sorted(DOCUMENT_NOUNS))
    + r")(?:\s+of(?:\s+[\p{Ll}-]+){1,3}?)?"  # "an analysis of price files"
    r"(?=\s+(?:published|released|issued|compiled|shared|produced"
    r"|commissioned|conducted|carried out|obtained|gathered)\s)" + _FROM_PATTERN
)


_PLACES_THAT_SPEAK = frozenset("city county town village state province municipality".split())


def _someone_somewhere(head: list[str], preposition: str) -> Agent | None:
    """ "A care home manager in Newport said", "Our correspondent in Borongan says": the one
    person described, unnamed; the place where they are never speaks."""
    if len(head) < 2 or head[0].casefold() not in ("a", "an", "our") or preposition.casefold() == "of":
        return None
    noun = head[-1]
    if not all(word.islower() for word in head[1:]):
        return None
    if noun not in DESCRIPTION_NOUNS and not names_an_occupation(noun):
        return None
    return Agent(" ".join([head[0].casefold(), *head[1:]]), "described, not named")


def _place_as_body(words) -> Agent | None:
    """ "Early Tuesday, the city said": as a subject, a place is its local government."""
    texts = [w.group().casefold() for w in words[-2:]]
    if len(texts) == 2 and texts[0] == "the" and texts[1] in _PLACES_THAT_SPEAK:
        return Agent(f"the {texts[1]}", ORGANISATION)
    return None


_CAPITALISED_WORD = regex.compile(r"\p{Lu}[\p{Ll}-]+")
_PLACE_OPENERS = frozenset(["new"])  # a stopword that opens place names: "New Brunswick's"


MAX_OWNER_WORDS = 2  # lower-case words before an owner's "’s": "state weather"


def _owners_words(texts: list[str], first: int) -> int:
    """Where a lower-case owner's name opens, after "the": "the state weather bureau's station"
    has the owner "state weather bureau's"; without "the" before them, the words are not its."""
    for back in range(1, MAX_OWNER_WORDS + 1):
        at = first - back
        if at < 1 or not _LOWER_WORD.fullmatch(texts[at]):
            return first
        if texts[at - 1].casefold() == "the":
            return at
    return first


_LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}-]*")


def _owner_name_word(text: str) -> bool:
    """ "Nova" before "Scotia's": a capitalised word of the owner's name, not an opening
    word ("But", "The") or a date ("On Monday")."""
    folded = text.casefold()
    return (
        bool(_CAPITALISED_WORD.fullmatch(text))
        and (folded not in STOPWORDS or folded in _PLACE_OPENERS)
        and not WHEN.fullmatch(f"on {text}")
    )


# A body's name after its description, its capitalised words joined by a short linking word in
# the language of the name: "of", "for the", Tagalog "ng", Malay "dan", French "de".
_NAME_LINKS = r"(?:of|for|on|ng|dan|de|du|des|del|da|la)(?: the)?"
_BODY_NAME = regex.compile(rf"{NAME_RUN.pattern}(?: {_NAME_LINKS} {NAME_RUN.pattern})*")


_TITLE_TOKEN = regex.compile(r"\(?\p{Lu}[\p{L}.]*\)?,?")


def _only_titles(between: str) -> bool:
    """ "Senator (Dr.) ", "Engr. ": capitalised titles between a comma and a name."""
    words = between.split()
    return bool(words) and all(_TITLE_TOKEN.fullmatch(word) for word in words)


def _placed_role(between: str) -> bool:
    """ "Paisley Labour councillor ": a town and a party, then the role, between a comma and a name."""
    *where, role = between.split() or [""]
    return 1 <= len(where) <= 3 and role.casefold() in ROLE_NOUNS and all(w[:1].isupper() for w in where)


MIN_MISSPELT_SURNAME = 5  # letters of the surname a one-letter slip is allowed on ("Okoye", not "Lee")


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def misspelt_surname(word: str, registry: Registry) -> Agent | None:
    """ "“...,” Okoy wrote." after "Mara Okoye": a page's slip in the surname of the one person
    named in full whose surname (of five letters or more) is one letter away; else None."""
    folded = word.casefold()
    fits = {
        person.name
        for person in registry.people.values()
        if len(person.name.split()) >= 2
        and len(person.name.split()[-1]) >= MIN_MISSPELT_SURNAME
        and _one_edit_apart(folded, person.name.split()[-1].casefold())
    }
    if len(fits) != 1:
        return None
    name = fits.pop()
    why = f"'{word}' -> {name}: the page misspells the surname (one letter apart, no one else close)"
    return Agent(name, why)


# -- A role the article gives one person elsewhere (the fifth real pages, issue #19) -------
# Offices whose holder a writer may later call "the ministry official", "the Palace official".
OFFICE_TITLES = frozenset(
    """secretary minister director commissioner governor chief executive deputy spokesman spokeswoman
    spokesperson ambassador administrator undersecretary permanent""".split()
)
_PLAIN_SPEECH_VERB = r"(?:has |had )?(?:said|says|told|tells|added|adds|insisted|warned)\b"
_HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame".split())  # no office of their own
MAX_CLOSING_CHARS = 40  # "..., the immigration minister has said." : the role closes its sentence


def _role_before(role: str) -> regex.Pattern:
    """ "Transport Minister Aled Price", "The leader of the Harbour League, HL, Obinna Eze",
    "Leader of the Harbour League (HL), Obinna Eze": the role, a body it is "of", an acronym
    (bare or in brackets), then the name (searched ending at the name)."""
    return regex.compile(
        rf"\b(?i:{regex.escape(role)})(?:\s(?:of|for|at|in)\s(?:the\s)?(?:[\p{{Ll}}-]+\s)?"
        r"(?:(?:\p{Lu}[\p{L}’'.-]*|of|for|and|the),?\s)+(?:state,?\s|province,?\s)?)?(?:,?\s)?(?:\(?\p{Lu}[\p{Lu}&]{1,7}\)?,\s)?(?:\p{Lu}[\p{L}.]*\s){0,2}$"
    )


def _role_after(role: str) -> regex.Pattern:
    """ "Aled Price, the transport minister,", "Mara Okoye, president of the union"."""
    return regex.compile(
        rf", (?:(?:the|a|an|its|\p{{Lu}}\S*[’']s) (?:[\p{{L}}’'-]+ ){{0,3}}?)?(?i:{regex.escape(role)})\b"
    )


# "Councillor Jo Roe made the remarks at ...": who spoke, named after what was said.
_MADE_THE_REMARKS = regex.compile(
    rf"(?P<name>{NAME_RUN.pattern})\s(?:made|was making|delivered|gave)"
    r" (?:the|these|those|his|her) (?:remarks|comments)\b"
)
_FULL_STOP = regex.compile(r"[.!?][”’\"']?\s")  # a sentence's end, not a paragraph's line break
# Nouns for what any elected member is: "the Welsh Conservative politician" is the member just
# named, whatever the modifiers (a party, a nation) the text never gave that person.
_KINDS_OF_POLITICIAN = frozenset("politician lawmaker legislator parliamentarian".split())
_OFFICE_OWNED = {"minister": "ministry"}  # "his ministry": the office its holder runs


def _holders(text: str, registry: Registry, role: str) -> set[str]:
    """People the text gives `role`: by a title or description next to their full name."""
    before, after = _role_before(role), _role_after(role)
    holders = {person.name for person in registry.people.values() if role in person.roles}
    office = _OFFICE_OWNED.get(role)
    if office and not holders:
        # "Lozada granted the interview in his ministry headquarters": a minister, though the
        # article may never give the name in full
        pattern = (
            rf"(?:^|(?<=[.!?]\s|\n))(\p{{Lu}}[\p{{L}}’'-]+)\s[^.!?“”\n]{{0,80}}"
            rf"\b(?:his|her) (?:own )?{office}\b"
        )
        for found in regex.finditer(pattern, text):
            word = found.group(1)
            if word.casefold() not in STOPWORDS and word.casefold() not in PERSON_PRONOUNS:
                holders.add(registry.resolve_name([word], found.start(1)))
    for person in registry.people.values():
        if len(person.name.split()) < 2 or person.name in holders:
            continue
        for found in regex.finditer(rf"\b{regex.escape(person.name)}\b", text):
            if before.search(text, max(0, found.start() - 100), found.start()) or after.match(
                text, found.end(), found.end() + 80
            ):
                holders.add(person.name)
                break
    return holders


def role_held_elsewhere(
    text: str, registry: Registry, phrase: str, role: str, position: int, holders: set[str] | None = None
) -> Agent | None:
    """ "the transport minister has said" when the article calls one person, and one only, its
    transport minister, before or after; "The IPOB leader" after "The leader of ..., IPOB,
    Obinna Eze"; "the ministry official" just after "Deputy Secretary X said"; "..., the
    immigration minister has said." then "Speaking in Paris, Jo Roe said ..."."""
    folded = role.casefold()
    holders = set(_holders(text, registry, folded) if holders is None else holders)
    if len(holders) == 1:
        name = holders.pop()
        return Agent(name, f"'the {phrase}' -> {name}, the one person the article gives that role")
    if holders:
        return None
    if folded == "official":
        person = registry.last_subject(position)
        if person is not None and person.roles & OFFICE_TITLES:
            why = f"'the {phrase}' -> {person.name}, the office-holder who spoke just before"
            return Agent(person.name, why)
        return None
    return _speaker_of_next_sentence(text, registry, phrase, position)


def _speaker_of_next_sentence(text: str, registry: Registry, phrase: str, position: int) -> Agent | None:
    """A lede's role, then the next sentence's one speaker, who has no role of their own."""
    end = SENTENCE_END.search(text, position, position + MAX_CLOSING_CHARS)
    if end is None:
        return None
    start = _SPACES.match(text, end.end()).end()
    following = SENTENCE_END.search(text, start, start + MAX_SENTENCE_CHARS)
    sentence = text[start : following.start() if following else start + MAX_SENTENCE_CHARS]
    speaking = [
        person
        for person in registry.people.values()
        if len(person.name.split()) >= 2
        and regex.search(rf"\b{regex.escape(person.name)} {_PLAIN_SPEECH_VERB}", sentence)
    ]
    if len(speaking) != 1 or speaking[0].roles - _HONORIFICS or speaking[0].described:
        return None
    name = speaking[0].name
    return Agent(name, f"'the {phrase}' -> {name}, who speaks in the next sentence (no one else holds it)")
