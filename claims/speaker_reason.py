"""Extraction's reason for a claim's speaker, worded as a sentence for the reviewer.

Extraction stores its reasons as short traces ("pronoun -> nearest preceding female
person", "turn label 'A:' -> the interviewee named in the introduction"), and they stay
stored as they are: the API, the queue decision and the evaluation read them. Only the
claim page words them. A trace not known here still reads as a sentence by its shape:
"X -> Y" says X refers to Y, "none: ..." says why no speaker was found.
"""

from __future__ import annotations

import re

_GENDER = {"female person": "woman", "male person": "man", "person": "person"}
_PERSON = r"(female person|male person|person)"
# A quoted word or phrase in a trace ('the minister', 'TANVIR:'), not an apostrophe inside a word.
_QUOTED = re.compile(r"(?<![\w’])'(.+?)'(?=[\s,.:;)]|$)")


def _quotes(text: str) -> str:
    return _QUOTED.sub(r"“\1”", text)


def _pronoun(target: str) -> str:
    """What 'pronoun -> TARGET' says, as a clause: "the pronoun refers to ..."."""
    if match := re.fullmatch(rf"nearest preceding {_PERSON} \(not a subject\)", target):
        return (
            f"the pronoun refers to the nearest {_GENDER[match[1]]} named before it, "
            "though not as the subject of a sentence"
        )
    if match := re.fullmatch(rf"nearest preceding {_PERSON} who spoke \((.+) was only named\)", target):
        return (
            f"the pronoun refers to the nearest {_GENDER[match[1]]} before it who spoke "
            f"({match[2]}, named in between, did not speak)"
        )
    if match := re.fullmatch(rf"nearest preceding {_PERSON}", target):
        return f"the pronoun refers to the nearest {_GENDER[match[1]]} named before it"
    if match := re.fullmatch(rf"the one {_PERSON} (.+)", target):
        return f"the pronoun refers to the one {_GENDER[match[1]]} {match[2]}"
    return f"the pronoun refers to {_quotes(target)}"


# (trace, clause): the clause's {0}, {1}... are the trace's groups, quotes made typographic.
_RULES = [
    (r"set by (.+)", "set by hand by {0}"),
    # "none: ..." says why no speaker was found; the page already says "not identified".
    (r"none: ambiguous pronoun \((.+)\)", "the pronoun could mean more than one person ({0})"),
    (
        r"none: 'it' with no organisation speaking just before",
        "“it” has no organisation speaking just before it to refer to",
    ),
    (r"organisation or group named (.+)", "the speaker, an organisation or group, is named {0}"),
    (r"named (.+)", "the speaker is named {0}"),
    (r"described, not named", "the speaker is described in the article but not named"),
    (r"a role; (.+)", "the speaker is given only by a role; {0}"),
    (r"the one (.+)", "the speaker is the one {0}"),
    (r"continues (.+)", "the claim continues {0}, so it has the same speaker"),
    (r"speech: (.+)", "the page is a speech: {0}"),
    (
        r"issuing body of the page, in its own voice",
        "the speaker is the body that issued the page, speaking in its own voice",
    ),
    (r"turn label", "a transcript’s turn label (“NAME:”) before it names the speaker"),
    (r"(turn|bullet) label '?(.+?:)'? -> (.+)", "the {0} label “{1}” refers to {2}"),
    (r"turn label '?(.+?:)'? \((.+)\)", "the turn label “{0}” gives no name ({1})"),
    (r"turn label '?(.+?:)'? (.+)", "the turn label “{0}” {1}"),
    (r"list item: (.+)", "the claim is an item of a list: {0}"),
]
_COMPILED = [(re.compile(pattern), clause) for pattern, clause in _RULES]


def _clause(trace: str) -> str:
    """One trace as a clause (no capital, no full stop)."""
    trace = trace.strip()
    for pattern, clause in _COMPILED:
        if match := pattern.fullmatch(trace):
            return clause.format(*(_quotes(group or "") for group in match.groups()))
    if match := re.fullmatch(r"none: (.+)", trace):
        return _clause(match[1])
    if match := re.fullmatch(r"pronoun -> (.+)", trace):
        return _pronoun(match[1])
    if match := re.fullmatch(r"bullet under (the heading )?'(.+?)'(?:: (.+))?", trace):
        lead_in = match[2] if not match[2][:1].islower() else f"…{match[2]}"  # cut at its start
        clause = f"the claim is a bullet under {match[1] or ''}“{lead_in}”, which gives its speaker"
        return f"{clause}: {_clause(match[3])}" if match[3] else clause
    if match := re.fullmatch(r"(.+?) -> (.+)", trace):
        target = re.sub(r"\((pronoun -> [^()]+)\)", lambda m: f"({_clause(m[1])})", match[2])
        return f"{_quotes(match[1])} refers to {_quotes(target)}"
    return _quotes(trace)


def as_sentence(reason: str) -> str:
    """The stored reason as a sentence: capital first, full stop last."""
    clause = _clause(reason)
    if not clause:
        return ""
    sentence = clause[0].upper() + clause[1:] if clause[0].islower() else clause
    return sentence if sentence.endswith((".", "?", "!")) else f"{sentence}."
