"""Transcripts and speeches: pages whose own sentences are someone's words.

An interview transcript gives each turn a label ("JANE ROE:", "Q:", "A:"); the label names
the speaker of its paragraph and of the unlabelled paragraphs after it, and is not part of
any claim. A speech page opens with a framing line ("The following is the full text of
the speech Prime Minister X delivered ...", "Her remarks as prepared for delivery
follow."): the framing line is not a claim, and the page's unattributed sentences are the
speaker's. Both are recognised only near the top of the page (framing) or when at least
two paragraphs carry labels (turns), so a stray "NOTE:" does not make a transcript.
"""

import itertools
from dataclasses import dataclass

import regex

from claims.extraction.lexicon import TITLE_WORDS
from claims.extraction.names import NAME_RUN, canonical_name, split_name_run, surname_key

# "JANE ROE:", "Q:", "R:" (an initial), "MARY ROE, HOST:" (the role after a comma is dropped),
# "ANCHOR (JANE ROE):" (the role before the name in brackets is dropped).
_CAPS_NAME = r"\p{Lu}(?:[\p{Lu}’'.-]+(?: \p{Lu}[\p{Lu}’'.-]+){0,3})?"
# "[00:01:15] JANE ROE:": a podcast's time into the recording before the label, skipped with it.
_TIME_INTO = r"(?:\[\d{1,2}(?::\d{2}){1,2}\]\s*)?"
_LABEL = regex.compile(
    rf"{_TIME_INTO}(?:(?P<qa>Q|A)|\p{{Lu}}{{2,}}(?: \p{{Lu}}{{2,}}){{0,2}} \((?P<name>{_CAPS_NAME})\)"
    rf"|(?P<name>{_CAPS_NAME})|(?P<role>\p{{Lu}}{{2,}}(?: \p{{Lu}}{{2,}}){{0,2}}) \([^()\n]{{2,40}}\))"
    r"(?:,(?: \p{Lu}+\.?){1,5})?\s*:\s+(?=\S)"  # "ERIC ABETZ, OPP. WORKPLACE RELATIONS SPOKESMAN:"
)
_FRAMING = regex.compile(
    r"\b(?:full text of|(?:following|below) is (?:the|a|an) (?:full |edited |complete )?(?:text|transcript)"
    r"|(?:an edited |a |the )?transcript of|remarks,? as (?:prepared|delivered)|as prepared for delivery"
    r"|text of (?:the|her|his|their) (?:speech|address|remarks|statement)|(?:interview|transcript) has been"
    r" edited|edited for (?:length|clarity)"
    r"|(?:gave|delivered|made) (?:the following|these) (?:remarks|speech|address)"
    r"|check against delivery|may differ from (?:the )?delivered version)",
    regex.I,
)
# A heading that names a speech ("Remarks by X at Y", "The Minister's speech to the Z
# conference"): the page may be a speech whose standfirst names the speaker.
_SPEECH_HEADING = regex.compile(
    r"^(?:(?:the )?(?:full )?text of )?(?:the |a )?(?-i:\p{Lu}\p{Ll}+ )?"  # "Feature Address by"
    r"(?:remarks|speech|address|keynote|lecture|statement)\b"
    r"[^.?!]{0,120}?\bby\b|\b(?:speech|remarks|address|keynote|lecture) (?:to|at|before|on)\b",
    regex.I,
)
_FIRST_PERSON = regex.compile(r"\b(?:I|I’m|I’ve|we|We|our|Our|my|My|us)\b")
MIN_FIRST_PERSON_SHARE = 1 / 3  # of a speech page's paragraphs after the heading
# "Interviewer:", "Prime Minister:": counted only when each opens two paragraphs or more
# and two of them take turns, so that a lone "Update:" or "Note:" is no transcript.
_ROLE_WORD = r"\p{Lu}[\p{Ll}’'.]+(?:-\p{Lu}?[\p{Ll}’'.]+)*"  # "Interviewer", "Tshabalala-Msimang"
_ROLE_LABEL = regex.compile(rf"{_ROLE_WORD}(?: {_ROLE_WORD}){{0,2}}\s*:\s+(?=\S)")
FRAMING_WITHIN = 4  # paragraphs: a framing line sits at the top of the page
MIN_LABELLED_TURNS = 2


@dataclass(frozen=True)
class TurnLabel:
    label: str  # as written: "JONAH PIKE", "Q", "A"
    length: int  # characters of the label with its colon and space


# Field names of a record or a page, not people: "PRESENT: Supervisor ...", "MOTION: Roe /
# SECOND: Doe", "Moved: Cllr Roe", "RESOLVED: That ...", "UPDATE: ...". A line they open
# is a list, a motion or a note, never a turn, however many of them a page has.
_FIELD_LABELS = frozenset(
    """
    present absent apologies attendance attending
    motion moved mover second seconded seconder vote votes voting resolved resolution carried lost
    approved adopted decision outcome recommendation recommendations action actions item agenda
    minutes note notes update updates live breaking transcript correction source sources
    """.split()
    + ["also present", "members present", "in attendance", "editor’s note", "editor's note", "read more"]
)


def is_field_label(label: str) -> bool:
    return label.casefold() in _FIELD_LABELS


def turn_label(paragraph: str) -> TurnLabel | None:
    match = _LABEL.match(paragraph)
    if not match:
        return None
    name = match.group("name")
    if name and len(name) > 1 and not any(ch.isalpha() for ch in name[1:]):
        return None
    if name and is_field_label(name):
        return None
    return TurnLabel(match.group("qa") or match.group("name") or match.group("role"), match.end())


@dataclass(frozen=True)
class Turn:
    start: int  # where the label starts in the text
    label: TurnLabel
    carries_on: bool = True  # the unlabelled paragraphs after it are the speaker's too


def turns(text: str, paragraphs: list[tuple[int, int]], kept: list[int]) -> list[Turn]:
    """Every turn of a transcript page (two labelled paragraphs or more), in reading order:
    labels opening a paragraph, and the same labels after a sentence inside one, where
    pages glue turns together ("What is that about?  JANE ROE: Well, ...")."""
    found = [
        Turn(paragraphs[i][0], label) for i in kept if (label := turn_label(text[slice(*paragraphs[i])]))
    ]
    if len(found) >= MIN_LABELLED_TURNS:
        found += _initialled_turns(text, paragraphs, kept)  # "NOMVULA:" asks, "Mr S P Dlamini:" answers
    if len(found) < MIN_LABELLED_TURNS:
        found = _timestamped_turns(text, paragraphs, kept)
    if len(found) < MIN_LABELLED_TURNS:
        found = _role_turns(text, paragraphs, kept)
    if len(found) < MIN_LABELLED_TURNS:
        found = _record_turns(text, paragraphs, kept)
    if len(found) < MIN_LABELLED_TURNS:
        found = _titled_turns(text, paragraphs, kept)
    if len(found) < MIN_LABELLED_TURNS:
        found = _linked_record_turns(text, paragraphs, kept)
    if len(found) < MIN_LABELLED_TURNS:
        found = written_answers(text, paragraphs, kept)  # one answer is a turn of its own
    if not found:
        return []
    starts = {turn.start for turn in found}  # "The Minister of Works (Hon. Jane Roe):" answers "Mr. Doe:"
    found += [turn for turn in _record_labels(text, paragraphs, kept) if turn.start not in starts]
    found = _spelt_out(text, paragraphs, kept, found)
    found = _named_answers(text, paragraphs, kept, found)
    found = _introduced_initials(text, found)
    found = _introduced_surnames(text, found)
    names = "|".join(sorted({regex.escape(t.label.label) for t in found}, key=len, reverse=True))
    glued = regex.compile(rf"(?<=[.?!…”’]\s+)(?:{names})\s*:\s+(?=\S)")
    for index in kept:
        # past the paragraph's start: the look-behind sees the previous paragraph's full stop
        for match in glued.finditer(text, paragraphs[index][0] + 1, paragraphs[index][1]):
            label = match.group().split(":")[0].strip()
            found.append(Turn(match.start(), TurnLabel(label, match.end() - match.start())))
    return sorted(_framed_offices(text, found), key=lambda turn: turn.start)


def asking_turns(
    text: str, paragraphs: list[tuple[int, int]], kept: list[int], author: str | None
) -> list[tuple[int, int]]:
    """The (start, end) of each turn of the page's askers, whose turns end in a question at
    least half the time: reporters labelled by their outlet ("REPORTER (Evening Star):") or
    their trade alone ("JOURNALIST:") and the page's own writer interviewing someone. What
    they say ("Residents say nobody came.") puts a question to the guest; it claims nothing
    itself."""
    found = turns(text, paragraphs, kept)
    ends = {start: end for start, end in paragraphs}
    spans: dict[str, list[tuple[int, int]]] = {}
    askers = set()
    for turn in found:
        if turn.start in ends:  # a turn opening its paragraph
            spans.setdefault(turn.label.label, []).append((turn.start, ends[turn.start]))
            outlet = _LABEL.match(text, turn.start, ends[turn.start])
            label = turn.label.label
            if (outlet and outlet.group("role")) or (author and label == author) or _asks_by_trade(label):
                askers.add(label)
    asking = []
    for label in askers:
        asks = sum(text[start:end].rstrip().endswith("?") for start, end in spans[label])
        if len(spans) > 1 and asks * 2 >= len(spans[label]):
            asking += spans[label]
    return sorted(asking)


# "JOURNALIST:", "REPORTER:", "MEDIA:": a press conference's askers, labelled by trade, not name.
_ASKER_LABELS = frozenset("journalist journalists reporter reporters media question questioner".split())


def _asks_by_trade(label: str) -> bool:
    return label.casefold() in _ASKER_LABELS


def interviewer_turns(text: str, paragraphs: list[tuple[int, int]], kept: list[int]) -> list[tuple[int, int]]:
    """The (start, end) of each turn of the one asking the questions: "Q:" and a broadcast's
    presenter (`presenter`). What they say may be a claim ("Commissioner, knife crime rose by a
    quarter last year."), unless it is put to the guest (`put_to_guest`)."""
    found = turns(text, paragraphs, kept)
    if not found:
        return []
    asking = presenter(text, found) | {"Q"}
    ends = [turn.start for turn in found[1:]] + [len(text)]
    return [(turn.start, end) for turn, end in zip(found, ends, strict=True) if turn.label.label in asking]


def put_to_guest(sentence: str, before: str = "", after: str = "") -> bool:
    """An interviewer's sentence that relays someone's words to the guest rather than claiming
    anything: words about the guest ("Your office promised 300 homes.", "Critics say you cut
    the budget.", "Some of your own backbenchers want it scrapped."), words the guest is asked
    to confirm or deny (`after` the sentence: "Growers say it will cost 40,000 dollars. Is that
    right?"), or the audience's words ("A caller in Eastham says the buses never come.",
    "Residents have told us they've had no water for nine days.", "We have a message from Sipho.
    He says he's paying more than ever.", `before` the sentence in the turn). The interviewer's
    own statement ("Your staff have been on strike for a week.") and an authority's words with
    an open question ("The province says it will match the money. Does that change anything?")
    may be claims."""
    if _WRITTEN_QUESTION.match(sentence):  # "Ms Jane Roe asked the Minister for Health (a) ...": the question
        return True
    unquoted = _QUOTED.sub(" ", sentence)
    if _AUDIENCE_MESSAGE.search(unquoted) or _TOLD_THE_PROGRAMME.search(unquoted):
        return True
    if not _RELAYING_VERB.search(unquoted):
        return False
    if _SECOND_PERSON.search(unquoted) or _CONFIRM_OR_DENY.match(after):
        return True
    return bool(_PRONOUN_SUBJECT.match(unquoted) and _MESSAGE_FROM.search(before))


_SECOND_PERSON = regex.compile(r"\b(?:you|your|yours|you’re|you're|you’ve|you've)\b", regex.I)
_RELAYING_VERB = regex.compile(
    r"\b(?:says?|said|claims?|claimed|promised|promises|pledged|vowed|called|calls|accused|accuses|argues"
    r"|argued|insists|insisted|told|tells|wrote|writes|described|describes|wants?|demands?|warns?|warned)\b",
    regex.I,
)
# "a viewer in X writes that", "one listener texted to say", "a caller asks": the audience's words.
_AUDIENCE_MESSAGE = regex.compile(
    r"\b(?:a|an|one|another|our) (?:\w+ )?(?:viewer|listener|caller|reader|texter|member of the audience)s?\b"
    r"[^.?!]{0,40}?\b(?:writes|wrote|says|said|texts|texted|emails|emailed|asks|asked|tells us|told us)\b",
    regex.I,
)


# "Residents in the east have told us ...", "Parents have been emailing us", "Tenants tell us ...":
# people telling the programme.
_TOLD_THE_PROGRAMME = regex.compile(
    r"\b(?:residents|people|listeners|viewers|callers|readers|parents|families|neighbours|neighbors"
    r"|locals|commuters|patients|customers|farmers|drivers|tenants)\b[^.?!]{0,40}?"
    r"\b(?:(?:have|has)\s+(?:been\s+)?(?:told|telling|writing\s+to|emailing|texting|messaging|calling)|tell)\s+us\b",
    regex.I,
)
# "Is that right?", "Are they wrong?", "Do you accept that?": the guest asked to confirm or deny.
_CONFIRM_OR_DENY = regex.compile(
    r"\s*(?:(?:is|isn[’']t|are|aren[’']t)\s+(?:that|this|it|he|she|they)\s+(?:right|wrong|true|fair|correct|accurate)"
    r"|(?:do|can|would)\s+you\s+(?:accept|agree|dispute|deny|believe|recogni[sz]e))\b[^.?!]{0,30}\?",
    regex.I,
)
_PRONOUN_SUBJECT = regex.compile(r"(?:he|she|they)\s+(?:says|said|writes|wrote|tells|told)\b", regex.I)
# "We have a message from Sipho in Bedfordview.", "An email now from Joan:": the audience's word follows.
_MESSAGE_FROM = regex.compile(
    r"\b(?:message|email|e-mail|text|letter|note|call|voicemail)\s+(?:\w+\s+)?from\b", regex.I
)


def presenter(text: str, found: list[Turn]) -> frozenset[str]:
    """The labels of a broadcast's presenter: the first turn's, written in capitals, and a
    later label that is one of its words ("NDLOVU:" after "ANCHOR (SIPHO NDLOVU):"), when
    the presenter asks a question in one of their turns and someone else has turns too. A
    presenter reports what others say ("..., according to the regulator", "It told us ..."):
    such a sentence is theirs, not the presenter's. No labels when there is no presenter."""
    if not found or not found[0].label.label.isupper():
        return frozenset()
    words = found[0].label.label.split()
    short_forms = (words, words[-1:], words[:1])  # "MEI-LIN CHOW", "CHOW", "MEI-LIN"
    labels = frozenset(t.label.label for t in found if t.label.label.split() in short_forms)
    if all(turn.label.label in labels for turn in found):
        return frozenset()
    ends = [turn.start for turn in found[1:]] + [len(text)]
    asked = [
        "?" in text[turn.start : end]
        for turn, end in zip(found, ends, strict=True)
        if turn.label.label in labels
    ]
    return labels if any(asked) else frozenset()


def _initialled_turns(text: str, paragraphs: list[tuple[int, int]], kept: list[int]) -> list[Turn]:
    """Guests labelled by title, initials and surname on a page whose presenter has a label
    in capitals: their turns too, else the presenter's label would carry onto their answers."""
    found = []
    for index in kept:
        match = _INITIALLED_LABEL.match(text, *paragraphs[index])
        if match:
            found.append(Turn(match.start(), TurnLabel(match.group("name"), match.end() - match.start())))
    return found


def _initials(label: str) -> str:
    return "".join(part[:1] for part in regex.split(r"[\s-]+", label) if part).upper()


def _spelt_out(
    text: str, paragraphs: list[tuple[int, int]], kept: list[int], found: list[Turn]
) -> list[Turn]:
    """ "R:" and "T-M:" after "Robbie:" and "Tshabalala-Msimang:" opened the first turns: an
    initial stands for the one label on the page it abbreviates, which is itself a turn."""
    short = {t.label.label for t in found if len(regex.sub(r"\W", "", t.label.label)) <= 3}
    if not short:
        return found
    written = [Turn(*match) for match in _mixed_case_labels(text, paragraphs, kept)]
    spelt = {}
    for label in short:
        letters = regex.sub(r"\W", "", label).upper()
        matches = {t.label.label for t in written if _initials(t.label.label) == letters}
        if len(matches) == 1:
            spelt[label] = matches.pop()
    if not spelt:
        return found
    turns_found = [
        Turn(t.start, TurnLabel(spelt.get(t.label.label, t.label.label), t.label.length)) for t in found
    ]
    starts = {t.start for t in turns_found}
    extra = [t for t in written if t.label.label in spelt.values() and t.start not in starts]
    return sorted(turns_found + extra, key=lambda turn: turn.start)


def _named_answers(
    text: str, paragraphs: list[tuple[int, int]], kept: list[int], found: list[Turn]
) -> list[Turn]:
    """ "Jane Roe:" answering "V:" or "Q:": a person's full name written as a label at the
    start of two paragraphs or more is a turn too, else the asker's label would carry onto
    the answers."""
    starts = {t.start for t in found}
    written = [Turn(*match) for match in _mixed_case_labels(text, paragraphs, kept) if match[0] not in starts]
    counts: dict[str, int] = {}
    for turn in written:
        counts[turn.label.label] = counts.get(turn.label.label, 0) + 1
    named = {
        label
        for label, n in counts.items()
        if n >= MIN_LABELLED_TURNS and len(label.split()) >= 2 and first_person(label, 0, len(label)) == label
    }
    if not named:
        return found
    return sorted(found + [t for t in written if t.label.label in named], key=lambda turn: turn.start)


# "Jane Roe (JR) sat down with ...": the introduction gives the initials each turn is labelled with.
_INTRODUCED_AS = regex.compile(r"(?P<name>[^()\n]{2,60}?)\s+\((?P<initials>\p{Lu}{2,4})\)")


def _introduced_initials(text: str, found: list[Turn]) -> list[Turn]:
    """ "JR:" after the introduction wrote "Jane Roe (JR)": the turn is Jane Roe's."""
    if not found:
        return found
    named = {}
    for match in _INTRODUCED_AS.finditer(text, 0, found[0].start):
        words = match.group("name").split()
        for count in range(len(words), 1, -1):  # the name ends right before the brackets
            candidate = " ".join(words[-count:])
            person = first_person(candidate, 0, len(candidate))
            if person and candidate.endswith(person) and match.group("initials") in _initial_forms(person):
                named[match.group("initials")] = person
                break
    return [
        Turn(t.start, TurnLabel(named[t.label.label], t.label.length), t.carries_on)
        if t.label.label in named
        else t
        for t in found
    ]


def _introduced_surnames(text: str, found: list[Turn]) -> list[Turn]:
    """ "ROE:" after the introduction named "Jane Mary Roe" and no one else of that surname:
    the turn is hers, in full ("JANE MARY ROE"), whatever shorter form the body uses later
    ("Adviser Roe, ...")."""
    if not found:
        return found
    by_surname: dict[str, set[str]] = {}
    for person in _people_named(text, 0, found[0].start):
        by_surname.setdefault(surname_key(person), set()).add(person)
    renamed = []
    for turn in found:
        label = turn.label.label
        people = by_surname.get(surname_key(label), set()) if len(label.split()) == 1 else set()
        if len(people) == 1 and label.isupper():
            label = next(iter(people)).upper()
        renamed.append(Turn(turn.start, TurnLabel(label, turn.label.length), turn.carries_on))
    return renamed


def _framed_offices(text: str, found: list[Turn]) -> list[Turn]:
    """ "PREMIER:" and "MINISTER ROE:" under a framing line that names "Premier Jane Doe and
    Health Minister John Roe": each turn is the one person the lines above the first turn
    name for that office, or with that surname after the title; an office held by two people
    named there, or by none, keeps its label."""
    if not found:
        return found
    top = found[0].start
    people = _people_named(text, 0, top)
    renamed = []
    for turn in found:
        label = turn.label.label
        words = label.split()
        titles = list(itertools.takewhile(lambda w: w.casefold() in TITLE_WORDS, words))
        person = None
        if label.isupper() and titles == words:  # "PREMIER", "PRIME MINISTER"
            person = _office_holder(text, top, " ".join(titles))
        elif label.isupper() and titles and len(words) == len(titles) + 1:  # "MINISTER ROE"
            holders = {p for p in people if surname_key(p) == surname_key(words[-1])}
            person = holders.pop() if len(holders) == 1 else None
        if person:
            turn = Turn(turn.start, TurnLabel(person.upper(), turn.label.length), turn.carries_on)
        renamed.append(turn)
    return renamed


def _office_holder(text: str, end: int, office: str) -> str | None:
    """The one person text[:end] names right after the office ("Premier Jane Doe")."""
    holders = set()
    for match in regex.finditer(rf"\b{regex.escape(office)} (?=\p{{Lu}})", text[:end], regex.I):
        named = first_person(text, match.end(), min(end, match.end() + 60))
        if named and text.startswith(named.split()[0], match.end()):
            holders.add(named)
    return holders.pop() if len(holders) == 1 else None


def _people_named(text: str, start: int, end: int) -> list[str]:
    """Every person's name written in text[start:end] (titles stripped), in full."""
    return [
        canonical_name(parts.words)
        for run in NAME_RUN.finditer(text, start, end)
        for _, parts in split_name_run(run.group())
        if parts.is_person and len(parts.words) >= 2
    ]


def _initial_forms(name: str) -> set[str]:
    """ "Ann Khumalo-Dlamini" -> {"AKD", "AK"}: a double surname abbreviated whole or in part."""
    return {_initials(name), "".join(word[:1] for word in name.split()).upper()}


def _mixed_case_labels(text: str, paragraphs: list[tuple[int, int]], kept: list[int]):
    for index in kept:
        match = _ROLE_LABEL.match(text, *paragraphs[index])
        if match:
            yield match.start(), TurnLabel(match.group().split(":")[0].strip(), match.end() - match.start())


def _role_turns(text: str, paragraphs: list[tuple[int, int]], kept: list[int]) -> list[Turn]:
    found = []
    for index in kept:
        match = _ROLE_LABEL.match(text, *paragraphs[index])
        if match and not is_field_label(match.group().split(":")[0].strip()):
            found.append(
                Turn(
                    match.start(), TurnLabel(match.group().split(":")[0].strip(), match.end() - match.start())
                )
            )
    counts: dict[str, int] = {}
    for turn in found:
        counts[turn.label.label] = counts.get(turn.label.label, 0) + 1
    taking_turns = [label for label, n in counts.items() if n >= MIN_LABELLED_TURNS]
    if len(taking_turns) < 2:
        return []
    return [turn for turn in found if turn.label.label in taking_turns]


# A parliamentary record's turn: "Hon. Jane Roe (Northfield):", "The Deputy Speaker (Hon. John
# Doe):", "Mr Roe (Northfield):": the member's name, and a constituency or name in brackets.
_RECORD_LABEL = regex.compile(
    r"(?P<outside>(?:The )?\p{Lu}[\p{L}.’'-]*"
    r"(?: (?:\p{Lu}[\p{L}.’'-]*|\(\p{Lu}[\p{L}.]*\)|of|the|for|and|at|in)){0,8})"
    r" \((?P<inside>[^()\n]{2,60})\)\s*:\s+(?=\S)"
)


def _record_turns(text: str, paragraphs: list[tuple[int, int]], kept: list[int]) -> list[Turn]:
    found = _record_labels(text, paragraphs, kept)
    return found if len(found) >= MIN_LABELLED_TURNS else []


def _record_labels(text: str, paragraphs: list[tuple[int, int]], kept: list[int]) -> list[Turn]:
    """Turns of a parliamentary record, labelled with the member's name (outside the brackets)
    or the chair's (inside them); a label naming no person is no turn. A Hansard labels its
    members by title, initials and surname ("Ms T N MOKOENA:") and an office holder, once
    named in brackets, by the office alone ("The MINISTER OF ELECTRICITY:")."""
    found = []
    holders: dict[str, str] = {}  # "MINISTER OF ELECTRICITY" -> "S P Dlamini"
    for index in kept:
        match = _RECORD_LABEL.match(text, *paragraphs[index])
        if not match:
            member = _INITIALLED_LABEL.match(text, *paragraphs[index])
            office = _OFFICE_LABEL.match(text, *paragraphs[index])
            named = _NAMED_MEMBER_LABEL.match(text, *paragraphs[index])
            chair = _CHAIR_LABEL.match(text, *paragraphs[index])
            if chair:  # "Mr Speaker: Ms Priya Raman." calls the next member; the chair claims nothing
                label = TurnLabel(f"The {chair.group('office')}", chair.end() - chair.start())
                found.append(Turn(chair.start(), label, carries_on=False))
            elif named and (person := first_person(text, named.start(), named.end("name"))):
                found.append(Turn(named.start(), TurnLabel(person, named.end() - named.start())))
            elif member:
                found.append(
                    Turn(member.start(), TurnLabel(member.group("name"), member.end() - member.start()))
                )
            elif office:  # an office never named in brackets speaks as no one ("The DEPUTY SPEAKER:")
                holder = holders.get(office.group("office"))
                label = TurnLabel(holder or f"The {office.group('office')}", office.end() - office.start())
                # the chair's lines are followed by the clerk's ("The House adjourned at 17:42.")
                found.append(Turn(office.start(), label, carries_on=holder is not None))
            continue
        person = _member(match.group("outside")) or _member(match.group("inside"))
        if person is None and len(match.group("outside").split()) >= 2:
            words = match.group("outside").split()
            person = words[-1] if words[-2].rstrip(".") in _SURNAME_TITLES else None  # "Mr Roe"
        if person:
            found.append(Turn(match.start(), TurnLabel(person, match.end() - match.start())))
            office = _OFFICE_LABEL.match(match.group("outside") + ": x")
            if office:
                holders[office.group("office")] = person
    return found


def _member(label: str) -> str | None:
    """The person a record's label names, also when written in capitals ("HON. JANE ROE-DOE"),
    never the seat ("The Member for Ninth District (Mr Roe)": Roe; "(Ninth District)": no one)."""
    label = _SEAT.sub("", label)
    if label.isupper():
        label = " ".join(w if w.casefold() in _LABEL_FUNCTION_WORDS else w.title() for w in label.split())
    return first_person(label, 0, len(label))


# "Member for Ninth District", "Ninth District", "North Ward": a constituency, not a person.
_SEAT = regex.compile(
    r"\b(?:(?:the )?member (?:of parliament )?for (?:the )?(?:\p{Lu}[\p{L}’'-]* ?)+"
    r"|(?:\p{Lu}[\p{L}’'-]* )+(?:District|Constituency|Division|Ward|Riding|Electorate))",
    regex.I,
)
_LABEL_FUNCTION_WORDS = frozenset("of for and the at in on to".split())


# "Ms T N MOKOENA:", "Mr K VAN ROOYEN:", "Mr S P Dlamini:": a title, initials and a surname.
_INITIALLED_LABEL = regex.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Adv|Rev|Hon)\.? "
    r"(?P<name>(?:\p{Lu}\.? ){1,3}\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){0,2})\s*:\s+(?=\S)"
)
# "Mr Darren Goh Kian Huat:", "Deputy Jane Roe:" after the member was named with a
# constituency or an office.
_NAMED_MEMBER_LABEL = regex.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Hon|Madam|Deputy|Senator)\.? "
    r"(?P<name>\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,4})\s*:\s+(?=\S)"
)
# The chair: "Mr Speaker:", "Madam Chair:", "The Presiding Officer:", the Dail's "An Ceann Comhairle:".
_CHAIR_LABEL = regex.compile(
    r"(?:(?:Mr|Madam|Madame) (?P<office>(?:Deputy )?Speaker|Chair(?:man|woman|person)?|President)"
    r"|(?:The|An) (?P<office>(?:Deputy )?(?:Speaker|Chair(?:man|woman|person)?|Presiding Officer"
    r"|Cathaoirleach)"
    r"|(?:Leas-)?Ch?eann Comhairle))\s*:\s+(?=\S)"
)
# "The MINISTER OF ELECTRICITY:": an office in capitals.
_OFFICE_LABEL = regex.compile(r"The (?P<office>\p{Lu}{2,}(?: (?:OF|FOR|AND|\p{Lu}{2,}))*)\s*:\s+(?=\S)")


_SURNAME_TITLES = frozenset("Mr Mrs Ms Miss Dr Hon Prof Sen Rep".split())
# A council or committee record's turn: "Councillor Walsh:", "Cr Walsh:", "Ms Walsh:": a title
# and a surname, which the members-present list (or an earlier line) gives in full.
_TITLED_LABEL = regex.compile(
    r"(?:Councillor|Councilor|Cllr|Coun|Cr|Alderman|Alderwoman|Mayor|Deputy Mayor|Mr|Mrs|Ms|Miss|Dr|Prof"
    r"|Senator|Sen|Deputy|Hon|Rep)\.? (?P<surname>\p{Lu}[\p{L}’'-]+)\s*:\s+(?=\S)"
)


def _titled_turns(text: str, paragraphs: list[tuple[int, int]], kept: list[int]) -> list[Turn]:
    """Turns labelled with a title and a surname; each speaker may speak only once. A turn is
    its paragraph: the unlabelled lines between turns (votes, resolutions) are the clerk's."""
    found = []
    for index in kept:
        match = _TITLED_LABEL.match(text, *paragraphs[index])
        if match:
            label = TurnLabel(match.group("surname"), match.end() - match.start())
            found.append(Turn(match.start(), label, carries_on=False))  # the clerk writes the rest
    return found if len(found) >= MIN_LABELLED_TURNS else []


# A parliament's written answers: "Ms Jane Roe asked the Minister for Health (a) what ..."
# then "Mr John Doe: The scheme ...": the minister's name, in full, labels the answer.
_PERSON_TITLES = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Assoc Prof|Hon)\.?"
_WRITTEN_QUESTION = regex.compile(
    rf"{_PERSON_TITLES} \p{{Lu}}[\p{{L}}’'-]+(?: \p{{Lu}}[\p{{L}}’'-]+){{0,4}}"
    r" asked the (?:\p{Lu}[\p{L}-]* )*Minister\b"
)
_ANSWER_LABEL = regex.compile(
    rf"{_PERSON_TITLES} (?P<name>\p{{Lu}}[\p{{L}}’'-]+(?: \p{{Lu}}[\p{{L}}’'-]+){{1,4}})\s*:\s+(?=\S)"
)


def written_answers(text: str, paragraphs: list[tuple[int, int]], kept: list[int]) -> list[Turn]:
    """Answers to parliamentary questions, each labelled by the answering member under the
    question it answers: one such answer is enough to read the page as turns. The question
    is the asker's turn, which claims nothing and ends the answer before it."""
    found = []
    for n, previous in enumerate(kept):
        question = _WRITTEN_QUESTION.match(text, *paragraphs[previous])
        answer = n + 1 < len(kept) and _ANSWER_LABEL.match(text, *paragraphs[kept[n + 1]])
        if question:
            found.append(Turn(paragraphs[previous][0], TurnLabel("Q", 0), carries_on=False))
        if question and answer:
            label = TurnLabel(answer.group("name"), answer.end() - answer.start())
            found.append(Turn(answer.start(), label))
    return found if any(turn.label.length for turn in found) else []


# "Present: Councillor Ruth Okonjo (Chair), Councillors Martin Dyson and ...", "Members present:".
_ATTENDANCE = regex.compile(
    r"^(?:members |also )?(?:present|in attendance|attending)\s*:[^\n]+", regex.I | regex.M
)


def attendance(text: str) -> list[str]:
    """The full names a record's attendance lines give, titles stripped."""
    names = []
    for line in _ATTENDANCE.finditer(text):
        for run in NAME_RUN.finditer(line.group()):
            names += [
                canonical_name(parts.words) for _, parts in split_name_run(run.group()) if parts.is_person
            ]
    return names


def framing_paragraph(text: str, paragraphs: list[tuple[int, int]], kept: list[int]) -> int | None:
    """The index of the framing line of a speech or transcript page, if it has one: a line
    that says so ("the full text of ..."), or, under a heading that names a speech, the
    heading itself when kept, else the first line naming a person in the third person (the
    standfirst "Minister X sets out plans ..."), when the page then speaks as "I" or "we"."""
    for index in kept[:FRAMING_WITHIN]:
        if _FRAMING.search(text, *paragraphs[index]):
            return index
    top = kept[0] + FRAMING_WITHIN if kept else 0
    heading = next(
        (i for i in range(min(top, len(paragraphs))) if _is_speech_heading(text, *paragraphs[i])), None
    )
    if heading is None or not _speaks_in_first_person(text, paragraphs, [i for i in kept if i > heading]):
        return None
    if first_person(text, *paragraphs[heading]):  # "Remarks by Mayor X at Y"
        return heading
    for index in [i for i in kept if i >= heading][:FRAMING_WITHIN]:
        if not _FIRST_PERSON.search(text, *paragraphs[index]) and first_person(text, *paragraphs[index]):
            return index
    return None


def speaker_of_framing(
    text: str, paragraphs: list[tuple[int, int]], kept: list[int], framing: int
) -> tuple[int, str | None]:
    """(the line naming the speaker, the speaker) of a speech page: the framing line's person;
    when it names no one ("Check against delivery."), the first person named in the lines
    above it (the standfirst "Minister X set out ..."), which frames the page too."""
    headings = [i for i in range(framing) if _is_speech_heading(text, *paragraphs[i])]
    for index in [framing] + headings + [i for i in kept if i < framing]:
        start, end = paragraphs[index]
        by = _SPOKEN_BY.search(text, start, end) if index in headings else None
        named = first_person(text, by.end() if by else start, end)
        if named:
            return index, named
    return framing, None


# "Feature Address by the Mayor of X, ...": in a speech heading the speaker comes after "by".
_SPOKEN_BY = regex.compile(r"\bby\b")


def framing_lines(text: str, paragraphs: list[tuple[int, int]], kept: list[int]) -> set[int]:
    """The framing line and the line naming the speaker: neither is a claim."""
    framing = framing_paragraph(text, paragraphs, kept)
    if framing is None:
        return set()
    return {framing, speaker_of_framing(text, paragraphs, kept, framing)[0]}


def _is_speech_heading(text: str, start: int, end: int) -> bool:
    line = text[start:end].rstrip()
    return not line.endswith((".", "?", "!")) and bool(_SPEECH_HEADING.search(line))


def _speaks_in_first_person(text: str, paragraphs: list[tuple[int, int]], indexes: list[int]) -> bool:
    speaking = sum(bool(_FIRST_PERSON.search(text, *paragraphs[i])) for i in indexes)
    return bool(indexes) and speaking >= len(indexes) * MIN_FIRST_PERSON_SHARE


# "Interview by Jane Roe", "Interviewed by ...", "By Jane Roe": the line names who asks.
_BYLINE = regex.compile(r"\s*(?:(?:an )?interview(?:ed)?(?: and \w+)? )?by\s+(?=\p{Lu})", regex.I)


def interview_people(text: str, end: int) -> tuple[str | None, str | None]:
    """(interviewer, interviewee) of a Q/A page from its top, text[:end]: a byline line
    names the interviewer; the first person named in the introduction, the line nearest the
    first turn that names anyone, is the interviewee. A name inside quotation marks is
    someone's words (a headline quoting the answer "... before the Purple Line opens"),
    and a headline above the introduction names no one better than it does."""
    interviewer, named, asker = None, [], None
    for line_match in regex.finditer(r"[^\n]+", text[:end]):
        line = line_match.group()
        byline = _BYLINE.match(line)
        if byline and len(line) < MAX_BYLINE_CHARS:
            interviewer = interviewer or first_person(line, byline.end(), len(line))
        else:
            unquoted = _QUOTED.sub(lambda quote: " " * len(quote.group()), line)
            guest = _guest_spoken_to(unquoted)
            named.append(guest[1] if guest else first_person(unquoted, 0, len(unquoted)))
            asker = asker or (guest and guest[0])
            spoke_to = _SPOKE_TO_REPORTER.search(line)
            asker = asker or (spoke_to and first_person(line, spoke_to.end(), len(line)))
    return interviewer or asker, next((name for name in reversed(named) if name), None)


def _guest_spoken_to(line: str) -> tuple[str | None, str] | None:
    """ "The presenter, Jane Roe, spoke to John Doe, chief executive of ...": (the presenter,
    the guest), when the line calls the one who spoke a presenter or host."""
    spoke_to = _SPOKE_TO_GUEST.search(line)
    host = spoke_to and _HOST_ROLE.search(line, 0, spoke_to.start())
    if not host:  # "He spoke to Jane Roe about ...": she asked
        return None
    guest = first_person(line, spoke_to.end(), len(line))
    if not guest or not line.startswith(guest.split()[0], spoke_to.end()):
        return None
    return first_person(line, host.end(), spoke_to.start()), guest


# "X spoke to Jane Roe", "... talked with Jane Roe", "... interviewed Jane Roe": the guest's name follows.
_SPOKE_TO_GUEST = regex.compile(
    r"\b(?:(?:spoke|speaks|talked|talks|sat down)\s+(?:to|with)|interviewed|interviews)\s+(?=\p{Lu})"
)
_HOST_ROLE = regex.compile(r"\b(?:presenter|host|interviewer|anchor|reporter|correspondent)\b,?\s+", regex.I)


# "She spoke to the Ledger's city hall reporter, Owen Briggs, on Thursday": who asks, when no
# byline names them.
_SPOKE_TO_REPORTER = regex.compile(
    r"\b(?:spoke|talked)\s+(?:to|with)\b[^.\n]{0,80}?"
    r"\b(?:reporter|correspondent|editor|journalist|writer|host|presenter)\b,?\s+(?=\p{Lu})"
)


_QUOTED = regex.compile(r"[‘“].*?[’”](?!\p{L})")


MAX_BYLINE_CHARS = 80


def label_name(label: str) -> str:
    """ "ROSALIND MBEKI-HART" -> "Rosalind Mbeki-Hart"."""
    return canonical_name([word.title() for word in label.split()])


def role_holder(text: str, end: int, role: str) -> str | None:
    """Who holds the office a "THE PRESIDENT:" label names, as the lines before the first
    turn say ("Remarks by President Jane Roe at ..." -> "Jane Roe"), if they name them."""
    office = role.removeprefix("The ").removeprefix("the ")
    for match in regex.finditer(rf"\b{regex.escape(office)} (?=\p{{Lu}})", text[:end], regex.I):
        named = first_person(text, match.end(), min(end, match.end() + 60))
        if named and text.startswith(named.split()[0], match.end()):
            return named
    return None


def first_person(text: str, start: int, end: int) -> str | None:
    """The first person's name written in text[start:end] (titles stripped), if any; a
    portfolio is no one ("the Minister for Skills and Regional Development, Hon X": X)."""
    for match in NAME_RUN.finditer(text, start, end):
        if _PORTFOLIO_BEFORE.search(text, max(start, match.start() - MAX_PORTFOLIO_CHARS), match.start()):
            continue
        for _, parts in split_name_run(match.group()):
            if parts.is_person:
                return canonical_name(parts.words)
    return None


# The capitalised words after "Minister for", "Secretary of State for", "Department of" up to
# the name run: "Skills and Regional Development" is an office's portfolio, not a person.
_PORTFOLIO_BEFORE = regex.compile(
    r"\b(?:Minister|Ministry|Secretary|Department|Commissioner|Spokesperson|Shadow|Mayor|Governor)"
    r"(?: of State)?"
    r" (?:for|of) (?:the )?(?:\p{Lu}[\p{L}’'-]* (?:(?:and|of|for|the|&) )?)*$"
)
MAX_PORTFOLIO_CHARS = 120


# "District Attorney Jane Roe: (00:25)" alone on its line, the turn on the next: a transcription
# service's label, with the time into the recording.
_TIMESTAMPED_LABEL = regex.compile(
    r"(?P<label>\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){0,6})\s*:\s*\(\d{1,2}:\d{2}(?::\d{2})?\)\s*$"
)


def _timestamped_turns(text: str, paragraphs: list[tuple[int, int]], kept: list[int]) -> list[Turn]:
    """Turns labelled "NAME: (01:13)" on a line of their own; the label line is the label whole."""
    found = []
    for index in kept:
        start, end = paragraphs[index]
        match = _TIMESTAMPED_LABEL.match(text, start, end)
        if match and not is_field_label(match.group("label")):
            found.append(Turn(start, TurnLabel(match.group("label"), end - start)))
    return found if len(found) >= MIN_LABELLED_TURNS else []


# -- A record page's labels on their own lines (the eighth real pages, issue #19) ----------
_LINK_LINE = regex.compile(r"link to this\s*:", regex.I)
_BRACKETED_LABEL = regex.compile(
    r"(?P<outside>\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){1,4}) \([^()\n]{2,60}\)\s*"
)


def _linked_record_turns(text: str, paragraphs: list[tuple[int, int]], kept: list[int]) -> list[Turn]:
    """A record page's labels alone on a line, "Jane Roe (Northville, Labour)", each over a
    "Link to this: Individually | In context" line: the member speaks in the paragraphs below."""
    found = []
    for index in kept:
        if index + 1 >= len(paragraphs) or not _LINK_LINE.match(text, *paragraphs[index + 1]):
            continue
        match = _BRACKETED_LABEL.fullmatch(text, *paragraphs[index])
        person = match and _member(match.group("outside"))
        if person:
            found.append(Turn(match.start(), TurnLabel(person, match.end() - match.start())))
    return found if len(found) >= MIN_LABELLED_TURNS else []
