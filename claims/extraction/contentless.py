"""Sentences with nothing to check: kept as claims, never queued.

"Rep. Tobias Whitlock disagreed." or "The union faulted the figures." tells a reviewer that
someone disputes something; the checkable part is in the sentences around it. Likewise a
lead-in ("In a letter, the manager wrote:") carries the quote's speaker, not a fact, and
the reporting's own procedure: "did not respond to a request for comment", "could not be
independently verified", "has not said", "is expected to meet next month", "no date has
been set", "residents have been advised to ...", "declined to say which", and where or
when something was said ("disclosed this in Abuja on Thursday"); a plan for later ("in the
coming months"); a demand ("has called for an inquiry", "urged banks to"); an interviewer's
premise put to the guest ("Ms Grant, you promised free buses."). A figure other than a date
keeps a sentence in play.

Nor is there anything to look up in a sentence with no figure, no comparison and no name
after its first word, unless it is a named speaker's quote or reported claim: scene-setting
("The hearing room was packed.") and opinion in general terms ("Confidence is not a plan.").
A comparison by degree ("at higher risk") and something not done ("has not published any
study") are checkable.
"""

import regex

from claims.extraction.lexicon import STOPWORDS

_OBJECT = (
    r"(?:the|this|that|these|those|his|her|their|its)\s+(?:\p{Ll}+\s+)?"
    r"(?:claims?|figures?|charges?|account|idea|report|findings?|allegations?|criticism|plan|proposal|suggestion)"
)
_BARE_REACTION = regex.compile(
    rf"^(?:(?:but|however|and|yet),?\s+)?[^;:“”\"]{{0,120}}?\b(?:"
    r"disagreed|disagrees|objected|demurred|was\s+unmoved|were\s+unmoved|pushed\s+back"
    rf"|(?:rejected|rejects|faulted|faults|disputed|disputes|denied|denies|dismissed|dismisses|questioned|"
    rf"challenged|welcomed|welcomes|criticised|criticized|condemned|disagreed\s+with|defended)"
    rf"\s+(?:{_OBJECT}|it|this|that|them|(?:the\s+)?(?:\p{{L}}+[’']s?\s+)?(?:record|decision|comparison|move))"
    # "Cr Roe said it would.", "The analyst said he doubted it.": agreement or doubt, nothing more
    r"|said\s+(?:he|she|it|they|we)\s+(?:would|did|could|had|was|were)(?:\s+not|n[’']t)?"
    r"|said\s+(?:he|she|they|we)\s+(?:doubted|disputed|rejected|questioned)\s+(?:it|that|this|them)"
    r")\s*[.!]?[”’\"']?$",
    regex.I | regex.V1,
)
# A demand, not yet a fact: "The union has called for an inquiry.", "Its head urged banks to
# defer repayments." Not in a quote, nor someone's past act reported in a clause ("said
# officers had demanded cash", "Roe, who has called for ...").
_DEMAND = regex.compile(
    r"^[^“”\"]{0,160}?(?<!\b(?:who|that|which)\s+(?:has\s+|have\s+|had\s+)?)"
    r"\b(?:(?:has|have|had)\s+)?(?:called\s+(?:for|on)|calls?\s+(?:for|on)|urged|urges)\b[^“”\"]*$",
    regex.I,
)
# Two people or sides introduced as at odds: "Ms Roe and Mr Doe have clashed over funding before."
_AT_ODDS = regex.compile(
    r"^[^.;:“”\"]{0,80}?\b(?:have|had|has)\s+(?:clashed|sparred|disagreed|feuded|crossed\s+swords|locked\s+horns)"
    r"(?:\s+(?:publicly|repeatedly|often|before))?\b",
    regex.I,
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
    # That someone spoke, not what: "Col. Roe, who commands the district, also testified."
    r"|^[^“”\"]{0,160}?\b(?:also\s+)?(?:testified|gave\s+evidence|spoke|addressed\s+the\s+\p{Ll}+)\.?$"
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
    # "he promised to complete the market", "both pledged to keep fares free" (not "a barrier
    # promised to residents"), "He added that he would call ...", "lawmakers would also ...":
    # what is yet to be done; so is a forecast in the present ("is expected to open next year").
    r"|\b(?:he|she|it|they|we|both|also)\s+(?:promised|pledged|vowed)\s+to\s+\p{Ll}+"
    r"|\badded\s+that\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+would\s+(?:also\s+)?(?!not\b|be\b|have\b)"
    r"|\b(?:is|are)\s+(?:expected|likely)\s+to\s+(?!be\b|have\b)\p{Ll}+"
    # A question put, not answered: "Supervisor Roe asked whether the vacancies had affected safety.",
    # "Ms Roe asked the Minister for Health (a) how many ..."
    r"|^[^;“”\"]{0,80}?\b(?:asked|wondered|queried|inquired|enquired)\s+(?:the\s+[^;“”\"]{0,80}?\s+)?"
    r"(?:\(a\)\s+)?(?:whether|if|why|how|when|who)\b"
    # Asking for comment and waiting: "did not respond to that claim", "had not received a reply",
    # "We reached out to the department before the show", "sent us a statement"
    r"|(?:did|has|have|had)\s+not\s+(?:yet\s+)?(?:respond|reply)(?:ed)?\s+to\s+(?:that|the|this|these|those|our)\b"
    r"|(?:had|has|have)\s+not\s+(?:yet\s+)?received\s+a\s+(?:reply|response)"
    r"|\b(?:reached\s+out\s+to|contacted|asked)\b[^.;]{0,80}?\b(?:for\s+(?:a\s+)?comment|before\s+the\s+(?:show|programme|program|broadcast))"
    r"|\bsent\s+us\s+a\s+statement\b|(?:had|has|have)\s+not\s+(?:yet\s+)?(?:seen|read)\s+(?:that|the|this)\s+"
    r"(?:analysis|report|study|survey|letter|figures?|research)\b"
    # A body's business, not its findings: "The Chair introduced the report of the Director ...",
    # "referred the matter to the committee", "has summoned the minister to appear before it"
    r"|\b(?:introduced|presented|tabled)\s+(?:the|a|an|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}report\b"
    r"|\breferred\s+the\s+(?:matter|issue|complaint|bill|report)\s+to\b|\bsummoned\s+[^.;]{0,80}?\bto\s+appear\b"
    # How someone answered, not what: "responded in a long post on her page late on Wednesday",
    # "declined to make anyone available"
    r"|^[^;“”\"]{0,120}?\b(?:responded|replied|reacted)\s+(?:in|with|on|via|through)\s+(?:a|an|the|her|his|its|their)\b"
    r"(?![^.;]*\bthat\b)[^.;“”\"]{0,80}[.]?$"
    r"|\bdeclined\s+to\s+make\s+[^.;]{0,60}?\bavailable\b"
    # A fact box's or an explainer's introduction: "Five facts about this year's floods"
    r"|^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:facts|things|numbers)\s+(?:about|to\s+know|behind)\b"
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


def nothing_concrete(text: str, names: frozenset[str] = frozenset()) -> bool:
    """No figure, comparison or name past the first word: nothing a fact-checker could look up.
    A first word among `names` (`names_mid_sentence`: "Kampala has not had a city engineer since
    March.") is a name too."""
    first = regex.match(r"[\p{L}’'-]+", text.lstrip("“‘\"'"))
    if first and first.group() in names:
        return False
    if _COMPARATIVE.search(text) or _NOT_DONE.search(text):
        return False
    return not _FIGURE_OR_COMPARISON.search(text) and not _NAME_AFTER_FIRST_WORD.search(
        _CALENDAR_WORD.sub(lambda m: m.group().lower(), text)
    )


# A comparison by degree ("at higher risk", "far cheaper than"): measured against something.
_COMPARATIVE = regex.compile(
    r"\b(?:higher|lower|larger|smaller|bigger|greater|cheaper|dearer|costlier|longer|shorter|faster|slower"
    r"|older|younger|worse|better|deeper|wider|heavier|safer|riskier)\b",
    regex.I,
)
# What has not been done ("has not published any study", "has not been raised since"): an
# absence a record can show.
_NOT_DONE = regex.compile(
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:published|released|raised|increased|cut|changed|reviewed|updated|held|built|opened|paid|funded"
    r"|inspected|audited|commissioned|consulted|carried\s+out|met)\b",
    regex.I,
)


def names_mid_sentence(text: str) -> frozenset[str]:
    """Capitalised words an article writes after a lower-case word ("driven through Kampala"):
    names, which a sentence may open with too. Not a function word ("those of The Review"),
    a day or a month."""
    found = {m.group(1) for m in _AFTER_LOWER_CASE.finditer(text)}
    return frozenset(w for w in found if w.casefold() not in STOPWORDS and not _CALENDAR_WORD.fullmatch(w))


_AFTER_LOWER_CASE = regex.compile(r"(?<=\b\p{Ll}+,?\s)(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)\b")


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


# The clerk's record of a motion: "The motion to defer was put to the vote and was lost (2 for, 3
# against).", "The minutes of the last meeting were adopted on the proposal of Cllr Roe, seconded by ..."
_RECORDED = regex.compile(
    r"(?:The|That|This|An?)\s+(?:motion|amendment|minutes|proposal|resolution)\b[^.;]{0,80}?\b(?:was|were)\s+"
    r"(?:put\s+to\s+(?:the\s+|a\s+)?vote|adopted|seconded|moved|proposed)\b",
    regex.I,
)
# A minutes line giving a motion and its fate: "Motion to refer back - carried 6-1.", "Amendment
# (Cllr Roe): lost."
_MOTION_FATE = regex.compile(
    r"(?:motion|amendment|resolution)\b[^.;?]{0,100}?\s*[-–—:]\s*(?:carried|lost|defeated|passed|adopted|failed"
    r"|agreed|withdrawn)\b(?:\s*(?:unanimously|\(?\d{1,3}\s*[-–]\s*\d{1,3}\)?|\d{1,3}\s+to\s+\d{1,3}))?\.?",
    regex.I,
)
# A record's closing line: "The meeting was adjourned at 10:42 a.m.", "The hearing was
# suspended at 4:10 p.m. and will resume on May 2."
_ADJOURNED = regex.compile(
    r"(?:The|This)\s+(?:meeting|session|sitting|hearing|inquiry|inquest|trial|house|council|board|committee|court)"
    r"\s+(?:was|is|stands|then)\s+(?:adjourned|suspended)\b[^;]{0,70}",
    regex.I,
)
# A reporter's remark or question at a briefing: "A journalist said traders had complained ...",
# "Another reporter asked about the budget." It puts something to the speaker, claims nothing.
_REPORTERS_REMARK = regex.compile(
    r"(?:A|An|Another|One|The\s+same)\s+(?:\p{Ll}+\s+)?(?:journalist|reporter|correspondent)s?\b"
    r"(?:\s+(?:from|with|for)\s+[^,;]{1,40}?)?\s+(?:said|asked|noted|suggested|put\s+it\s+to|pointed\s+out"
    r"|told\s+(?:him|her|them|the\s+\p{Ll}+))\b",
)
# Where a bill goes next: "The bill now goes to the Senate Finance Committee."
_NEXT_STAGE = regex.compile(
    r"(?:The|This|That|Its|His|Her)\s+(?:bill|measure|motion|proposal|ordinance|legislation|amendment|resolution"
    r"|budget|report|plan|case|matter)\s+(?:now\s+|next\s+)?(?:goes|heads|moves|passes|proceeds|returns|will\s+go"
    r"|will\s+head|will\s+move|will\s+return)\s+to\s+[^.;,\d]{2,80}\.?",
    regex.I,
)
# A minutes item in the clerk's voice, with no subject: "Approved the consent agenda, 7-0.",
# "Moved into closed session to discuss pending litigation."
_ROUTINE_ITEM = regex.compile(
    r"(?:Approved|Adopted|Accepted|Received|Moved\s+into|Went\s+into|Recessed\s+into)\s+(?:the\s+)?"
    r"(?:[\p{L}-]+\s+){0,3}?(?:consent\s+agenda|agenda|minutes|closed\s+session|executive\s+session)\b"
    r"[^.;\d]{0,60}?(?:,?\s*\(?\d{1,2}\s*[-–]\s*\d{1,2}\)?)?\.?",
    regex.I,
)


def says_nothing_checkable(text: str, *, introduces_quote: bool = False) -> bool:
    """A bare reaction ("X disagreed."), a lead-in to a quote, the reporting's procedure or
    two sides introduced as at odds, with no figure of its own; a vote's tally, the scene of a
    vote, a motion's handling or fate, an adjournment, a bill's next stage or a routine minutes
    item on their own."""
    line = text.strip()
    if (
        _TALLY.fullmatch(line)
        or _CIRCUMSTANCE.match(line)
        or _ADJOURNED.fullmatch(line)
        or _RECORDED.match(line)
        or _MOTION_FATE.fullmatch(line)
        or _NEXT_STAGE.fullmatch(line)
        or _REPORTERS_REMARK.match(line)
        or _ROUTINE_ITEM.fullmatch(line)
    ):
        return True
    procedure = bool(_PROCEDURE.search(text) or _AT_ODDS.match(line) or _DEMAND.match(line))
    if any(ch.isdigit() for ch in text):
        return only_dates(text) and procedure
    if _ADDRESSED.match(line) and not _FIGURE_OR_COMPARISON.search(text):
        return True
    return introduces_quote or procedure or bool(_BARE_REACTION.match(line))
