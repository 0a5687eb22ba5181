"""Invented page parts (ledes, headlines, bodies) that tests in several modules lay out."""

FLOOD_LEDE = (
    "Floodwater closed 14 stations on the Harbour line on Wednesday, leaving 30,000 commuters "
    "stranded for most of the morning, the transit authority said."
)

FARES_BODY = (
    "Fares on the harbour ferries will rise by 12 percent in January, the operator said on Monday.\n\n"
    "The operator said fuel costs had doubled since 2024."
)

FARES_HEADLINE = "Ferry fares to rise 12 percent in January"

FARES_PAGE = (
    "<article><p>Fares on the harbour ferries will rise by 12 percent in January, the operator said on"
    " Monday.</p><p>The operator said fuel costs had doubled since 2024, and that the rise would pay for"
    " two new boats.</p></article>"
)

FERRY_LEDE = "The harbour ferry will stop running on Sundays from March, the operator said on Tuesday."


def ferry_page(*lines: str) -> str:
    return "\n\n".join([*lines, FERRY_LEDE, "Passenger numbers fell by 14 per cent last year, it said."])


def ferry_page_html(meta: str, footer: str = "") -> str:
    return (
        "<html><head><title>Ferries axed - Harbour Daily</title></head><body><article>"
        f'<h1>Sunday ferries axed in fare row</h1><p class="meta">{meta}</p><p>{FERRY_LEDE}</p>'
        "<p>Passenger numbers fell by 14 per cent last year, the operator said in a statement.</p>"
        f"</article><footer>{footer}</footer></body></html>"
    )


VOLTA_LEDE = (
    "The Volta Regional Minister, Kofi Agbeko has defended the closure of 14 sand-winning pits in the"
    " region, saying the Minerals Commission never sent him the 9 permits it issued."
)

VOLTA_SECOND = "The Minister said 300 trucks had left the pits in March alone, against 40 in January."

BAUCHI_LEDE = (
    "Bauchi state governor, Ibrahim Dankwambo, today said that 14 of the 20 councils in the state owe"
    " workers at least four months of salaries."
)

BAUCHI_SECOND = (
    "Dankwambo said the councils receive 3.1 billion naira a month but spend 3.6 billion on wages."
)

KUMASI_HEADLINE = "New buses for Kumasi by June, minister promises"

KUMASI_LEDE = "Transport Minister Kwesi Adjei has said 120 new buses will run in Kumasi from June."

KUMASI_SECOND = "Adjei said the buses cost 90 million cedis and will carry 40,000 people a day."
