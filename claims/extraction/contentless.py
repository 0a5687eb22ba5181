"""Sentences with nothing to check: kept as claims, never queued.

"Rep. Tobias Whitlock disagreed." or "The union faulted the figures." tells a reviewer that
someone disputes something; the checkable part is in the sentences around it. Likewise a
lead-in ("In a letter, the manager wrote:") carries the quote's speaker, not a fact, and
the reporting's own procedure: "did not respond to a request for comment", "could not be
independently verified", "has not said", "is expected to meet next month", "no date has
been set", "residents have been advised to ...", "declined to say which", and where or
when something was said ("disclosed this in Abuja on Thursday"); a plan for later ("in the
coming months"); an interviewer's premise put to the guest ("Ms Grant, you promised free
buses."). A figure other than a date keeps a sentence in play.

Nor is there anything to look up in a sentence with no figure, no comparison and no name
after its first word, unless it is a named speaker's quote or reported claim: scene-setting
("The hearing room was packed.") and opinion in general terms ("Confidence is not a plan.").
"""

import regex

_OBJECT = (
    r"(?:the|this|that|these|those|his|her|their|its)\s+(?:\p{Ll}+\s+)?"
    r"(?:claims?|figures?|charges?|account|idea|report|findings?|allegations?|criticism|plan|proposal|suggestion)"
)
_BARE_REACTION = regex.compile(
    rf"^(?:(?:but|however|and|yet),?\s+)?[^,;:]{{0,80}}?\b(?:"
    r"disagreed|disagrees|objected|demurred|was\s+unmoved|were\s+unmoved"
    rf"|(?:rejected|rejects|faulted|faults|disputed|disputes|denied|denies|dismissed|dismisses|questioned|"
    rf"challenged|welcomed|welcomes|criticised|criticized|condemned)\s+(?:{_OBJECT}|it|this|that|them)"
    r")\s*[.!]?[”’\"']?$",
    regex.I | regex.V1,
)

_PROCEDURE = regex.compile(
    r"\b(?:"
    r"(?:did\s+not|does\s+not|has\s+not|have\s+not)\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+"
    r"(?:a\s+|our\s+|repeated\s+)?requests?\s+for\s+comment"
    r"|declined\s+to\s+comment|(?:could|can)\s+not\s+be\s+reached\s+for\s+comment"
    # What a source would not tell the reporter: "declined to say which sites", "did not say how many".
    r"|(?:declined|refused)\s+to\s+(?:say|name|give|disclose|confirm|specify|elaborate|identify)\b"
    r"|(?:did|does|would)\s+not\s+(?:say|specify|disclose|explain)\s+(?:how|when|which|what|why|whether|where|who)\b"
    # Where and when something was said, not what: "disclosed this in Abuja on Thursday",
    # "was speaking at a conference", "The exchange came during a hearing".
    r"|\b(?:said|disclosed|stated|revealed|announced|made)\s+(?:this|these|the\s+(?:remarks?|comments?|statement))"
    r"\s+(?:on|at|in|during|while|when|after|before)\b"
    r"|\b(?:was|were)\s+speaking\s+(?:at|to|during|on|in|after|before)\b"
    r"|^(?:The|His|Her|Their|Its)\s+(?:exchange|remarks|comments|meeting|hearing|debate|announcement|visit|talks"
    r"|interview|speech|session)\s+(?:came|comes|was\s+held|were\s+held|took\s+place|lasted|ran|ended|began)\b"
    # A plan for later, not yet a fact: "will set out a timetable in the coming months".
    r"|\bin\s+the\s+coming\s+(?:days|weeks|months)\b"
    r"|(?:was|is)\s+not\s+possible\s+to\s+verify|could\s+not\s+(?:be\s+)?independently\s+verif"
    r"|(?:has|have)\s+not\s+(?:yet\s+)?said\b|(?:has|have)\s+yet\s+to\s+(?:set|announce|decide)"
    r"|no\s+date\s+has\s+(?:yet\s+)?been\s+set"
    r"|(?:is|are)\s+(?:expected|due|scheduled|set)\s+to\s+(?:meet|resume|continue|hold|publish|appear|discuss|"
    r"debate|decide|review|return|report|begin|start)"
    r"|will\s+(?:meet|resume|continue|review|discuss)\s+(?:again|next|later|on|in)\b"
    r"|(?:said|says)\s+(?:talks|discussions|negotiations)\s+would\s+continue"
    r"|(?:has|have)\s+been\s+(?:advised|urged)\s+to"
    r"|(?:is|are)\s+due\s+(?:on|in)\b"
    # An intention is not yet a fact: "said it would publish its results", "has promised to".
    r"|\b(?:said|says|promised|pledged|vowed)\s+(?:that\s+)?(?:it|he|she|they|we)\s+would\s+(?!not\b|be\b|have\b)"
    r"|(?:has|have)\s+(?:promised|pledged|vowed)\s+to"
    # A question put, not answered: "Supervisor Roe asked whether the vacancies had affected safety."
    r"|^[^,;“”\"]{0,80}?\b(?:asked|wondered|queried|inquired|enquired)\s+(?:whether|if|why|how|when|who)\b"
    r")",
    regex.I,
)
# A date is not a figure to check: "on December 10", "in 2027", "10 March".
_DATE = regex.compile(
    r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\s+\d{1,2}\b"
)

_FIGURE_OR_COMPARISON = regex.compile(
    r"\d|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|lakhs?|crores?|per\s*cent|percent|dozens?"
    r"|half|halved|third|quarter|twice|double[ds]?|tripled?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty|fifty|hundred|more|less|fewer|than|most|least|largest|biggest|highest|lowest"
    r"|smallest|record|increas\w*|decreas\w*|rose|risen|rising|fell|fallen|declin\w*|grew|grown|surg\w*"
    r"|drop\w*|compared|same|equal|unchanged|always|never|first|only|every|all|none|no\s+one|nobody)\b",
    regex.I,
)
# An interviewer's premise, addressed to the guest: "Ms Grant, you promised free buses."
_ADDRESSED = regex.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor)\.?\s+\p{Lu}[\p{L}’'-]+|Minister|Commissioner|Senator|Governor|Mayor"
    r"|Admiral|General|Chancellor|Secretary|President|Prime\s+Minister|Sir|Madam|Councillor),\s"
)
_NAME_AFTER_FIRST_WORD = regex.compile(r"(?<=[\s(“‘\"'-])\p{Lu}")
# A day or month is when, not who: "on Tuesday evening" names nothing to look up.
_CALENDAR_WORD = regex.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July"
    r"|August|September|October|November|December)\b|\bI\b"
)


def nothing_concrete(text: str) -> bool:
    """No figure, comparison or name past the first word: nothing a fact-checker could look up."""
    return not _FIGURE_OR_COMPARISON.search(text) and not _NAME_AFTER_FIRST_WORD.search(
        _CALENDAR_WORD.sub(lambda m: m.group().lower(), text)
    )


def has_figure(text: str) -> bool:
    """A figure or a comparison ("18%", "more than", "the largest"): something to measure."""
    return bool(_FIGURE_OR_COMPARISON.search(text))


def only_dates(text: str) -> bool:
    """Its only figures are dates ("since 2020", "on March 3"): none of them is a claim."""
    return not any(ch.isdigit() for ch in _DATE.sub("", text))


# A vote's tally on its own ("The vote was 4-1.") restates the decision reported before it.
_TALLY = regex.compile(
    r"(?:The|That|Its|Their)\s+(?:final\s+)?vote\s+was\s+(?:unanimous|\d{1,3}\s*[-–]\s*\d{1,3}"
    r"|\d{1,3}\s+to\s+\d{1,3}|\p{Ll}+\s+to\s+\p{Ll}+)(?:\s+in\s+favou?r)?\.?",
    regex.I,
)
# When and before whom it happened: "The vote came after a three-hour debate on Tuesday night,
# watched by about 60 traders": a duration and an audience are the scene, not a claim.
_CIRCUMSTANCE = regex.compile(
    r"^(?:The|His|Her|Their|Its)\s+(?:vote|meeting|hearing|debate|session|exchange)\s+(?:came|followed|took\s+place)"
    r"\s+(?:after|during|at\s+the\s+end\s+of)\s+(?:(?:a|an)\s+)?"
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})[\s-]+)?"
    r"(?:minute|hour|day|week|month)s?[\s-]+(?:long\s+)?(?:of\s+)?"
    r"(?:debate|meeting|hearing|session|discussion|sitting|talks)s?\b"
    r"[^\d]*(?:,\s+(?:watched|attended)\s+by\s+(?:about|some|around|nearly|more\s+than)?\s*\d+\s+[^\d]*)?$",
    regex.I,
)


# A record's closing line: "The meeting was adjourned at 10:42 a.m."
_ADJOURNED = regex.compile(
    r"(?:The|This)\s+(?:meeting|session|sitting|hearing|house|council|board|committee|court)\s+"
    r"(?:was|is|stands|then)\s+adjourned\b[^;]{0,40}",
    regex.I,
)


def says_nothing_checkable(text: str, *, introduces_quote: bool = False) -> bool:
    """A bare reaction ("X disagreed."), a lead-in to a quote or the reporting's procedure,
    with no figure of its own; a vote's tally, the scene of a vote or an adjournment on their own."""
    line = text.strip()
    if _TALLY.fullmatch(line) or _CIRCUMSTANCE.match(line) or _ADJOURNED.fullmatch(line):
        return True
    if any(ch.isdigit() for ch in text):
        return only_dates(text) and bool(_PROCEDURE.search(text))
    if _ADDRESSED.match(text.strip()) and not _FIGURE_OR_COMPARISON.search(text):
        return True
    return introduces_quote or bool(_BARE_REACTION.match(text.strip()) or _PROCEDURE.search(text))
