"""Who said each quote, and who is the source of each reported claim, with the reason.

The article is read in order, so that whoever spoke last is known when a pronoun comes.
A quote group (see quotes.py) gets one speaker. It comes, in this order, from an
attribution next to the quote (`“...,” said X`, `X said: “...`, `according to X`), from
an introduction ending the previous paragraph (`He wrote:`, `The Russian President
said:`, `..., saying:`), from the quote group just before it, or from a sentence just
before it that names its source (`X defended the offer, saying it was fair.` then the
quote). Sentences outside quotes are reported claims when they say who claims them
(`X confirmed that ...`, `..., X said.`, `according to X, ...`, `..., reports X.`, `it
was claimed by X`); bullets under `X said:` are X's. On transcript pages the turn label
("JANE ROE:", "Q:", "A:") names the speaker, and on a speech page the framing line does
(transcripts.py). Names are resolved to full names through the registry (names.py).

Every attribution carries a short reason ("named next to the quote", "pronoun -> nearest
preceding female person", "turn label", "none: ambiguous pronoun") that reviewers see.
"""

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

from claims.extraction import transcripts
from claims.extraction.agents import HOW_SPOKEN, NAMED, ORGANISATION, ROLE_NEVER_NAMED, Agent, AgentResolver
from claims.extraction.lexicon import (
    ACCUSATION_NOUNS,
    BODY_NOUNS,
    BUSINESS_NAME_WORDS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORG_WORDS,
    PRAISE_VERBS,
    ROLE_NOUNS,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    STOPWORDS,
    SUBORDINATORS,
    TITLE_WORDS,
)
from claims.extraction.names import (
    NAME_RUN,
    Registry,
    build_registry,
    canonical_name,
    split_name_run,
    surname_key,
)
from claims.extraction.quotes import QuoteGroup, find_quote_spans

MAX_ATTRIBUTION_CHARS = 100  # "said X" must start this close to the quote it attributes
MAX_LIST_ITEMS = 8  # points under "X told MPs that:" a page shows without bullets
MAX_LIST_ITEM_CHARS = 300
_THAT_COLON = regex.compile(r"\bthat:$")
MAX_LABEL_BETWEEN_WORDS = 4  # "Related Article", "Read more": a link label set between two paragraphs
MAX_INTRO_CHARS = 80  # of "X said:" quoted in a bullet's reason
MAX_OPENING_PHRASES = 3  # "In the letter, dated 2 May and seen by the Courier, X said"
MAX_SUBJECT_WORDS = 12  # "X, a Y at Z, said": longer clauses before a verb are not its subject
_VERB = regex.compile(
    r"\b(" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r"|held(?= that\b)|(?<=^|[“\"]\s?)Said"
    r"|made (?:it clear|the announcement|an announcement)(?= that\b)|decided(?= (?:that|the)\b)"
    r"|hit out(?= (?:at|on)\b)|took (?:a )?(?:jibe|potshots|swipe|dig)(?= at\b)|had a go(?= at\b)"
    r"|slammed(?=[^.;“”]{1,60}? (?:for|over)\b)|charged(?= (?:that|"
    + "|".join(sorted(ACCUSATION_NOUNS))
    + r")\b)"
    r"|(?<=^|[“\".!?]\s)Says(?=\s\p{Lu})"  # "Says Hogan: “...”": inverted, the speaker after it
    r"|(?:is|are) (?:arguing|claiming|insisting|contending|maintaining)(?= that\b))\b",
    regex.M,
)  # "The judge held that ...": a court's finding is its claim; "The defence is arguing that ...": a case put
# The last sentence before a list, opening with "Her"/"His" ("Her points, lightly edited:").
_POSSESSIVE_LEAD = regex.compile(r"(?:^|(?<=[.!?]\s))(Her|His) [^.!?:]{1,60}:\s*$")
_BULLET_LABEL = regex.compile(r"\s*(?:[-•*–—▪►·]|\d{1,2}[.)])\s+(?P<name>\p{Lu}[\p{L}’'-]+):\s")
_PARTICIPLE = regex.compile(r"\b(" + "|".join(SPEECH_PARTICIPLES) + r")\b")
_ACCORDING = regex.compile(r"\baccording to\b", regex.I)
# "it was claimed by X", "It was also claimed at the meeting, by X, that": the passive's agent.
_PASSIVE = regex.compile(
    r"\b(?:was|were|has been|have been|had been|is being)\s+(?:also\s+)?(?:claimed|alleged|stated|said"
    r"|reported|announced|revealed|disclosed|confirmed|rubbished|refuted|disputed|dismissed|denied|described)"
    r"(?:\s+(?:at|in|on|during) [^,.;“”]{1,40},)?\s+by\b",
    regex.I,
)
# "came under fire on Saturday from X for": the critic accuses, as if "X accused Y of".
# "X walked out after claiming that ...": the subject said it, before or while acting.
_AFTER_CLAIMING = regex.compile(
    r"\s(?:after|before|while|when)\s(?:claiming|saying|insisting|arguing|stating|warning|alleging)\s(?:that\s)?"
)
_UNDER_FIRE = regex.compile(
    r"\b(?:came|come|comes|has come|have come) under (?:fire|attack|criticism)\b[^.;,“”\"]{0,40}?\bfrom\s"
)
# A wire dateline before the first sentence's words: "Bhopal (Madhya Pradesh) [India], July 22 (ANI): ".
_DATELINE = regex.compile(
    r"(?:[^“”\"]{0,120}?\((?:\p{Lu}{2,6}|Reuters)\)|\p{Lu}{3,}(?:[\s,]+\p{Lu}{3,}){0,2})\s?[:—–-]\s+"
)  # "RAIPUR: "
# "Interfax cited X as saying", "the agency quoted X as saying", "Y reported the ministry as
# saying": the agency only relays what X said, so X speaks.
# "It was found by investigators that ...": only with an empty "it" does a finding's verb name
# who found it ("the body was found by police" is something police did, not said).
# Where a passive's agent ends: "was said by X to have ...", "were described by X as ...".
_AFTER_THE_AGENT = regex.compile(r"\s(?:to|as)\s")
_IMPERSONAL_PASSIVE = regex.compile(
    r"\b[Ii]t (?:was|is|has been|had been) (?:found|established|determined|concluded|noted|estimated"
    r"|argued|accepted|submitted)\s+by\b"
)
_FINDERS = regex.compile(r"\s+(?:the )?((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+s) that\b")
_RELAYED = regex.compile(
    r"\b(?:reported|reports|cited|cites|quoted|quotes)\s+(?P<who>[^,;“”\"]{1,80}?)\s+as\s+(?:saying|stating|telling)\b"
)
_FIRST_PERSON = regex.compile(r"\b(?:I|we|We|us|our|Our)\b")
_QUOTE_MARK = regex.compile(r"[“”\"]")
_SPEAKER_FIRST_PERSON = regex.compile(r"\b(?:I|[Ww]e|[Mm]y)\b")
_QUOTED_AS = regex.compile(r",?\s(?:was|were|is|has been) quoted\b[^.;“”\"]{0,80}?\sas (?:saying|stating)\b")
_BULLET = regex.compile(r"\s*(?:[-•*–—▪►·]|\d{1,2}[.)])\s+")
_LOWER_OPENING = regex.compile(r"\p{Ll}")
_SOURCE_LINE = regex.compile(r"\s*Sources?\s*:\s*")
# A heading naming the person whose claims are listed under it: "Jane Roe (Labour)", "Jane
# Roe, independent", "Jane Roe says:".
_HEADING_PERSON = regex.compile(
    rf"\s*(?P<name>{NAME_RUN.pattern})\s*(?:\([^()\n]{{1,60}}\)|,\s[^,.:\n]{{1,60}})?"
    r"\s*(?:(?:says|said|writes|wrote|argues|claims|promises|pledges)\s*)?:?\s*"
)
# Verbs that can also be nouns or mean something else ("reports to", "states that"): they
# introduce a claim only with "that" after them or in a trailing ", reports X".
_STRONG_VERBS = frozenset(
    "said says told tells wrote writes added insisted argued warned declared claimed confirmed announced "
    "denied admitted stressed tweeted alleged asserted acknowledged revealed touted quipped boasted "
    "conceded countered cautioned accused disclosed testified responded responds replied commented described "
    "expects forecasts forecast promised pledged vowed blamed estimated estimates affirmed attributed "
    "credited refuted refutes justified justifies decided warns emphasised emphasized charged".split()
) | {"hit out", "took a jibe", "took potshots", "took a swipe", "took a dig", "slammed"}
# Criticism says what its speaker holds: "X has criticized Y over their claim that", "has blasted
# Y for failing to", "has had a go at Y saying that".
_STRONG_VERBS |= {"criticized", "criticised", "blasted", "had a go"}

# Reasons for a speaker, as reviewers read them next to it.
NAMED_IN_SENTENCE = "named in the same sentence"
NAMED_NEXT_TO_QUOTE = "named next to the quote"
NAMED_IN_INTRODUCTION = "named in the line introducing the quote"
NAMED_BEFORE_QUOTE = "named in the sentence before the quote"
OFFICE_SUMMARY = "continues the summary of what the office said, in the sentence before"
INTRODUCED_BEFORE_QUOTE = "the one person named in the paragraph before the quote"
REPORTED_BEFORE_QUOTE = "the one person reported speaking just before the quote"
CONTINUES_QUOTE = "continues the quote before it"
TURN_LABEL = "turn label"
QUESTION_TURN = "turn label Q: -> the interviewer named in the byline or introduction"
FRAMING_LINE = "speech: the framing line names the speaker"
NO_SOURCE = "none: no one is named as its source"
NO_QUOTE_SOURCE = "none: no attribution found for the quote"
SPEECH_PRONOUN = "none: on a speech page 'he' or 'she' is someone else; its speaker says 'I'"
LOST_QUOTE_MARKS = "continues the first-person speech before it (the page lost its quote marks)"
NARRATION = "none: a paragraph after the turn that speaks of its speaker (the presenter's narration)"
SAID_THEN_FIRST_PERSON = (
    "continues in the first person what the sentence before reports (the page lost its quote marks)"
)
UNDER_LEAD_IN = "bullet under "  # then the lead-in ("... he would:") in quotes


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    is_quote: bool
    is_reported: bool
    reason: str = NO_SOURCE


def _is_question(turn_reason: str) -> bool:
    """A "Q:" turn: a claim the question reports ("Growers told us ...") is theirs, not the
    interviewer's."""
    return "turn label Q:" in turn_reason


def _by_pronoun(agent: Agent) -> bool:
    return agent.how.startswith("pronoun")


def _a_business(agent: Agent) -> bool:
    """A company by its name ("Meezan Bank Limited", "Engro Corporation"), not a club or a park."""
    return bool(agent.name) and agent.name.split()[-1].casefold() in BUSINESS_NAME_WORDS


def _reason(agent: Agent, named: str) -> str:
    """The agent's own reason (pronoun, description, organisation) or `named` for a name."""
    if agent.how == NAMED:
        return named
    if agent.how == ORGANISATION:
        return named.replace("named", "organisation or group named", 1)
    return agent.how


def attribute(
    text: str, paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int, int]], kept: list[int]
) -> tuple[list[Attribution], Registry]:
    """Speaker, quote and reported-speech flags, and the reason, for each (start, end, paragraph)
    sentence, in reading order."""
    groups = find_quote_spans(text, paragraphs, kept)
    quoted = sorted(span for group in groups for span in group.spans)
    starts = sorted(s for s, _, _ in sentences)
    registry = build_registry(text, [paragraphs[i] for i in kept], starts, quoted)
    reader = _Reader(text, paragraphs, sentences, kept, groups, registry)
    found = [_someone(reader.sentence(*sentence)) for sentence in sentences]
    found = _signed_letters(text, paragraphs, sentences, kept, found)
    return _in_full_from_skipped_lines(text, paragraphs, kept, found), registry


def _in_full_from_skipped_lines(text, paragraphs, kept, found: list[Attribution]) -> list[Attribution]:
    """A surname the body never gives in full ("Ms Justice Brennan-Hurley found") is the one
    person a line kept out of the body names in full ("High Court, Ms Justice Aoife
    Brennan-Hurley"); never from a "By ..." byline, whose name is the writer's."""
    surnames = {a.speaker for a in found if _a_surname_alone(a)}
    if not surnames:
        return found
    kept_set = set(kept)
    full: dict[str, set[str]] = {}
    for index, (start, end) in enumerate(paragraphs):
        line = text[start:end]
        if index in kept_set or _BY_LINE.match(line):
            continue
        for run in NAME_RUN.finditer(line):
            for _, parts in split_name_run(run.group()):
                if len(parts.words) >= 2 and parts.words[-1] in surnames and parts.is_person:
                    full.setdefault(parts.words[-1], set()).add(canonical_name(parts.words))
    named = {surname: names.pop() for surname, names in full.items() if len(names) == 1}
    return [
        Attribution(
            named[a.speaker],
            a.is_quote,
            a.is_reported,
            f"{a.reason} (in full: {named[a.speaker]}, named in a line above the body)",
        )
        if a.speaker in named and _a_surname_alone(a)
        else a
        for a in found
    ]


def _a_surname_alone(found: Attribution) -> bool:
    return bool(found.speaker) and " " not in found.speaker and "organisation" not in found.reason


_BY_LINE = regex.compile(r"\s*(?:By|BY|Written by|Words by)\b")


SIGNED_LETTER = "the letter's writer, signed below it"
# "Doreen Roe, Birkirkara", "Dr Karl Roe Grech, Senglea": a letter's signature, the writer's
# name and town alone on a line, no verb and no full stop.
_SIGNATURE = regex.compile(
    rf"\s*(?P<name>{NAME_RUN.pattern})(?:, \p{{Lu}}[\p{{L}}’'-]*(?: \p{{Lu}}[\p{{L}}’'-]*){{0,2}})?\s*"
)
_FIRST_PERSON_SINGULAR = regex.compile(r"\b(?:I|my|My|me)\b")


def _signer(line: str) -> str | None:
    """The person a signature line names in full, titles dropped; None for anything else."""
    found = _SIGNATURE.fullmatch(line)
    if not found:
        return None
    pieces = split_name_run(found.group("name"))
    if len(pieces) != 1 or len(pieces[0][1].words) < 2:
        return None
    words = pieces[0][1].words
    if any(w.casefold() in ORG_WORDS or w.casefold() in STOPWORDS or w.isupper() for w in words):
        return None
    return canonical_name(words)


def _signed_letters(text, paragraphs, sentences, kept, found: list[Attribution]) -> list[Attribution]:
    """A letter to the editor signed at its end: the paragraphs just above a signature line,
    written in the first person, are the writer's where nothing else names a source."""
    kept_set = set(kept)
    writer_of: dict[int, str] = {}
    for index in range(1, len(paragraphs)):
        if index in kept_set or index - 1 not in kept_set:
            continue
        writer = _signer(text[slice(*paragraphs[index])])
        if writer is None:
            continue
        letter = []
        first = index - 1
        while first in kept_set:
            letter.append(first)
            first -= 1
        if any(_FIRST_PERSON_SINGULAR.search(text[slice(*paragraphs[i])]) for i in letter):
            writer_of.update(dict.fromkeys(letter, writer))
    if not writer_of:
        return found
    return [
        Attribution(writer_of[index], a.is_quote, a.is_reported, SIGNED_LETTER)
        if index in writer_of and a.speaker is None and a.reason == NO_SOURCE
        else a
        for (_, _, index), a in zip(sentences, found, strict=True)
    ]


# Nouns that name no one on their own ("the party says", "the statement said"): when no body
# of that kind was named, the speaker is left empty ("a spokeswoman" is someone, unnamed).
_NO_ONE_ALONE = frozenset("party parties company firm operator statement figures".split())


def _someone(found: Attribution) -> Attribution:
    words = (found.speaker or "").casefold().split()
    if words[:1] in (["the"], ["a"], ["an"]):
        words = words[1:]
    if len(words) != 1 or words[0] not in _NO_ONE_ALONE:
        return found
    reason = f"none: '{found.speaker}' names no one, and no body of that kind is named earlier"
    return Attribution(None, found.is_quote, found.is_reported, reason)


class _Reader:
    """One pass over an article's sentences; remembers who spoke last."""

    def __init__(self, text, paragraphs, sentences, kept, groups, registry: Registry) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.kept = kept
        self.groups = groups
        self.group_index = {id(group): i for i, group in enumerate(groups)}
        self.resolver = AgentResolver(text, registry)
        self.registry = registry
        self.paragraph_starts = [start for start, _ in paragraphs]
        self.narration: dict[tuple[int, str], bool] = {}  # (paragraph start, speaker) -> narrates
        self.by_paragraph: dict[int, list[tuple[int, int]]] = {}
        for start, end, index in sentences:
            self.by_paragraph.setdefault(index, []).append((start, end))
        self.quoted = sorted(span for group in groups for span in group.spans)
        self.quote_starts = [s for s, _ in self.quoted]
        self.span_owner = {span: group for group in groups for span in group.spans}
        self.reasons: dict[int, str] = {}  # id(group) -> reason
        self.resolved: set[int] = set()
        self.last_role: tuple[int, str] | None = None  # (position, "Secretary-General") that spoke last
        self.last_reported: dict[int, Attribution] = {}  # paragraph -> its last sentence's attribution
        self.turns = transcripts.turns(text, paragraphs, kept)
        self.turn_speakers = self._turn_speakers()
        self.turn_starts = [start for start, _, _ in self.turn_speakers]
        self.presenter = transcripts.presenter(text, self.turns)
        framing = transcripts.framing_paragraph(text, paragraphs, kept)
        self.framing_speaker = None
        if framing is not None and not self.turns:
            self.framing_speaker = transcripts.speaker_of_framing(text, paragraphs, kept, framing)[1]
            if self.framing_speaker:
                self.framing_speaker = registry.resolve_name(
                    self.framing_speaker.split(), paragraphs[framing][0]
                )

    # -- transcripts and bullets -------------------------------------------------------
    def _turn_speakers(self) -> list[tuple[int, str | None, str]]:
        """(start, speaker, reason) of each turn of a transcript, in reading order."""
        if not self.turns:
            return []
        interviewer, interviewee = transcripts.interview_people(self.text, self.turns[0].start)
        attendance = transcripts.attendance(self.text)
        speakers = []
        for turn in self.turns:
            label = turn.label.label
            if label == "Q" and interviewer:
                speakers.append((turn.start, interviewer, QUESTION_TURN))
            elif label == "Q":
                speakers.append((turn.start, None, "none: turn label Q: (the interviewer is not named)"))
            elif label == "A" and interviewee:
                reason = "turn label A: -> the interviewee named in the introduction"
                speakers.append((turn.start, interviewee, reason))
            elif label == "A":
                speakers.append((turn.start, None, "none: turn label A: with no interviewee named"))
            elif label.startswith("The "):
                reason = f"none: turn label '{label}:' is an office whose holder is not named"
                speakers.append((turn.start, None, reason))
            else:
                words = transcripts.label_name(label).split()
                holder = words[0] == "The" and transcripts.role_holder(
                    self.text, self.turns[0].start, " ".join(words)
                )
                if holder:  # "THE PRESIDENT:" under "Remarks by President Jane Roe"
                    reason = f"turn label '{label}:' -> {holder}, named for that office in the framing line"
                    speakers.append((turn.start, holder, reason))
                    continue
                pieces = split_name_run(" ".join(words))
                kept_words = pieces[-1][1].words if pieces else []
                # "Councillor Okonjo": the surname; "Prime Minister" stays; "HALIMA SAID" is a whole
                # name (a label holds no verb), so only titles before the name are dropped.
                if kept_words and words[-len(kept_words) :] == kept_words:
                    if not any(w.casefold() in TITLE_WORDS for w in kept_words):
                        words = kept_words
                name = self.registry.resolve_name(words, turn.start)
                if len(words) == 1 and name == words[0]:  # a surname the body never names in full
                    listed = [n for n in attendance if surname_key(n) == surname_key(name)]
                    # or an earlier label's: "NDLOVU:" after "ANCHOR (SIPHO NDLOVU):"
                    labelled = {n for _, n, _ in speakers if n and surname_key(n) == surname_key(name)}
                    listed = listed or sorted(labelled)
                    name = listed[0] if len(listed) == 1 else name
                spelt = self.registry.spelt_out(words) if name == canonical_name(words) else None
                if spelt:  # "HALIMA:" or "Mr S P Dlamini:" after the framing names them in full
                    name = spelt
                if (len(words) == 1 or spelt) and name != words[0]:  # "WALSH:" after "Present: ... Ann Walsh"
                    speakers.append(
                        (turn.start, name, f"turn label '{label}:' -> {name}, named in full earlier")
                    )
                else:
                    speakers.append((turn.start, name, TURN_LABEL))
        return speakers

    def _turn_at(self, position: int) -> tuple[str | None, str] | None:
        index = bisect_right(self.turn_starts, position) - 1
        if index < 0:
            return None
        start, speaker, reason = self.turn_speakers[index]
        paragraph = self.paragraphs[bisect_right(self.paragraph_starts, position) - 1]
        if not self.turns[index].carries_on and paragraph[0] > start:
            return None
        if speaker and paragraph[0] > start and self._narrates(paragraph, speaker):
            return None, NARRATION
        return speaker, reason

    def _presenters(self, position: int) -> bool:
        """In the presenter's turn: what they report others said is the others' (transcripts.presenter)."""
        index = bisect_right(self.turn_starts, position) - 1
        return index >= 0 and self.turns[index].label.label in self.presenter

    def _past_turn_label(self, start: int) -> int:
        """Where a sentence's words begin: after "Q: " when a turn opens with it."""
        index = bisect_left(self.turn_starts, start)
        if index < len(self.turns) and self.turns[index].start == start:
            return start + self.turns[index].label.length
        return start

    def _narrates(self, paragraph: tuple[int, int], speaker: str) -> bool:
        """Once per paragraph: a long one holds many sentences."""
        key = (paragraph[0], speaker)
        if key not in self.narration:
            self.narration[key] = _narrates(self.text[slice(*paragraph)], speaker)
        return self.narration[key]

    def _bullet_intro(self, index: int) -> Attribution | None:
        """ "Harriet Quayle said:" then bulleted claims: each bullet is hers."""
        if not self._list_item(index):
            return self._reported_list(index)
        previous = index - 1
        while previous >= 0 and self._list_item(previous):
            previous -= 1
        sourced = self._list_source(index)
        if sourced is not None:
            return sourced
        if previous < 0:
            return None
        start, end = self.paragraphs[previous]
        if not self.text[start:end].rstrip().endswith(":"):
            return self._under_heading(start, end)
        own = _POSSESSIVE_LEAD.search(self.text, start, end)
        if own:  # "..., Dr. Jane Roe, set out what families should know. Her points:": hers
            pronoun = "she" if own.group(1).casefold() == "her" else "he"
            name, why = self.registry.resolve_pronoun(own.start(), pronoun)
            intro = own.group().strip()
            return Attribution(name, False, True, f"{UNDER_LEAD_IN}'{intro[:MAX_INTRO_CHARS]}': {why}")
        agent = _speaker_in_lead(self.text, start, end, self.resolver)
        if agent is None or agent.name is None:
            return self._under_heading(start, end)  # "Jane Roe (Labour) says:"
        intro = self.text[start:end].strip()
        return Attribution(agent.name, False, True, f"{UNDER_LEAD_IN}'{intro[-MAX_INTRO_CHARS:]}'")

    def _reported_list(self, index: int) -> Attribution | None:
        """ "Ms Roe told MPs that:" then points a page shows without bullets, one a paragraph:
        each point is hers (at most MAX_LIST_ITEMS points, none ending in a colon)."""
        previous = index - 1
        while previous >= max(0, index - MAX_LIST_ITEMS):
            start, end = self.paragraphs[previous]
            line = self.text[start:end].rstrip()
            if _THAT_COLON.search(line):
                agent = _speaker_in_lead(self.text, start, end, self.resolver)
                if agent is None or agent.name is None:
                    return None
                return Attribution(agent.name, False, True, f"{UNDER_LEAD_IN}'{line[-MAX_INTRO_CHARS:]}'")
            if line.endswith(":") or len(line) > MAX_LIST_ITEM_CHARS or _QUOTE_MARK.search(line):
                return None
            previous -= 1
        return None

    def _list_item(self, index: int) -> bool:
        """A bulleted paragraph, or one opening in lower case (a list whose page lost its
        bullets: "abolish tuition fees by 2029;" under "..., saying the party would:")."""
        start = self.paragraphs[index][0]
        return bool(_BULLET.match(self.text, start) or _LOWER_OPENING.match(self.text, start))

    def _under_heading(self, start: int, end: int) -> Attribution | None:
        """ "Tania Whitlock (independent)" over a list: the claims listed are hers."""
        heading = _HEADING_PERSON.fullmatch(self.text, start, end)
        pieces = split_name_run(heading.group("name")) if heading else []
        if not pieces or not pieces[-1][1].is_person:
            return None
        name = self.registry.resolve_name(pieces[-1][1].words, heading.start("name"))
        line = self.text[start:end].strip()
        return Attribution(name, False, True, f"bullet under the heading '{line[:MAX_INTRO_CHARS]}'")

    def _list_source(self, index: int) -> Attribution | None:
        """A fact box whose list is followed by "Source: X": each item is X's."""
        following = index + 1
        while following < len(self.paragraphs) and _BULLET.match(self.text, self.paragraphs[following][0]):
            following += 1
        if following == len(self.paragraphs):
            return None
        start, end = self.paragraphs[following]
        line = _SOURCE_LINE.match(self.text, start, end)
        agent = self.resolver.at(line.end(), end) if line else None
        if agent is None or agent.name is None:
            return None
        return Attribution(
            agent.name, False, True, f"list item: the source line under the list names {agent.name}"
        )

    def _bullet_label(self, index: int) -> tuple[str, str] | None:
        """ "* Roe: “We hired 300 officers.”": a bullet opening with the surname of a person
        named earlier is that person's, quoted or not."""
        label = _BULLET_LABEL.match(self.text, *self.paragraphs[index])
        if not label:
            return None
        name = self.registry.resolve_name(label.group("name").split(), label.start("name"))
        if name == label.group("name"):  # no one named earlier has that surname
            return None
        return name, f"bullet label '{label.group('name')}:' -> {name}"

    # -- quotes ------------------------------------------------------------------------
    def _resolve_group(self, group: QuoteGroup) -> None:
        if id(group) in self.resolved:
            return
        self.resolved.add(id(group))
        agent, reason = _group_speaker(self.text, group, self.paragraphs, self.by_paragraph, self.resolver)
        previous = self._group_before(group)
        labelled = self._bullet_label(group.paragraphs[0]) if agent is None else None
        if labelled is not None:
            group.speaker, reason = labelled
        elif (
            agent is None and previous and previous.paragraphs[-1] == self._story_before(group.paragraphs[0])
        ):
            self._resolve_group(previous)
            group.speaker, reason = previous.speaker, CONTINUES_QUOTE if previous.speaker else NO_QUOTE_SOURCE
        elif agent is None:
            before = self.last_reported.get(self._story_before(group.paragraphs[0]))
            turn = self._turn_at(group.spans[0][0])
            if turn is not None:
                group.speaker, reason = turn
            elif before and before.speaker and _opens_paragraph(self.text, group, self.paragraphs):
                group.speaker, reason = before.speaker, NAMED_BEFORE_QUOTE
            elif _opens_paragraph(self.text, group, self.paragraphs) and self._introduced(group):
                group.speaker, reason = self._introduced(group), INTRODUCED_BEFORE_QUOTE
            elif self._reported_just_before(group):
                group.speaker, reason = self._reported_just_before(group), REPORTED_BEFORE_QUOTE
            else:
                group.speaker, reason = None, NO_QUOTE_SOURCE
        else:
            group.speaker = agent.name
            if agent.name and (agent.how == ORGANISATION or agent.is_organisation):
                # "“...,” the union wrote in a letter": a later "according to the letter" is its
                self.resolver.note_organisation(group.spans[0][0], agent.name)
        self.reasons[id(group)] = reason
        if group.speaker:
            self.registry.note_salient(group.spans[0][0], group.speaker)

    def _story_before(self, index: int) -> int:
        """The story's paragraph before paragraph `index`, past furniture set between them (a
        "Related Article" line between a quote's attribution and its next paragraph)."""
        at = bisect_left(self.kept, index) - 1
        if at < 0 or any(
            len(self.text[slice(*self.paragraphs[i])].split()) > MAX_LABEL_BETWEEN_WORDS
            for i in range(self.kept[at] + 1, index)
        ):
            return index - 1  # a line of the story left out (a caption, a fragment) parts them
        return self.kept[at]

    def _introduced(self, group: QuoteGroup) -> str | None:
        """ "..., the Commissioner, Jane Roe, visited the centre." then a paragraph that is
        only a quote, attributed nowhere: the one person the paragraph before names says it."""
        index = group.paragraphs[0] - 1
        if index not in self.last_reported or self.last_reported[index].is_quote:
            return None
        outside = self.text[slice(*self.paragraphs[group.paragraphs[-1]])].rsplit(_CLOSING_MARK, 1)[-1]
        if outside.strip(" .,;:’'\"”"):
            return None  # "“...,” they said": an attribution, though it names no one
        start, end = self.paragraphs[index]
        if _QUOTE_MARK.search(self.text, start, end):
            return None
        for pronoun, unknown in (("he", False), ("she", False), ("he", True)):
            name = self.registry.the_one_named_between(start, end, pronoun, gender_unknown=unknown)
            if name:
                return name
        return None

    def _reported_just_before(self, group: QuoteGroup) -> str | None:
        """ "X, Director of Y, indicated that the minister will ... “It is personal.”": a quote
        attributed nowhere, after sentences of its paragraph (or of the paragraph before, when
        it opens its own) that report what X said, is X's when no one else speaks in them."""
        quote_start = group.spans[0][0]
        index = group.paragraphs[0]
        before = [s for s in self.by_paragraph.get(index, []) if s[1] <= quote_start]
        if not before and _opens_paragraph(self.text, group, self.paragraphs):
            index -= 1  # "X has justified the seizure ..." then a paragraph that only quotes
            before = self.by_paragraph.get(index, [])
        if not before or self.text[before[-1][1] : quote_start].strip(' “"\n'):
            return None
        outside = self.text[slice(*self.paragraphs[group.paragraphs[-1]])].rsplit(_CLOSING_MARK, 1)[-1]
        if outside.strip(" .,;:’'\"”") or _QUOTE_MARK.search(self.text, before[0][0], before[-1][1]):
            return None  # an attribution after the quote, or other quotes before it
        agents = [_reported_speaker(self.text, *s, self.resolver) for s in before]
        named = {agent.name for agent in agents if agent is not None and agent.how == NAMED}
        others = [agent for agent in agents if agent is not None and agent.how != NAMED]
        if len(named) != 1 or others:
            return None  # no one, or more than one, speaking before the quote
        return named.pop()

    def _group_before(self, group: QuoteGroup) -> QuoteGroup | None:
        index = self.group_index[id(group)]  # not list.index: that compares every group before
        return self.groups[index - 1] if index else None

    # -- sentences ---------------------------------------------------------------------
    def sentence(self, start: int, end: int, index: int) -> Attribution:
        result = self._sentence(start, end, index)
        self.last_reported[index] = result
        if result.speaker and result.reason != FRAMING_LINE:  # the framing line is the page's voice
            office = _only_a_role(result.speaker) or result.reason == ROLE_NEVER_NAMED
            if self.last_role is None or result.speaker != self.last_role[1]:  # "He said" keeps it
                self.last_role = (start, result.speaker) if office else None
        if not result.speaker and not result.is_quote:
            self._note_described_subject(start, end)
            self._note_pronoun_subject(start, end)
        if result.speaker and result.reason == NAMED_IN_SENTENCE:
            said = _SAID_PRONOUN.search(self.text, start, end)
            if said:  # "Teresita Galvez-Mercado said she was buying by the kilo": she is a woman
                self.registry.note_gender(result.speaker, said.group("pronoun"))
        return result

    def _note_pronoun_subject(self, start: int, end: int) -> None:
        """ "He asked why she had waited.": a sentence whose subject is "he" or "she" tells the
        person it stands for that gender, though it reports nothing, so a later "She replied"
        passes over the man who asked (the registry learns it when it resolves the pronoun)."""
        found = _PRONOUN_SUBJECT.match(self.text, self._past_turn_label(start), end)
        if found:
            self.resolver.at(found.start("pronoun"), end)

    def _office_by_pronoun(self, start: int, end: int) -> Attribution | None:
        """A briefing's summary: "To that end, he asked the Committee to ..." after the office
        spoke is the office's, not the briefer's (who speaks in the first person)."""
        pronoun = _PRONOUN_VERB.search(self.text, start, end)
        if pronoun is None or self.last_role is None:
            return None
        agent = self._role_meant(self.resolver.at(pronoun.start(), end) or Agent(None, ""), start)
        if agent.name != self.last_role[1]:
            return None
        return Attribution(agent.name, False, True, agent.how)

    def _office_summary(self, index: int) -> Attribution | None:
        """A briefing's summary goes on after "He noted that ..." with the office's points
        ("This is the year to think freshly ..."): the sentence just before, in the same
        paragraph, was the office's. A new paragraph may be the briefer's next item."""
        before = self.last_reported.get(index)
        if self.last_role is None or before is None or before.speaker != self.last_role[1]:
            return None
        return Attribution(before.speaker, False, True, OFFICE_SUMMARY)

    def _role_meant(self, agent: Agent, start: int) -> Agent:
        """ "The Secretary-General presented the budget ... He said": when an office never
        named spoke last and the pronoun's person was not named since, the office is meant."""
        if self.last_role is None:
            return agent
        role_start, role = self.last_role
        if agent.name is None and not agent.how.startswith("none: no earlier person"):
            return agent
        if agent.name is not None:
            if not _by_pronoun(agent):
                return agent
            surname = agent.name.split()[-1]
            named_since = regex.search(rf"\b{regex.escape(surname)}\b", self.text[role_start:start])
            if named_since and self.registry.is_known_person(agent.name):  # not "Political Affairs"
                return agent
        return Agent(role, f"pronoun -> '{role}', the office that spoke last (its holder is never named)")

    def _note_described_subject(self, start: int, end: int) -> None:
        """ "The magistrate rejected the argument.": the person the role stands for is the
        sentence's subject, so a "she" next refers to her."""
        found = _ROLE_SUBJECT.match(self.text, start, end)
        if not found:
            return
        agent = self.resolver.at(found.start("the"), found.end())
        if agent and agent.name and agent.how.startswith("'the "):
            self.registry.note_salient(start, agent.name, spoke=False)

    def _sentence(self, start: int, end: int, index: int) -> Attribution:
        inside, owner = 0, None
        position = bisect_right(self.quote_starts, end) - 1
        while position >= 0 and self.quoted[position][1] > start:
            s, e = self.quoted[position]
            overlap = min(e, end) - max(s, start)
            if overlap > 0:
                inside += overlap
                owner = self.span_owner[self.quoted[position]]
            position -= 1
        if owner is not None:
            self._resolve_group(owner)
        if inside and (inside * 2 >= end - start or self._opens_with_quote(start)):
            return Attribution(owner.speaker, True, False, self.reasons[id(owner)])
        turn = self._turn_at(start) or self._bullet_label(index)
        agent = _reported_speaker(self.text, self._past_turn_label(start), end, self.resolver)
        if agent is not None:
            agent = self._role_meant(agent, start)
        # a question or the presenter reporting someone else: that someone's ("Growers told us ...")
        reported = agent is not None and (_is_question(turn[1]) or self._presenters(start)) if turn else False
        if turn is not None and not reported:
            return Attribution(turn[0], turn[0] is not None, False, turn[1])
        if agent is not None and agent.name and agent.name == self.framing_speaker and _by_pronoun(agent):
            return Attribution(None, False, True, SPEECH_PRONOUN)
        if agent is not None:
            if agent.name:
                self._note(start, agent)
                return Attribution(agent.name, False, True, _reason(agent, NAMED_IN_SENTENCE))
            return Attribution(None, False, True, agent.how)  # reported; who said it is unclear
        if owner is not None and owner.speaker:
            return Attribution(owner.speaker, False, True, self.reasons[id(owner)])
        bullet = self._bullet_intro(index)
        if bullet is not None:
            return bullet
        if self.framing_speaker:
            office = self._office_by_pronoun(start, end) or self._office_summary(index)
            if office is not None:
                return office
            return Attribution(self.framing_speaker, True, False, FRAMING_LINE)
        lost = self._lost_quote_marks(start, end, index) or self._first_person_after_said(start, end, index)
        if lost is not None:
            return lost
        return Attribution(None, False, False, NO_SOURCE)

    def _lost_quote_marks(self, start: int, end: int, index: int) -> Attribution | None:
        """A page that lost its quote marks: "He says that if we dance to their tune, he told
        reporters." then "Well, we will never vote for it." The second paragraph, in the first
        person like the attributed one before it, is the same speaker's."""
        if not _FIRST_PERSON.search(self.text, start, end) or index - 1 not in self.last_reported:
            return None
        before = self.last_reported[index - 1]
        if not before.speaker or before.reason.startswith("none"):
            return None
        previous = self.text[slice(*self.paragraphs[index - 1])]
        own = self.text[slice(*self.paragraphs[index])]
        if _QUOTE_MARK.search(previous) or _QUOTE_MARK.search(own) or not _FIRST_PERSON.search(previous):
            return None
        if before.reason != LOST_QUOTE_MARKS and not before.is_reported:
            return None
        return Attribution(before.speaker, True, False, LOST_QUOTE_MARKS)

    def _first_person_after_said(self, start: int, end: int, index: int) -> Attribution | None:
        """ "Dahria said that scams took place. If I talk about all the scams, three days will
        pass.": a sentence in the first person right after one reporting what someone said, in a
        paragraph with no quote marks, is that person's speech (the page lost its quote marks)."""
        before = self.last_reported.get(index)
        if before is None or not before.is_reported or not before.speaker:
            return None
        if before.reason.startswith(("none", "organisation")):
            return None  # a body's "our" is its own
        if not _SPEAKER_FIRST_PERSON.search(self.text, start, end):
            return None
        if _QUOTE_MARK.search(self.text, *self.paragraphs[index]):
            return None
        return Attribution(before.speaker, True, False, SAID_THEN_FIRST_PERSON)

    def _note(self, position: int, agent: Agent) -> None:
        if agent.background:
            return  # "The Head of State announced last month": the story's speaker stays the antecedent
        if agent.how == ORGANISATION or agent.is_organisation:
            self.resolver.note_organisation(position, agent.name)
        else:
            self.registry.note_salient(position, agent.name)

    def _opens_with_quote(self, start: int) -> bool:
        """`“We are disappointed,” said a spokeswoman, who ...`: a quote, however long the tail."""
        index = bisect_right(self.quote_starts, start) - 1
        return index >= 0 and self.quoted[index][0] <= start < self.quoted[index][1]


# "X said she ...", "X told the court he ...", "X said his sales ...": the speaker's own pronoun.
_SAID_PRONOUN = regex.compile(
    r"\b(?:said|says|told (?:the |a |an )?[\p{Ll}-]+)\s+(?:that\s+)?(?P<pronoun>he|she|his|her)\b(?! own\b)"
)
_PRONOUN_SUBJECT = regex.compile(r"\s*(?:(?:But|And|Then|Later|Earlier),? )?(?P<pronoun>He|She)\b")
_PRONOUN_VERB = regex.compile(
    r"\b(?:he|she|He|She) (?:also )?(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b"
)


def _only_a_role(speaker: str) -> bool:
    """ "Secretary-General", "the Prime Minister": an office, no one's name."""
    words = [part for word in speaker.casefold().split() for part in word.split("-")]
    words = words[1:] if words[:1] == ["the"] else words
    return bool(words) and all(word in TITLE_WORDS or word in ROLE_NOUNS for word in words)


_CLOSING_MARK = "”"
# A sentence opening with a person described by a role: "The magistrate rejected ...".
_ROLE_SUBJECT = regex.compile(
    r"(?:But |However, )?(?P<the>[Tt]he) (?:[\p{Ll}-]+ ){0,2}?(?:"
    + "|".join(sorted(ROLE_NOUNS))
    + r")\b(?![’'])"
)
_THIRD_PERSON_OPENING = regex.compile(r"\s*(?:He|She|His|Her)\b")


def _narrates(paragraph: str, speaker: str) -> bool:
    """An unlabelled paragraph after a turn that names its speaker or opens with "She" /
    "His" is about the speaker, not in the speaker's words (a radio report after a clip)."""
    surname = speaker.split()[-1]
    named = regex.search(rf"\b{regex.escape(surname)}\b", paragraph)
    return bool(named) or bool(_THIRD_PERSON_OPENING.match(paragraph))


def _opens_paragraph(text: str, group: QuoteGroup, paragraphs) -> bool:
    return group.spans[0][0] == paragraphs[group.paragraphs[0]][0]


def _group_speaker(
    text: str, group: QuoteGroup, paragraphs, by_paragraph, resolver: AgentResolver
) -> tuple[Agent | None, str]:
    spans_by_paragraph: dict[int, list[tuple[int, int]]] = {}
    starts = [paragraphs[i][0] for i in group.paragraphs]
    for span in group.spans:
        index = group.paragraphs[bisect_right(starts, span[0]) - 1]  # the paragraph holding the span
        spans_by_paragraph.setdefault(index, []).append(span)
    for index in group.paragraphs:  # attribution written next to the quote
        p_start, p_end = paragraphs[index]
        spans = spans_by_paragraph[index]
        for i, (_, span_end) in enumerate(spans):
            gap_end = _gap_end(
                by_paragraph.get(index, []), span_end, spans[i + 1][0] if i + 1 < len(spans) else p_end
            )
            agent = _speaker_in_gap(text, span_end, gap_end, resolver)
            if agent:
                return agent, _reason(agent, NAMED_NEXT_TO_QUOTE)
        lead_start = _sentence_start(by_paragraph.get(index, []), spans[0][0], p_start)
        agent = _speaker_in_lead(text, lead_start, spans[0][0], resolver) or _later_lead(
            text, spans, by_paragraph.get(index, []), resolver
        )
        if agent:
            return agent, _reason(agent, NAMED_NEXT_TO_QUOTE)
    last_end = group.spans[-1][1]
    if last_end == paragraphs[group.paragraphs[-1]][1] and text[last_end - 1] != _CLOSING_MARK:
        # "“Congress corrupted ... The rations were stolen, he claimed." never closed: the tail
        tail = _UNCLOSED_TAIL.search(text, max(group.spans[-1][0], last_end - 160), last_end)
        agent = resolver.at(tail.start("who"), tail.end("who")) if tail else None
        if agent is not None and agent.name:
            return agent, _reason(agent, "named closing the quote, whose closing mark the page left out")
    first = group.paragraphs[0]
    intro = by_paragraph.get(first - 1)
    if intro and text[intro[-1][0] : intro[-1][1]].rstrip().endswith(":"):
        agent = _speaker_in_lead(text, intro[-1][0], intro[-1][1], resolver)
        if agent:
            return agent, _reason(agent, NAMED_IN_INTRODUCTION)
    return None, NO_QUOTE_SOURCE


_UNCLOSED_TAIL = regex.compile(
    r",\s(?P<who>he|she|\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+){0,3}|the\s(?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+)"
    r"\s(?:said|claimed|added|stated|alleged|insisted|continued|argued)\.?\s*$"
)


def _later_lead(
    text: str, spans: list[tuple[int, int]], sentences: list[tuple[int, int]], resolver: AgentResolver
) -> Agent | None:
    """ "X toured the town and promised “help”. Says Roe: “It is a flood.”": a sentence of its
    own that opens a later quote of the paragraph with its speaker."""
    for (_, previous_end), (span_start, _) in zip(spans, spans[1:], strict=False):
        lead_start = _sentence_start(sentences, span_start, previous_end)
        if lead_start < previous_end:
            continue
        agent = _speaker_in_lead(text, lead_start, span_start, resolver)
        if agent:
            return agent
    return None


# Both search a paragraph's sentences, sorted and disjoint, by bisection: a paragraph of
# thousands of quotes asks once per quote.
def _sentence_start(sentences: list[tuple[int, int]], position: int, default: int) -> int:
    index = bisect_right(sentences, (position, float("inf"))) - 1
    return sentences[index][0] if index >= 0 else default


def _gap_end(sentences: list[tuple[int, int]], span_end: int, hard_end: int) -> int:
    """Where an attribution after a quote can end: the end of the quote's sentence, or of
    the next one when the quote closes its sentence (`“It is over.” Smith said.`)."""
    i = bisect_left(sentences, (span_end,)) - 1  # the last sentence starting before span_end
    if i >= 0 and span_end <= sentences[i][1]:
        end = sentences[i][1]
        if end == span_end and i + 1 < len(sentences):
            end = sentences[i + 1][1]
        return min(end, hard_end)
    return hard_end


def _speaker_in_gap(text: str, start: int, end: int, resolver: AgentResolver) -> Agent | None:
    """`”, said X.` / `” X said.` / `”, according to X.` right after a closing quote."""
    near = min(end, start + MAX_ATTRIBUTION_CHARS)
    quoted_as = _quoted_as_after_quote(text, start, near, resolver)
    if quoted_as:
        return quoted_as
    document = _IT_READ.match(text, start, near)
    if document:  # '”, it read.': the statement quoted, so the body that issued it
        return resolver.before(start, document.start("verb"))
    according = _ACCORDING.search(text, start, near)
    # A verb before "according to" names the speaker: '”, X told a meeting, according to the FT'.
    verb = _VERB.search(text, start, according.start() if according else near)
    if verb and _ATTENDED.match(text, verb.end(), end):
        verb = None
    if verb:
        if not text[start : verb.start()].strip(" ,”’—–-"):
            agent = resolver.at(verb.end(), end)
            agent = _holder_after_office(text, verb.end(), end, agent, resolver) or agent
        else:
            agent = resolver.before(start, verb.start())
        if agent or not according:
            return agent
    return resolver.at(according.end(), end) if according else None


_IT_READ = regex.compile(r"[\s,”’\"']*(?:it|It) (?P<verb>read|reads)\b")


def _quoted_as_after_quote(text: str, start: int, end: int, resolver: AgentResolver) -> Agent | None:
    """`” X was quoted as saying.`: an aggregator relaying another outlet's quote names the
    speaker, not the outlet it read it in."""
    found = _QUOTED_AS.search(text, start, end)
    if found is None or _VERB.search(text, start, found.start()):
        return None
    return _with_a_name(resolver.at(start, found.start()))


def _speaker_in_lead(text: str, start: int, end: int, resolver: AgentResolver) -> Agent | None:
    """`X said: “` / `..., saying: “` / `According to X, “` / `The statement read in part, “`
    before a quote."""
    document = _DOCUMENT_READ.search(text, start, end)
    if document:  # the statement's publisher, as "the statement said" would give
        return resolver.at(document.start(), document.end("noun"))
    according = _ACCORDING.search(text, start, end)
    if according:
        return resolver.at(according.end(), end)
    verbs = list(_VERB.finditer(text, start, end))
    participles = list(_PARTICIPLE.finditer(text, start, end))
    if participles and (not verbs or participles[-1].start() > verbs[-1].start()):
        clauses = [*_NEXT_CLAUSE.finditer(text, start, participles[-1].start())][-1:]
        subject = clauses[0].end() if clauses else start  # "X leaves, and an aide can be heard telling"
        return _with_participle(text, start, participles[-1], resolver) or resolver.at(
            subject, participles[-1].start()
        )
    agents = []
    for verb in reversed(verbs):
        agent = resolver.before(start, verb.start()) or resolver.at(verb.end(), end)
        if agent and agent.how != ORGANISATION:
            return agent
        agents.append(agent)
    # "X announced that said committee “has ...”": a person before an organisation
    return next((agent for agent in agents if agent), None)


_NEXT_CLAUSE = regex.compile(r"(?:,\s(?:and|but|while|as|then)|;)\s(?=(?:an?|the|\p{Lu})\S)")
_WITH_SUBJECT = regex.compile(r",\s+with\s+(?P<who>[^,;“”\"]{2,80}?)\s+$")


def _with_participle(text: str, start: int, participle, resolver: AgentResolver) -> Agent | None:
    """ "The party has ..., with its leader Jane Roe saying": the one after "with" speaks."""
    found = _WITH_SUBJECT.search(text, max(start, participle.start() - 100), participle.start())
    if found is None:
        return None
    return _with_a_name(resolver.at(found.start("who"), found.end("who")))


def _with_a_name(agent: Agent | None) -> Agent | None:
    """The agent when it names someone; not "none: ambiguous pronoun"."""
    return agent if agent is not None and agent.name else None


# Adverbs and times between a subject and its verb ("X, the minister, again on Wednesday
# assured", "Cooper further added"): the subject ends before them.
_ADVERBS_BEFORE_VERB = regex.compile(
    r"(?:\s(?:again|also|earlier|later|then|today|yesterday|tonight|simply|further|repeatedly|publicly|however"
    r"|(?:come|came|comes|went|gone|goes|go) (?:out|on|ahead) to|proceeded to"  # "has come out to say"
    r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:last|this) (?:week|month|year|night|morning|afternoon|evening)))+\s*$"
)


# "The Minister on Kumasi-based Sunrise FM claimed": where a role spoke is not who spoke.
_ROLE_ON_AIR = regex.compile(
    r"\b(?P<role>[Tt]he (?:[\p{L}-]+ ){0,2}?(?:" + "|".join(sorted(ROLE_NOUNS)) + r"))"
    r" (?:on|in an interview with|in an? (?:post|tweet|statement|video|message)\b) ?[^,.;:]{0,60},?\s$",
    regex.I,
)


# "Mr Roe on Accra-based Sunrise FM said": the same after a name.
_NAME_ON_AIR = regex.compile(
    rf"(?P<role>{NAME_RUN.pattern}) on (?:[\p{{L}}-]+ ){{0,3}}?(?:FM|TV|Radio|radio|television)\b"
    r"[^,.;:]{0,40}?,?\s$"
)


def _before_adverbs(text: str, start: int, verb_start: int) -> int:
    found = _ADVERBS_BEFORE_VERB.search(text, max(start, verb_start - 60), verb_start)
    subject_end = found.start() + 1 if found and found.start() > start else verb_start  # keep ", " before it
    window = max(start, subject_end - 100)
    on_air = _ROLE_ON_AIR.search(text, window, subject_end) or _NAME_ON_AIR.search(text, window, subject_end)
    return on_air.end("role") if on_air else subject_end


_DOCUMENT_READ = regex.compile(
    r"\b[Tt]he (?P<noun>" + "|".join(sorted(DOCUMENT_NOUNS)) + r") (?:read|reads|added|continued)\b"
)
_ATTENDED = regex.compile(
    r"(?<=respond(?:ed|s)?) to (?:a|an|the|reports of) (?:\S+ )?"
    r"(?:report|reports|call|calls|scene|incident|emergency|fire|blaze|crash|alarm|address|home|house)\b"
)
_WHICH = regex.compile(r",\swhich\s+(?:(?:also|now|still|has|had) )?$")
_PERFECT_BEFORE = regex.compile(r"\b(?:has|have|had)\s+(?:also\s+)?$")
_AMOUNT = regex.compile(
    r"\s+(?:(?:a further|another|more than|nearly|almost|about|around|some|over|just) )?[\d£$€¥₹]"
)
_PLEA_VERBS = frozenset("admitted admits denied denies".split())
_COUNT_BEFORE = regex.compile(
    r"(?<![\p{L}\d,.-])(?:\d(?:[\d,.]*\d)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens|hundreds|thousands)"
    r"(?:-\p{L}+)?)\s+$",
    regex.I,
)
_DECLARED_ACT = regex.compile(
    r"\s+(?:an?\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:emergency|disaster|calamity|curfew|holiday|ceasefire|truce"
    r"|lockdown|war|moratorium)\b"
)
_NOUN_AFTER = regex.compile(r"\s+(?!(?:that|to|the|a|an|it|they|he|she|on|in)\b)\p{Ll}+\b")
_ADMITTED_TO_CARE = regex.compile(
    r"\s+(?:to|into)\s+(?:the\s+|a\s+|an\s+)?(?:\p{Ll}+\s+)?(?:hospital|hospitals|clinic|clinics|ward|wards|care|unit)\b"
)
_DOING = regex.compile(r"\s+\p{Ll}+ing\b")
_PLEADED = regex.compile(
    r"\s+(?:(?:one|two|three|\d+) (?:counts?|charges?)\b|(?:the )?charges?\b"
    r"|(?:fraud|theft|embezzlement|assault|manslaughter|murder|burglary|robbery|arson)\b)"
)
_PASSIVE_BEFORE = regex.compile(r"\b(?:been|being|was|were|is|are)\s+$")
# "..., Reuters reports, citing two people familiar with the plans.": the sources cited are not speakers
_CITING = regex.compile(r",\s(?:citing|quoting)\s[^,;“”\"]{1,120}[.!?]?\s*$")
_TRAILING = regex.compile(r",\s*([^,]{1,80})$")
_LEADING_CONJUNCTION = regex.compile(r"(?:but|and|yet|so|still|meanwhile|however),?\s+", regex.I)


_ONE_DESCRIBED = regex.compile(r"\s*(?:One|An?)\s+(?P<role>(?:[\p{Ll}-]+\s+){0,2}(?P<noun>[\p{Ll}-]+))\s*$")


def _described_then_named(text: str, start: int, subject_end: int, resolver: AgentResolver) -> Agent | None:
    """ "One health economist warns ...": the one person the article later names with those
    words ("said health economist Jane Roe")."""
    found = _ONE_DESCRIBED.fullmatch(text, start, subject_end)
    if found is None or found.group("noun").casefold() not in ROLE_NOUNS:
        return None
    role = " ".join(found.group("role").split())
    later = regex.compile(rf"\b{regex.escape(role)},? (?P<name>{NAME_RUN.pattern})")
    named = set()
    for match in later.finditer(text, subject_end):
        agent = resolver.at(match.start("name"), match.end("name"))
        if agent is not None and agent.how == NAMED:
            named.add(agent.name)
    if len(named) != 1:
        return None
    name = named.pop()
    return Agent(name, f"'{found.group().strip()}' -> {name}, named later with that description")


# "X had released a “charge sheet” against the government": a document X put out, which "claims".
_RELEASED_DOCUMENT = regex.compile(
    r"\s(?:released|published|issued|presented|unveiled|tabled|submitted|launched)\s(?:a|an|the|its|his|her|their)\s"
    r"[“\"]?(?:[\p{L}-]+\s){0,2}?(?P<noun>sheet|dossier|paper|manifesto|petition|memo|memorandum|"
    + "|".join(sorted(DOCUMENT_NOUNS))
    + r")\b[”\"]?"
)


def _author_of_document(text: str, start: int, which: int, resolver: AgentResolver) -> Agent | None:
    """ "X had released a “charge sheet” against the Y government, which claimed that ...": the
    document claims it, for the one who released it, not for the body it is against."""
    found = [*_RELEASED_DOCUMENT.finditer(text, start, which)][-1:]
    if not found:
        return None
    agent = resolver.before(start, found[0].start())
    if agent is None or agent.name is None:
        return None
    noun = found[0].group("noun")
    resolver.note_document(found[0].start(), agent.name, noun)
    return Agent(agent.name, f"'which' -> the {noun} {agent.name} released")


_PARTICIPLE_OPENING = regex.compile(r"\s*\p{Lu}\p{Ll}+ing\s")
_DETERMINED_ROLE = regex.compile(r"\s(?:the|a|an)\s(?:[\p{L}-]+\s){0,3}?[\p{L}-]+\s*$")


def _subject_after_long_opening(
    text: str, start: int, subject_end: int, resolver: AgentResolver
) -> Agent | None:
    """ "Speaking at a town hall meeting in the United States the Senior Minister said": an
    opening phrase with no comma after it, too long to be the subject, ends at "the <role>"."""
    if not _PARTICIPLE_OPENING.match(text, start, subject_end):
        return None
    role = _DETERMINED_ROLE.search(text, max(start, subject_end - 60), subject_end)
    if role is None or text[role.start() + 1 : subject_end].split()[-1].casefold() not in ROLE_NOUNS:
        return None
    agent = resolver.before(role.start() + 1, subject_end)
    return agent if agent is not None and agent.name else None


# "For Senator X, who ..., it should not be ...": a view framed as the named person's.
_OPINION_FRAME = regex.compile(
    r"For (?P<who>\p{Lu}[^,;“”\"]{1,60}),(?: (?:who|whose) [^;“”\"]{1,120}?,)?"
    r" (?:it|this|that|there) (?=\p{Ll})"
)
_PRONOUNS_OPENING = regex.compile(r"\s*(?:He|She)\b")
_IN_WHICH = regex.compile(r"\s(?:in|at|during) which (?P<pronoun>he|she|it|they)\s+$")


def _pronoun_in_which(text: str, start: int, subject_end: int, resolver: AgentResolver) -> Agent | None:
    """ "X held a press conference on Friday in which he announced ...", "The ministry issued a
    statement in which it said ...": the pronoun of the relative clause is the person or body
    named opening the sentence, who held the event or issued the document."""
    found = _IN_WHICH.search(text, max(start, subject_end - 20), subject_end)
    if found is None:
        return None
    holder = resolver.at(start, found.start())
    if (
        holder is not None
        and (holder.how == NAMED or _a_body(holder))
        and not _PRONOUNS_OPENING.match(text, start)
    ):
        return holder
    agent = resolver.at(found.start("pronoun"), subject_end)
    return agent if agent is not None and agent.name else None


_IN_ONES_VIEW = regex.compile(
    r"\s*(?:(?:But|And|Yet),? )?(?:In|To) (?P<pronoun>[Hh]is|[Hh]er) "
    r"(?:view|opinion|mind|estimation|reckoning),"
)


_CITED_DOCUMENT = regex.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?[^,.;“”\"]{0,60}?\b(?:report|reports|figures|data|statistics|records|study|survey|audit)"
    r"[.!?]?\s*$"
)


def _speaker_citing(text: str, start: int, according: int, resolver: AgentResolver) -> Agent | None:
    """The person named before "... that" whose claim "according to <a document>" closes: the
    document is what they cite, not the speaker."""
    verb = _VERB.search(text, start, according)
    if verb is None or not regex.match(r"\s+that\b", text[verb.end() : verb.end() + 6]):
        return None
    agent = resolver.before(start, verb.start())
    return agent if agent is not None and agent.how == NAMED else None


def _reported_speaker(text: str, start: int, end: int, resolver: AgentResolver) -> Agent | None:
    """`X confirmed that ...`, `..., X said.`, `..., according to X.`, `..., reports X.`,
    `it was claimed by X`, `Y cited X as saying ...`, `X defended ..., saying ...`."""
    according = _ACCORDING.search(text, start, end)
    if according and _CITED_DOCUMENT.match(text, according.end(), end):
        citing = _speaker_citing(text, start, according.start(), resolver)
        if citing is not None:  # "Roe responded that crime fell, according to the police's annual report"
            return citing
    if according:
        agent = resolver.at(according.end(), end)
        if agent:
            return agent
    view = _IN_ONES_VIEW.match(text, start, end)
    if view:  # "In his view, the province has lost 230 beds": his claim, as "he said" would be
        agent = resolver.possessor(view.start("pronoun"), view.group("pronoun"))
        return Agent(
            agent.name, agent.how.replace("pronoun", f"'in {view.group('pronoun')} view' -> pronoun", 1)
        )
    dateline = _DATELINE.match(text, start, end)
    start = dateline.end() if dateline else start  # "Bhopal [India], July 22 (ANI): X said": X
    frame = _OPINION_FRAME.match(text, start, end)
    if frame:  # "For Senator X, who chairs ..., it should not be a question ...": X's view
        agent = resolver.at(frame.start("who"), frame.end("who"))
        if agent and agent.how == NAMED:
            return agent
    fire = _UNDER_FIRE.search(text, start, end)
    if fire:  # "Y came under fire on Saturday from X for allegedly ...": X's accusation
        agent = resolver.at(fire.end(), end)
        if agent and agent.name:
            return agent
    passive = _PASSIVE.search(text, start, end)
    if passive:
        agent = resolver.at(passive.end(), end)
        clause = _AFTER_THE_AGENT.search(text, passive.end(), end)
        if (agent is None or not agent.name) and clause:  # "was said by inspectors to have been ...": theirs
            agent = resolver.at(passive.end(), clause.start())
            agent = agent or resolver.before(passive.end(), clause.start())
        if agent:
            return agent
    impersonal = _IMPERSONAL_PASSIVE.search(text, start, end)
    if impersonal:  # "It was found by auditors that ...": whoever stands before "that"
        agent = resolver.at(impersonal.end(), end)
        finders = _FINDERS.match(text, impersonal.end(), end)
        if agent is None and finders:
            agent = Agent(finders.group(1), ORGANISATION)
        if agent:
            return agent
    after = _AFTER_CLAIMING.search(text, start, end)
    if after and not _VERB.search(text, start, after.start()):
        agent = resolver.at(start, after.start())  # "The minister resigned after claiming that": hers
        if agent and agent.name:
            return agent
    quoted_as = _QUOTED_AS.search(text, start, end)
    if quoted_as:  # "The chairman, X, was quoted by the statement as saying": X
        agent = resolver.before(start, quoted_as.start())
        if agent:
            return agent
    relayed = _RELAYED.search(text, start, end)
    if relayed:
        agent = resolver.before(relayed.start("who"), relayed.end("who"))
        if agent:
            return agent
    closing = _closing_attribution(text, start, end, resolver)
    if closing is not None:
        return closing
    inverted = _source_set_apart(text, start, end, resolver)
    if inverted is not None:
        return inverted
    second_hand = _reports_claiming(text, start, end)
    if second_hand is not None:
        return second_hand
    plural_say = None  # "Critics say ...": theirs, unless the sentence ends ", reports X"
    for verb in _VERB.finditer(text, start, end):
        word = verb.group()
        follows = [w.rstrip(",;:") for w in text[verb.end() : verb.end() + 24].split()[:3]]
        # "Meezan Bank reported a 64% rise": a company reporting its results speaks; "reported"
        # after anyone else is too often a noun's verb ("responded to a report") to count
        results = word in ("reported", "reports") and "that" not in follows and not _a_ruling(text, verb, end)
        set_off = _CLAUSE_SET_OFF.match(text, verb.end(), end)  # "She explained, the target was ..."
        if (
            word not in _STRONG_VERBS
            and "that" not in follows
            and word != "say"
            and not results
            and not set_off
        ):
            if not _verb_reads_as_speech(text, start, verb, end):
                continue
        if _ATTENDED.match(text, verb.end(), end):
            continue  # "police responded to a report that ...": they went there; they said nothing
        if word == "forecast" and not _PERFECT_BEFORE.search(
            text, max(start, verb.start() - 12), verb.start()
        ):
            continue  # "the regulator's October forecast": a noun; "has forecast" is the verb
        if word in ("added", "adds") and _AMOUNT.match(text, verb.end(), end):
            continue  # "Saskatchewan added 14,300 jobs": an amount added, no words; a place never speaks so
        if _COUNT_BEFORE.search(text, max(start, verb.start() - 30), verb.start()) and _NOUN_AFTER.match(
            text, verb.end(), end
        ):
            continue  # "Forty-seven confirmed cases", "12 reported incidents": a count, described
        if word in ("declared", "declares") and _DECLARED_ACT.match(text, verb.end(), end):
            continue  # "The governor declared a state of emergency": an act, not a claim
        if word in ("admitted", "admits") and (
            _ADMITTED_TO_CARE.match(text, verb.end(), end) or _AMOUNT.match(text, verb.end(), end)
        ):
            continue  # "the people admitted to hospital", "has admitted 63 patients": taken in
        if word in _PLEA_VERBS and _PLEADED.match(text, verb.end(), end):
            continue  # "X admitted fraud", "denied two charges": a plea in court, not a claim
        if word in ("admitted", "admits") and _DOING.match(text, verb.end(), end):
            continue  # "X admitted embezzling ...": the plea ("denied knowing" is a claim)
        if _PASSIVE_BEFORE.search(text, max(start, verb.start() - 12), verb.start()):
            continue  # "The head of the FCA has been warned he risks ...": the subject was told
        subject_end = _before_adverbs(text, start, verb.start())
        spoken = HOW_SPOKEN.search(text, start, subject_end)
        if spoken and spoken.start() > start and text[spoken.start()] == ",":
            subject_end = spoken.start() + 2  # "X, the head of Y, in her report to the panel said"
        relative = _WHICH.search(text, max(start, subject_end - 12), subject_end)
        author = _author_of_document(text, start, relative.start(), resolver) if relative else None
        if author is not None:  # "X released a “charge sheet” against Y, which claimed": X
            return author
        if relative:  # "X heads the Growers Association, which says ...": the body the clause follows
            agent = resolver.before(start, relative.start())
            if agent and agent.name and _a_body(agent):
                return agent
        relative = _RELATIVE_AFTER_SUBJECT.fullmatch(text, start, subject_end)
        if relative:  # "The hospital group that runs the hospital said": the group
            agent = resolver.before(start, relative.end("subject"))
            if agent and agent.name:
                return agent
        described = _described_then_named(text, start, subject_end, resolver)
        if described is not None:  # "One health economist warns ..." and "said health economist X" later
            return described
        event = _pronoun_in_which(text, start, subject_end, resolver)
        if event is not None:  # "X held a press conference in which he announced": X
            return event
        floor = _clause_start(text, start, subject_end)
        aside, named_head = _subject_before_aside(text, start, subject_end, resolver)
        if aside is not None and named_head:  # "Jane Roe, ... signed by Y, said": Jane Roe, not Y
            agent = aside
        else:
            agent = resolver.before(floor, subject_end) if floor is not None else None
            if agent is None or agent.name is None:
                agent = (
                    aside
                    or _subject_of_coordination(text, start, subject_end, resolver)
                    or _named_before_appositive(text, start, subject_end, resolver)
                    or _name_after_its_description(text, start, subject_end, resolver)
                    or _subject_after_long_opening(text, start, subject_end, resolver)
                    or _role_after_subordinator(text, start, subject_end, resolver)
                    or agent
                )
        if agent is None:
            agent = _publisher_before(text, start, subject_end, resolver)
        if agent is None or (results and not _a_business(agent)):
            continue
        if agent and word == "say" and "that" not in follows:
            plural_say = plural_say or (agent if agent.how == ORGANISATION else None)
        elif agent:
            return agent
    citing = _CITING.search(text, start, end)
    trailing = _TRAILING.search(text, start, citing.start() if citing else end)
    if trailing:
        agent = _speaker_in_gap(text, trailing.start(), citing.start() if citing else end, resolver)
        if agent:
            return agent
    if plural_say:
        return plural_say
    participle = _PARTICIPLE.search(text, start, end)
    agent = _with_participle(text, start, participle, resolver) if participle else None
    if agent is not None:
        return agent
    wrote = participle and _WROTE_TO.search(text, start, participle.start())
    if wrote and text.startswith(" that", participle.end()):  # "The union has written to X warning that"
        agent = resolver.at(start, wrote.start())
        if agent and agent.name and (agent.how == NAMED or _a_body(agent)):
            return agent
    if participle and _SET_OFF.search(text, max(start, participle.start() - 3), participle.start()):
        described = _DESCRIPTION_THEN_NAME.match(text, start, participle.start())
        if described:  # "The executive director of the ministry, Jane Roe, rejected it, saying"
            named = resolver.at(described.start("name"), described.end("name"))
            if named and named.how == NAMED:
                return named
        agent = resolver.at(start, participle.start())  # "X defended the offer, saying ..."
        agent = _named_after_office(text, start, participle.start(), agent, resolver) or agent
        opening = _OPENING_CLAUSE.match(text, start, participle.start())
        if (agent is None or agent.name is None) and opening:  # "Last month, resident X addressed ..."
            agent = resolver.at(opening.end(), participle.start())
        if agent and (agent.how != ORGANISATION or _a_body(agent)):
            return agent
        described = _DESCRIPTION_THEN_NAME.match(text, start, participle.start())
        if described:  # "Opposition leader in the council, Shobha Naidu, disputed that, saying"
            named = resolver.at(described.start("name"), described.end("name"))
            if named and named.how == NAMED:
                return named
    return None


# "..., the ministry's spokeswoman Jane Roe said at a briefing on Friday.", "..., state
# authorities announced.": a clause closing the sentence with its subject and a speech verb.
# "The union has written to the minister warning that ...": a letter's sender says it.
_WROTE_TO = regex.compile(r"\s(?:(?:has|have|had) )?(?:wrote|written|writes|write|petitioned|appealed) to\b")
# A subject in lower case and a relative clause before the verb, no comma: "The hospital group
# that runs the hospital said", "The agency which manages the port has said".
_RELATIVE_AFTER_SUBJECT = regex.compile(
    r"(?P<subject>(?:The|the) (?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+) (?:that|which|who) [^,;:“”\"]{2,80}?\s*"
)
_CLOSING_CLAUSE = regex.compile(
    r",\s(?P<subject>[^,;:“”\"]{2,80}?)\s(?:" + "|".join(sorted(_STRONG_VERBS, key=len, reverse=True)) + r")"
    r"(?P<when>\s(?:on|at|in|during|after|before|to|late|early|this|last)\b[^,;“”\"]{0,60})?"
    r"(?:,\s(?:citing|quoting)\s[^,;“”\"]{1,120})?[.!?]?\s*$"  # "..., Reuters reports, citing two people"
)


# ", saying" or " - saying": the participle clause set off from the act it explains ("X has
# defended her travel - saying the trips pay off").
_SET_OFF = regex.compile(r"(?:,|\s[-–—])\s$")


# A reported clause set off by a comma straight after the verb, as "that" would open it: "She
# explained, the first target was ..." (not "added, in a letter,").
_CLAUSE_SET_OFF = regex.compile(r",\s(?:the|this|these|there|it|we|they|our|its|their)\s")


def _closing_attribution(text: str, start: int, end: int, resolver: AgentResolver) -> Agent | None:
    """The source named in a clause that closes the sentence: it holds the whole sentence,
    before any verb of the reported clause ("X declared a curfew, state authorities
    announced": the authorities, not X)."""
    found = _CLOSING_CLAUSE.search(text, start, end)
    if found is None or len(found.group("subject").split()) > MAX_SUBJECT_WORDS:
        return None
    if found.group("when") and regex.search(r"\bthat\b", found.group("when")):
        return None  # "..., police responded to a report that a man ...": a clause, not a time
    if _speaks_itself(text, start, found.start()):
        return None  # "Roe confirmed that the plant will close, the Herald said": Roe, relayed
    if not _subject_like(found.group("subject")):
        return None
    if _VERB.search(text, found.start("subject"), found.end("subject")):
        return None  # "Y, president of the union, confirmed what X said": X is in Y's object
    return _with_a_name(resolver.before(found.start("subject"), found.end("subject")))


_PLAIN_SPEECH = frozenset("said says told tells".split())


def _speaks_itself(text: str, start: int, end: int) -> bool:
    """A clause that reports speech of its own ("X said ...", "X confirmed that ..."), not an
    act ("X declared a curfew")."""
    for verb in _VERB.finditer(text, start, end):
        follows = text[verb.end() : verb.end() + 8].split()[:1]
        if verb.group() in _PLAIN_SPEECH or follows == ["that"]:
            return True
    return False


# "responding to media reports claiming that X had announced ...": the reports claim it.
_REPORTS_CLAIMING = regex.compile(
    r"\b(?P<who>(?:[\p{Ll}-]+ ){0,2}(?:reports|rumours|rumors|claims|posts|publications))"
    r"\s(?:claiming|saying|alleging|suggesting|stating)\b"
)


def _reports_claiming(text: str, start: int, end: int) -> Agent | None:
    """Second-hand: what reports claim is theirs, not that of the person they say spoke,
    unless the sentence's own subject says it first ("X said reports claiming ... were false")."""
    found = _REPORTS_CLAIMING.search(text, start, end)
    if found is None:
        return None
    # "X has denied reports claiming she ...": the verb may sit inside the match, before the noun
    for verb in _VERB.finditer(text, start, found.end("who")):
        if verb.group() in _STRONG_VERBS and not verb.group().startswith("respond"):
            return None
    words = found.group("who").split()
    while words[0] in STOPWORDS:  # "to media reports": "media reports"
        words.pop(0)
    return Agent(" ".join(words), ORGANISATION)


_DESCRIPTION_THEN_NAME = regex.compile(rf"\p{{Lu}}[^,.;“”]{{1,60}}, (?P<name>{NAME_RUN.pattern}), ")


# "Prime Minister and Leader of the X Party (XP), Jane Roe has defended": the offices, a comma,
# then the subject's name and her verb.
_OFFICES_THEN_SUBJECT = regex.compile(rf"\p{{Lu}}[^.;“”]{{1,100}}, (?P<name>{NAME_RUN.pattern}) (?=\p{{Ll}})")


def _named_after_office(text: str, start: int, end: int, agent: Agent | None, resolver) -> Agent | None:
    """The person named after a body's name in her offices, not the body ("Leader of the X
    Party (XP), Jane Roe has ..."): a party in a title does not speak."""
    if agent is None or agent.how != ORGANISATION:
        return None
    found = _OFFICES_THEN_SUBJECT.match(text, start, end)
    if found is None:
        return None
    named = resolver.at(found.start("name"), found.end("name"))
    return named if named is not None and named.how == NAMED else None


def _a_body(agent: Agent) -> bool:
    """An organisation by a word of its name ("the Water Services Board of Kenya"), not a
    capitalised word that merely opens the sentence ("Households in Nairobi")."""
    words = {word.casefold() for word in (agent.name or "").split()}
    return agent.is_organisation or bool(words & (ORG_WORDS | GROUP_NOUNS))


# "X, who has studied the river for two decades, said", "X, which represents the train
# companies, welcomed the plan and said", "X, in a statement signed by Y, said": the subject
# is before the aside; the aside's own names and subordinators do not count.
_ASIDE = regex.compile(r"(?P<head>[^,]{1,80}), (?P<aside>[^“”]{1,240}), (?:[^,“”]{1,60} and )?$")
_DESCRIBED_PERSON = regex.compile(rf"(?:[\p{{Ll}}\d-]+ ){{1,4}}(?P<name>{NAME_RUN.pattern})")
_DESCRIBED_AS_BODY = regex.compile(r"(?:the|a|an|its) (?:[\p{Ll}-]+ ){0,3}(?P<noun>\p{Ll}+)")
_LEADING_THE = regex.compile(r"^[Tt]he ")
_NOT_A_SUBJECT = frozenset(
    "in on at after before during for with by from since when while as if asked".split()
)


def _opening_phrase(head: str) -> bool:
    """ "In a statement", "responding to Wike": a phrase before the subject, not the subject."""
    first = head.split()[0]
    # "dated 28 November and seen by the Courier": a participle's phrase about what came before
    participle = first.islower() and (first.endswith(("ing", "ed", "en")) or first in _IRREGULAR_PARTICIPLES)
    return first.casefold() in _NOT_A_SUBJECT or participle


_OPENING_TIME = regex.compile(
    r"(?:(?:On|Last|This|Late|Early) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month"
    r"|year|night)|Yesterday|Today|Earlier|Later) (?=\p{Lu})"
)
_IRREGULAR_PARTICIPLES = frozenset("seen sent made shown told read written held put set won lost".split())


# "The cuts come after a report by the X Forum estimated that ...": the body that wrote it.
_DOCUMENT_BY = regex.compile(
    r"\b(?:a|an|the|its) (?:new |latest |recent |annual )?(?:"
    + "|".join(sorted(DOCUMENT_NOUNS))
    + r") (?:by|from) "
)


def _publisher_before(text: str, start: int, verb_start: int, resolver: AgentResolver) -> Agent | None:
    found = [*_DOCUMENT_BY.finditer(text, start, verb_start)][-1:]
    if not found:
        return None
    found = found[0]
    agent = resolver.at(found.end(), verb_start)
    return agent if agent and agent.name and (agent.how != NAMED or agent.is_organisation) else None


def _subject_before_aside(
    text: str, start: int, verb_start: int, resolver: AgentResolver
) -> tuple[Agent | None, bool]:
    """(the subject before the aside, whether that subject is a person's name as written)."""
    lead = _LEADING_CONJUNCTION.match(text, start, verb_start)
    floor = lead.end() if lead else start
    time = _OPENING_TIME.match(text, floor, verb_start)
    floor = time.end() if time else floor  # "On Friday Jane Roe, chair of X, said"
    aside = _ASIDE.fullmatch(text, floor, verb_start)
    for _ in range(MAX_OPENING_PHRASES):
        if not (aside and _opening_phrase(aside.group("head"))):
            break
        # "In a victim statement read to the court, the hospice's chief executive, Dr Claire
        # Bowen, said": past the opening phrase(s), the subject and its aside.
        floor = aside.end("head") + 2
        aside = _ASIDE.fullmatch(text, floor, verb_start)
    if not aside:
        return None, False
    head = aside.group("head")
    words = head.split()
    if len(words) > MAX_SUBJECT_WORDS or words[0].casefold() in _NOT_A_SUBJECT or not _subject_like(head):
        return None, False
    described = _DESCRIBED_AS_BODY.fullmatch(aside.group("aside"))
    name = _LEADING_THE.sub("", head)
    if described and described.group("noun") in BODY_NOUNS and NAME_RUN.fullmatch(name):
        # "NHS Highland Coast, the health board, said": a body's name as written, whatever it looks like
        return Agent(name, ORGANISATION, is_organisation=True), True
    agent = resolver.before(floor, aside.end("head"))
    pieces = split_name_run(head) if NAME_RUN.fullmatch(head) else []
    named_head = bool(agent and agent.how == NAMED and pieces and pieces[-1][1].is_person)
    body_named = _LEADING_THE.sub("", aside.group("aside"))
    if (
        agent is not None
        and agent.how == ORGANISATION
        and NAME_RUN.fullmatch(body_named)
        and body_named.split()[-1].casefold() in ORG_WORDS
    ):  # "The landowners' association, the Wamuk Upper Clans Association, said": its name
        return Agent(body_named, ORGANISATION, is_organisation=True), True
    if (agent is None or agent.how != NAMED) and NAME_RUN.fullmatch(aside.group("aside")):
        # "Northway's managing director, Alison Reeve, apologised and said": the name in the aside
        named = resolver.before(floor, aside.end("aside") + 1)
        agent = named if named and named.how == NAMED else agent
    elif agent is None or agent.how != NAMED:
        # "The Cardiff West MS, Delyth Roberts, who attended as an observer, warned": the
        # person the office is given, named first in the aside
        run = NAME_RUN.match(text, aside.start("aside"), aside.end("aside"))
        if not (run and text.startswith(", ", run.end())):
            # "One of them, 19-year-old nursing student Jerome Abucay, said": the name ending the aside
            run = _DESCRIBED_PERSON.fullmatch(text, aside.start("aside"), aside.end("aside"))
        pieces = (
            split_name_run(run.group("name") if "name" in run.re.groupindex else run.group()) if run else []
        )
        if pieces and pieces[-1][1].is_person:
            span = run.span("name") if "name" in run.re.groupindex else run.span()
            named = resolver.at(*span)
            agent = named if named and named.how == NAMED else agent
    return agent, named_head


# "..., Wanjiru Kamau, chairwoman of the Growers Forum, said", "... by Gareth Moyle, chief
# executive of Brackwater Creameries, who said", "by Hon. Yakubu Danladi (APC, Kano), who told":
# the person before the appositive.
_APPOSITIVE_SUBJECT = regex.compile(
    rf"(?<=^|\n|[.!?:]\s|, |\sby |\sfrom )(?P<name>{NAME_RUN.pattern})"
    r"(?: \([^()]{1,60}\))?(?:, [^,“”]{1,100})?, "
    r"(?:who )?"
    r"(?:(?:has|had|also) )?$"
)
MAX_APPOSITIVE_CHARS = 240


def _named_before_appositive(text: str, start: int, verb_start: int, resolver: AgentResolver) -> Agent | None:
    found = _APPOSITIVE_SUBJECT.search(text, max(start, verb_start - MAX_APPOSITIVE_CHARS), verb_start)
    if not found:
        return None
    pieces = split_name_run(found.group("name"))
    agent = resolver.at(found.start("name"), found.end("name"))
    if not pieces or not (pieces[-1][1].is_person or _shortened_name(agent, found.group("name"))):
        return None  # "... were rejected by Atieno, who said": a surname of someone named in full earlier
    return agent if agent and agent.how == NAMED else None


def _shortened_name(agent: Agent | None, written: str) -> bool:
    return bool(
        agent and agent.how == NAMED and agent.name and len(agent.name.split()) > len(written.split())
    )


# "..., the operator, StraitLink, said": the name the description is given. "A third witness,
# Kyuso resident Jane Roe, testified": the same opening a sentence, the name after its own
# description ("Kyuso resident").
_DESCRIBED_NAME = regex.compile(
    rf"(?:(?<=, )the|(?<=^|\n|[.!?]\s)(?:The|A|An|Another)) (?:[\p{{Ll}}-]+ ){{0,2}}[\p{{Ll}}-]+, "
    rf"(?P<name>(?:\p{{Lu}}[\p{{L}}-]* )?(?:\p{{Ll}}+ )?{NAME_RUN.pattern}), $"
)


def _name_after_its_description(
    text: str, start: int, verb_start: int, resolver: AgentResolver
) -> Agent | None:
    found = _DESCRIBED_NAME.search(text, max(start, verb_start - MAX_APPOSITIVE_CHARS), verb_start)
    if not found:
        return None
    if regex.search(r"\s\p{Ll}", found.group("name")):  # "Kyuso resident Jane Roe": a description first
        agent = resolver.before(found.start("name"), found.end("name"))
    else:
        agent = resolver.at(found.start("name"), found.end("name"))
    return agent if agent and agent.name else None


_COORDINATED = regex.compile(r"\s(?:and|but)\s+$")


def _subject_of_coordination(text: str, start: int, verb_start: int, resolver: AgentResolver) -> Agent | None:
    """ "The Nurses' Federation welcomed the money but said ...": the subject of the first verb."""
    if not _COORDINATED.search(text, start, verb_start):
        return None
    lead = _LEADING_CONJUNCTION.match(text, start, verb_start)
    subject = lead.end() if lead else start
    opening = _OPENING_PHRASE.match(text, subject, verb_start)  # "Speaking at the launch, X welcomed ..."
    agent = resolver.at(opening.end() if opening else subject, verb_start)
    return agent if agent and agent.name and agent.how in (NAMED, ORGANISATION) else None


_OPENING_PHRASE = regex.compile(
    r"(?:\p{Lu}\p{Ll}+ing|After|Before|During|At|In|On|Asked|Earlier|Later)\b[^,“”\"]{0,100}, "
)


def _clause_start(text: str, start: int, verb_start: int) -> int | None:
    """Where the subject of a speech verb may begin: the sentence start, or a comma when
    what lies between is a short subject ("..., Finance Minister X said"); None when the
    clause is something else ("40 percent more than Congress was told")."""
    floor = start
    lead = _LEADING_CONJUNCTION.match(text, start, verb_start)
    if lead:
        floor = lead.end()
    clause = text[floor:verb_start]
    if len(clause.split()) > MAX_SUBJECT_WORDS or not _subject_like(clause):
        comma = text.rfind(", ", floor, verb_start)
        while comma != -1 and len(text[comma:verb_start].split()) <= MAX_SUBJECT_WORDS:
            if _subject_like(text[comma + 2 : verb_start]):
                return comma + 2
            comma = text.rfind(", ", floor, comma)
        return None
    return floor if _subject_like(clause) else None


# "..., after the minister told exporters": the subject of a clause a subordinator opens.
_ROLE_AFTER_SUBORDINATOR = regex.compile(
    r"\b(?:"
    + "|".join(sorted(SUBORDINATORS))
    + r") (?P<role>the (?:[\p{Ll}-]+ ){0,2}(?:"
    + "|".join(sorted(ROLE_NOUNS))
    + r"))\s*$"
)


def _role_after_subordinator(text: str, start: int, end: int, resolver: AgentResolver) -> Agent | None:
    """ "In April, X was called reckless after the minister told exporters to wait": the role
    opening the subordinate clause speaks, as the person it stands for (X, the minister)."""
    found = _ROLE_AFTER_SUBORDINATOR.search(text, max(start, end - 60), end)
    if found is None:
        return None
    agent = resolver.at(found.start("role"), found.end("role"))
    return agent if agent is not None and agent.name and agent.how != ORGANISATION else None


def _subject_like(clause: str) -> bool:
    return not any(word.casefold().strip(",") in SUBORDINATORS for word in clause.split())


# -- Verbs and sources seen on the fifth real pages (issue #19) ---------------------------
# "informed the council on Monday that ...", "assured residents that ...": the hearer, then "that".
_TOLD_VERBS = frozenset("informed informs assured assures reminded reminds advised advises briefed".split())
_OBJECT_THEN_THAT = regex.compile(r"(?:\s+[\p{L}\d’'-]+){1,8}?\s+that\b")
# "has repeatedly suggested the port would ...": after "has" the word is a verb, not a noun.
_PERFECT_SPEECH = frozenset("suggested maintained predicted indicated stated noted hinted".split())
_PERFECT_WITH_ADVERB = regex.compile(r"\b(?:has|have|had)\s+(?:(?:also|long|\p{Ll}+ly)\s+)?$")


def _verb_reads_as_speech(text: str, start: int, verb, end: int) -> bool:
    """A weak speech verb that the words around it make a claim's verb: "informed the village
    council on Monday that", "has repeatedly suggested", "lauded the minister for"."""
    word = verb.group()
    if word in PRAISE_VERBS or _a_ruling(text, verb, end):
        return True
    if word in _TOLD_VERBS:
        return bool(_OBJECT_THEN_THAT.match(text, verb.end(), end))
    before = text[max(start, verb.start() - 30) : verb.start()]
    return word in _PERFECT_SPEECH and bool(_PERFECT_WITH_ADVERB.search(before))


# "He found the second statement admissible", "found him guilty": a court's finding is its claim;
# "The Sun reports they will ...": an outlet's report with its own clause after it.
_FINDING = regex.compile(
    r"(?:\s+[\p{L}\d’'-]+){1,6}?\s+(?:admissible|inadmissible|(?:not )?guilty|liable|unlawful|lawful"
    r"|unconstitutional|in contempt)\b"
)
_REPORTED_CLAUSE = regex.compile(r"\s+(?:they|it|he|she)\s+(?:will|would|had|have|has|are|were|was|is)\b")


def _a_ruling(text: str, verb, end: int) -> bool:
    word = verb.group()
    if word in ("found", "finds"):
        return bool(_FINDING.match(text, verb.end(), end))
    return word in ("reports", "reported") and bool(_REPORTED_CLAUSE.match(text, verb.end(), end))


# "Land grabbers, said Governor Ama Ruto , have stalled ...": the attribution set between
# commas inside the sentence (a page's stray space before the second comma kept).
_INVERTED_ASIDE = regex.compile(
    r"(?<=\p{L}),\s(?:said|says|added|noted|insisted|argued|warned)\s"
    r"(?P<who>the(?:\s[\p{Ll}-]+){1,4}|\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,5})\s?,\s\p{Ll}"
)


# "as the survey by the X Institute shows, 61% ...": the study's findings are its author's.
_DOCUMENT_SHOWS = regex.compile(
    r"\b[Aa]s (?:the|a|an|its) (?:[\p{Ll}-]+ ){0,2}(?:"
    + "|".join(sorted(DOCUMENT_NOUNS | {"poll", "polls", "census"}))
    + r")\s(?:(?:released|published|conducted|commissioned|carried out) )?(?:by|from) "
    r"(?P<who>(?:the )?\p{Lu}[\p{L}’'.-]*(?:\s(?:of|for|and|the|\p{Lu}[\p{L}’'.-]*))*)"
    r"(?:,?\s[^;“”\"]{0,60}?)?\s(?:shows|showed|show|found|finds|suggests|suggested|indicates|revealed|reveals),"
)


def _source_set_apart(text: str, start: int, end: int, resolver: AgentResolver) -> Agent | None:
    """The speaker of ", said Governor X ," inside the sentence, or the author of "as the
    survey by X shows," opening it."""
    for pattern in (_INVERTED_ASIDE, _DOCUMENT_SHOWS):
        found = pattern.search(text, start, end)
        if found is not None:
            return _with_a_name(resolver.at(found.start("who"), found.end("who")))
    return None


_OPENING_CLAUSE = regex.compile(r"(?:Last|This|Earlier|Later|On|In|At)\b[^,“”\"]{0,40}, ")  # "Last month, "


# "said the City's Mayoral Committee Member for Health, Councillor Nadia Pillay.": the office,
# a comma, then its holder's name closing the sentence.
_OFFICE_THEN_HOLDER = regex.compile(
    rf"\s*(?:the\s)?[^,;“”\"]{{3,100}}, (?P<name>{NAME_RUN.pattern})\s*(?:[.!?]|$)"
)


def _holder_after_office(text: str, start: int, end: int, agent: Agent | None, resolver) -> Agent | None:
    if agent is not None and agent.how == NAMED:
        return None
    found = _OFFICE_THEN_HOLDER.match(text, start, end)
    if found is None:
        return None
    named = resolver.at(found.start("name"), found.end("name"))
    return named if named is not None and named.how == NAMED else None
