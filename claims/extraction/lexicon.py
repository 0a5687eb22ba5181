"""Small closed word lists the rule stages share.

They are deliberately short and general (English news prose): each list answers one
question a rule asks ("can this capitalised word start a person's name?"), so a miss
costs a wrong speaker at worst, never a lost sentence.
"""

# Function words and common sentence openers: a capitalised one at the start of a
# sentence is not part of a name ("Although Western policy ...").
STOPWORDS = frozenset(
    """
    i’m i'm i’ve i've i’ll i'll i’d i'd
    a about above after again against all already also although always am among an and another any
    are as at be because been before being below between both but by can could did do does doing
    down during each either even ever every few for from further had has have having he her here
    hers herself him himself his how however i if in into is it its itself just last least less let
    like many may me meanwhile might more moreover most much must my myself neither never new next
    no nor not now of off often on once one only or other others our ours ourselves out over own
    per perhaps rather same several she should since so some still such than that the their theirs
    them themselves then there these they this those though through thus to today too under until
    up upon us very was we were what whatever when where whereas whether which while who whom whose
    why will with within without would yesterday yet you your yours yourself according despite
    instead indeed later earlier first second third former latter asked told said says
    nobody everybody everyone someone somebody anyone anybody
    """.split()
)

# Words that make a capitalised sequence an organisation, place or event, not a person.
ORG_WORDS = frozenset(
    """
    state states fund council union nations party army ministry department university institute society
    collective cooperative co-operative
    security house office court bank company corp corporation inc ltd group agency committee
    commission organisation organization association foundation centre center bureau news times post
    journal press network media television tv radio team coalition forces force navy airlines
    club church school college hospital police government parliament congress senate assembly
    kingdom republic federation street square airport city county province region island islands
    river sea ocean mountains park bridge summit conference war day week prize award act treaty
    accord agreement programme program project initiative museum library hall tower palace board
    services service authority authorities guard guards brigade militia movement front alliance operator
    emirates community review magazine daily weekly herald tribune telegraph guardian observer
    monitor gazette channel online twitter facebook instagram youtube google images photo photos
    getty reuters afp ap epa kremlin pentagon chamber forum rovers wanderers rangers athletic fc
    campaign guild schools regional academy academies
    """.split()
)

# Countries and the regions news writes about, as nouns and adjectives; the mapping lets a
# descriptor ("the Russian President") be checked against what the text says of a person.
_COUNTRIES = {
    "afghanistan": "afghan",
    "albania": "albanian",
    "algeria": "algerian",
    "argentina": "argentine",
    "armenia": "armenian",
    "australia": "australian",
    "austria": "austrian",
    "azerbaijan": "azerbaijani",
    "belarus": "belarusian",
    "belgium": "belgian",
    "brazil": "brazilian",
    "britain": "british",
    "bulgaria": "bulgarian",
    "canada": "canadian",
    "chile": "chilean",
    "china": "chinese",
    "colombia": "colombian",
    "croatia": "croatian",
    "cuba": "cuban",
    "cyprus": "cypriot",
    "denmark": "danish",
    "egypt": "egyptian",
    "england": "english",
    "estonia": "estonian",
    "ethiopia": "ethiopian",
    "finland": "finnish",
    "france": "french",
    "georgia": "georgian",
    "germany": "german",
    "greece": "greek",
    "hungary": "hungarian",
    "india": "indian",
    "indonesia": "indonesian",
    "iran": "iranian",
    "iraq": "iraqi",
    "ireland": "irish",
    "israel": "israeli",
    "italy": "italian",
    "japan": "japanese",
    "jordan": "jordanian",
    "kazakhstan": "kazakh",
    "kenya": "kenyan",
    "korea": "korean",
    "kuwait": "kuwaiti",
    "latvia": "latvian",
    "lebanon": "lebanese",
    "libya": "libyan",
    "lithuania": "lithuanian",
    "mexico": "mexican",
    "moldova": "moldovan",
    "morocco": "moroccan",
    "netherlands": "dutch",
    "nigeria": "nigerian",
    "norway": "norwegian",
    "pakistan": "pakistani",
    "palestine": "palestinian",
    "poland": "polish",
    "portugal": "portuguese",
    "qatar": "qatari",
    "romania": "romanian",
    "russia": "russian",
    "saudi": "saudi",
    "scotland": "scottish",
    "serbia": "serbian",
    "slovakia": "slovak",
    "somalia": "somali",
    "spain": "spanish",
    "sudan": "sudanese",
    "sweden": "swedish",
    "switzerland": "swiss",
    "syria": "syrian",
    "taiwan": "taiwanese",
    "tajikistan": "tajik",
    "thailand": "thai",
    "tunisia": "tunisian",
    "turkey": "turkish",
    "ukraine": "ukrainian",
    "us": "american",
    "u.s.": "american",
    "usa": "american",
    "america": "american",
    "uk": "british",
    "u.k.": "british",
    "venezuela": "venezuelan",
    "vietnam": "vietnamese",
    "wales": "welsh",
    "yemen": "yemeni",
    "zimbabwe": "zimbabwean",
    "angola": "angolan",
    "bangladesh": "bangladeshi",
    "bolivia": "bolivian",
    "botswana": "botswanan",
    "burundi": "burundian",
    "cambodia": "cambodian",
    "cameroon": "cameroonian",
    "ecuador": "ecuadorian",
    "eswatini": "swazi",
    "fiji": "fijian",
    "gambia": "gambian",
    "ghana": "ghanaian",
    "guyana": "guyanese",
    "haiti": "haitian",
    "iceland": "icelandic",
    "jamaica": "jamaican",
    "lesotho": "basotho",
    "liberia": "liberian",
    "malawi": "malawian",
    "malaysia": "malaysian",
    "malta": "maltese",
    "mongolia": "mongolian",
    "mozambique": "mozambican",
    "myanmar": "burmese",
    "namibia": "namibian",
    "nepal": "nepalese",
    "paraguay": "paraguayan",
    "peru": "peruvian",
    "philippines": "filipino",
    "rwanda": "rwandan",
    "senegal": "senegalese",
    "singapore": "singaporean",
    "slovenia": "slovenian",
    "tanzania": "tanzanian",
    "uganda": "ugandan",
    "uruguay": "uruguayan",
    "uzbekistan": "uzbek",
    "zambia": "zambian",
    "europe": "european",
    "eu": "european",
    "africa": "african",
    "asia": "asian",
    "kurdistan": "kurdish",
    "arabia": "arab",
    "gaza": "gazan",
    "crimea": "crimean",
}
COUNTRY_OF = {**{c: c for c in _COUNTRIES}, **{d: c for c, d in _COUNTRIES.items()}}
DEMONYMS = frozenset(_COUNTRIES.values())
COUNTRY_OF.update(
    {
        "u.s.": "us",
        "u.s": "us",
        "u.k": "uk",
        "usa": "us",
        "america": "us",
        "american": "us",
        "u.k.": "uk",
        "britain": "uk",
        "british": "uk",
        "england": "uk",
        "english": "uk",
        "scotland": "uk",
        "wales": "uk",
    }
)
PLACE_WORDS = frozenset(COUNTRY_OF) | frozenset(
    """western eastern northern southern central middle east west north south arab kurdish islamic
    washington moscow london paris berlin beijing brussels damascus tehran kyiv kiev baghdad
    donbas lebanon hezbollah ukraine""".split()
)

# Titles that may stand before a name ("President Bashar al-Assad"); stripped from the name
# and remembered as the person's role.
TITLE_WORDS = frozenset(
    """
    president vice prime minister foreign defence defense interior finance chancellor senator sen
    rep representative governor gov mayor mr mrs ms miss dr prof professor sir dame lord lady king
    queen prince princess pope general gen colonel col lieutenant lt captain capt admiral sheikh
    ayatollah secretary ambassador judge justice chief director spokesman spokeswoman spokesperson
    commissioner chairman chairwoman ceo mp mep emir sultan premier leader deputy former late
    economist analyst expert official campaigner councillor councilor chair presenter host professor
    information health education energy transport environment agriculture trade labour labor culture
    tourism housing power works communications hon honourable honorable rt rev reverend cllr pm
    constable superintendent inspector sergeant detective sheriff marshal bishop archbishop
    cr engr alhaji hajia pastor imam magistrate advocate treasurer malam shadow councillors councilors
    cllrs crs garda officer financial operating executive coun sgt insp supt det madam madame
    datuk datin dato tun toh tunku tengku supervisor msp mla mpp opposition
    ratu hajiya mallam mallama alhaja hajjah nana togbe togbui oba igwe ustaz whip
    cm dcm
    councilman councilwoman councilmember taoiseach tánaiste tanaiste
    perit cde mzee mpa administrator
    inkosi kgoshi
    """.split()
)
# Titles that are also given names ("Adi", Fijian for a chiefly woman, and an Indian given
# name; "Haji", a pilgrim's title and an East African middle name): a title only when it opens
# the name, after any other title, and a name of two words or more follows it.
TITLES_BEFORE_FULL_NAMES = frozenset("adi haji".split())
# Offices written as initials ("CM Roe", "said the CM"): the words of the office in full.
ABBREVIATED_OFFICES = {
    "cm": ("chief", "minister"),
    "pm": ("prime", "minister"),
    "dcm": ("deputy", "minister"),
}
# Capitals before a name that are an office or rank ("SP Olamide Ige", "MLA Jane Roe"); two
# other capitals are the person's initials ("TS Singh Deo").
OFFICE_INITIALS = frozenset("sp pc td ms mp mla mlc mpa gp cm pm cp di dc ig dg".split())
# Malaysian honorifics of two words whose first word alone is a common surname or word
# ("Tan Sri", "Puan Sri"), and the "Sri"/"Seri" that follows a one-word honorific ("Datuk Seri").
HONORIFIC_PAIRS = frozenset(
    {("tan", "sri"), ("puan", "sri"), ("datuk", "seri"), ("dato", "seri"), ("dato", "sri")}
)
# Words of a portfolio between "Minister for" and the name ("Minister for Home Affairs Peter
# Dutton"): dropped from the front of a run only when a full name is left after them.
PORTFOLIO_WORDS = TITLE_WORDS | frozenset(
    """
    home affairs citizenship multicultural immigration industry science justice employment
    infrastructure development planning budget petroleum resources water aviation sports youth
    women children families veterans digital economy treasury state national
    external overseas
    natural mineral mines lands
    supply highways roads ports shipping works
    facilities operations procurement engineering marketing
    """.split()
)

# What someone does, written before the name with a capital ("Landlord Pete Roe", "Adviser
# Roe", "Striker Kofi Roe", "Counsel Jane Roe", "Examiner Ana Roe"): a description, not a
# given name; "the counsel said" refers back to the person so described.
ROLES_BEFORE_NAMES = frozenset(
    """landlord landlady tenant adviser advisor counsel examiner auditor inspector striker midfielder
    defender goalkeeper winger referee skipper""".split()
)
# Nouns that head a descriptor standing for a person ("the Russian President", "the expert").
ROLE_NOUNS = ROLES_BEFORE_NAMES | frozenset(
    """
    president minister premier chancellor senator governor mayor king queen prince leader spokesman
    spokeswoman spokesperson expert analyst official officer secretary ambassador general commander
    director chief chairman chairwoman ceo founder author writer reporter correspondent economist
    researcher scientist professor lawyer attorney judge commissioner diplomat envoy lawmaker
    politician activist campaigner candidate source man woman doctor lead councillor councilor chair
    presenter host prosecutor executive barrister solicitor detective garda sergeant inspector
    superintendent constable coach
    magistrate coroner statesman cm pm dcm aide administrator editor
    councilman councilwoman councilmember taoiseach tánaiste tanaiste
    """.split()
)

# Verbs that introduce speech or a reported claim, in the forms news prose uses.
SPEECH_VERBS = frozenset(
    """
    said says say wrote writes write added adds told tells explained explains stated states insisted
    insists continued continues noted notes argued argues warned warns declared declares claimed claims
    replied replies asked asks tweeted tweets posted confirmed confirms announced announces denied
    denies admitted admits revealed reveals estimated estimates alleged alleges asserted asserts
    maintained maintains acknowledged acknowledges predicted predicts reported reports suggested
    suggests believes believed thinks thought stressed stresses emphasised emphasized pointed
    promised promises pledged vowed urged urges agreed agrees concluded concludes observed
    touted touts quipped quips responded responds boasted boasts conceded concedes countered counters
    cautioned cautions accused accuses disclosed discloses testified remarked recalled reminded reminds
    criticised criticises criticized criticizes
    commented comments mentioned described describes assured assures restated reiterated reiterates
    expects forecasts found finds disputed disputes blamed blames indicated indicates complained complains
    affirmed affirms attributed attributes informed informs
    advised advises
    credited credits forecast submitted submits
    ruled rules refuted refutes justified justifies
    forecasted blasted blasts
    """.split()
)
# "X charged corruption within the ministry": what "charged" accuses someone of, as a claim.
ACCUSATION_NOUNS = frozenset(
    "corruption bias negligence mismanagement fraud incompetence misconduct neglect collusion".split()
)
# "She also lauded the premier for ...": praise says what the praised did, as its speaker claims it.
PRAISE_VERBS = frozenset("lauded lauds praised praises hailed hails commended commends".split())
SPEECH_VERBS |= PRAISE_VERBS
# Present participles that hand the quote to the sentence's subject ("..., saying:").
SPEECH_PARTICIPLES = frozenset(
    "saying adding writing telling explaining noting arguing warning declaring insisting claiming "
    "stating asking uttering terming describing".split()
)

# "he"/"she" name the last salient person of that gender, as far as the article tells it;
# "they" is a group (or a person we cannot tell apart from one), so it is left
# unattributed rather than pinned on someone.
PERSON_PRONOUNS = frozenset("he she".split())
GROUP_PRONOUNS = frozenset("they".split())
PRONOUN_GENDER = {"he": "m", "she": "f", "him": "m", "her": "f"}
# Titles and roles that say a person's gender ("Mr. Speck", "Jane Doe, a spokeswoman").
GENDER_OF_ROLE = {
    **dict.fromkeys(
        "mr sir lord king prince spokesman chairman man alhaji malam mallam sheikh mzee".split(), "m"
    ),
    **dict.fromkeys(
        """mrs ms miss dame lady queen princess spokeswoman chairwoman woman
        alhaja hajia hajiya mallama adi""".split(),
        "f",
    ),
}

# Lower-case heads of a speaking body or group ("the central bank said", "officials in
# Dushanbe said"): the speaker is the phrase as written, never a place named inside it.
GROUP_NOUNS = frozenset(
    """
    officials residents witnesses analysts experts economists critics protesters activists sources
    campaigners doctors teachers workers farmers people researchers scientists lawyers prosecutors
    investigators observers police officers authorities diplomats ministers lawmakers leaders
    government ministry department bank company union council regulator authority coalition agency
    service association alliance committee commission court army military board firm group
    spokesman spokeswoman spokesperson statement report study survey figures data statistics
    insurer airline operator utility watchdog inspectorate treasury cabinet administration trust charity
    newspaper paper broadcaster magazine website outlet forecaster bureau institute party campaign office
    corporation federation network audit analysis airport hospital university projections
    prosecution defence defense gardai garda nurses midwives paramedics couple letter clergy
    groups forecasters municipality councillors councilors agencies operators charities unions
    reports demonstrators
    taskforce taskforces management organisers organizers media league club
    cooperative co-operative cooperatives co-operatives district
    inspectors station
    """.split()
)
# A tier of government that speaks when the text says so ("The province says it will match ..."):
# the body, never a place named inside the phrase.
GROUP_NOUNS |= frozenset("province".split())
# Heads that stand for a business named earlier ("Zambezi Copper will cut jobs, the company
# said"): "the company said" is that business, also when its name holds no such word.
BUSINESS_NOUNS = frozenset(
    "company firm group insurer miner carrier airline operator retailer lender utility supplier business "
    "manufacturer developer bank".split()
)
# Last words of a business's name ("Velko Steel", "Glenmoor Water", "Tarrow Buses Ltd"): a run
# ending in one is a business that "the company" may mean, never a person.
BUSINESS_NAME_WORDS = frozenset(
    """
    airways airlines air bank capital copper energy foods gas gold group holdings insurance health
    mining minerals motors oil petroleum pharma pharmaceuticals power rail railways resources steel
    telecom telecoms water buses ferries logistics retail stores shipping cement breweries brewery
    corp corporation inc ltd plc llc co company partners industries technologies systems media trains
    mobile networks telecommunications mills limited
    electric utilities inc. ltd. corp. co. bhd. pty. plc.
    """.split()
)
# Last words of a place's or a thing's name ("Manawatu Gorge", "George Street", "Appropriation
# Bill"): a run ending in one is never a person, so "he" or "she" never stands for it. Words
# that are also common surnames (Hill, Lane, Bay, Lake) are left out; ORG_WORDS has the rest.
THING_NAME_WORDS = frozenset(
    """
    gorge road avenue valley stadium highway motorway creek tunnel canal bill expressway boulevard
    peninsula reservoir
    """.split()
)
# Documents a body publishes: "according to central bank figures" keeps them in the speaker.
DOCUMENT_NOUNS = frozenset(
    "figures data statistics report study survey estimates statement audit analysis projections "
    "letter".split()
)
# Words that make a clause before a speech verb something other than its speaker
# ("40 percent more than Congress was told").
SUBORDINATORS = frozenset("than as if when because while after before since whether unless though".split())

# Common given names whose bearer's gender news prose almost always makes explicit anyway;
# a hint for "he"/"she" when no title or role says it. Short by design: a miss only means
# the pronoun falls back to recency.
_FEMALE_NAMES = """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty
    sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca
    laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole ruth katherine
    samantha christine emma catherine virginia rachel janet maria heather diane julie joyce victoria
    kelly christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann
    jean alice kathryn gloria teresa sara janice doris julia grace judy theresa rose beverly denise
    marilyn amber madison danielle brittany diana abigail jane natalie lori tiffany alexis kayla
    annika ingrid astrid sofia sophie claire chloe lucy alison fiona naomi miriam farah priya lakshmi
    fatima aisha amina ngozi chipo adaeze sunita anita ilse camille joanna harriet rosalind elaine
    nadia olga irina svetlana elena marta ines isabel carmen lucia giulia francesca anne marie
    mairead catriona lorna siobhan niamh aoife eilidh morag bronwyn rhiannon sian kirsty shona
    funmilayo halima yetunde chiamaka folake kavita aparna priyanka deepa meera sneha anjali
    georgia
    jill gillian deirdre
    """
_MALE_NAMES = """
    james robert john michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
    jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
    samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
    henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald
    carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie
    gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip
    johnny malcolm bernard henrik desmond olusegun felix garrick tobias viktor rahul owen jonah
    hans klaus jurgen pierre jean-pierre luis carlos miguel ahmed mohammed muhammad ali omar ibrahim
    vladimir sergei dmitry ivan igor boris emmanuel chinedu tunde ken hiroshi wei
    gareth colin nigel stuart gordon hamish angus callum rhys dafydd declan ciaran seamus
    babatunde suresh rajesh arjun vikram musa chukwuemeka olumide
    """
GENDER_OF_NAME = {**dict.fromkeys(_FEMALE_NAMES.split(), "f"), **dict.fromkeys(_MALE_NAMES.split(), "m")}

# Lower-case words that end a description before a name opening a sentence ("Club owner
# Richard Vale said", "Prison reform campaigner Daniel Okafor"): the name is still its subject.
# Party labels written before a candidate's name ("Conservative Fiona Drake").
PARTY_WORDS = frozenset(
    "conservative labour labor liberal democrat republican independent tory green".split()
)
DESCRIPTION_NOUNS = (
    ROLE_NOUNS
    | TITLE_WORDS
    | frozenset(
        """owner manager coach convenor worker boss founder head member resident player captain chair
        organiser organizer spokesperson veteran fan parent student nurse teacher farmer trader
        mother father exporter importer retailer wholesaler supplier dealer broker""".split()
    )
)

# Singular nouns of a body that, written just before a name, say the name is that body's
# ("care home group Oakvale Living", "national forecaster Clima Eireann"), not a person's.
BODY_NOUNS = frozenset(
    """group company firm operator regulator forecaster union charity trust agency authority association
    alliance federation coalition network broadcaster newspaper insurer airline utility watchdog
    taskforce council board institute bureau collective cooperative co-operative""".split()
)
# "Regional governor Jane Roe", "Provincial commissioner ...": the level of an office opening
# the sentence, its office in lower case, then the name.
OFFICE_LEVELS = frozenset(
    "regional provincial district county state city national municipal acting interim".split()
)
# Surnames that are also titles ("Janet King", "Councilor King" later): a name after a given name.
TITLE_SURNAMES = frozenset("king prince bishop judge major marshall knight sheriff".split())
# "the newspaper reported": the outlet named earlier, known by a word of its name.
OUTLET_NOUNS = frozenset("newspaper paper daily broadcaster station magazine website outlet tabloid".split())
OUTLET_NAME_WORDS = frozenset(
    """courier times herald gazette post news tribune chronicle journal star guardian mail telegraph
    observer standard express mirror independent nation record echo monitor radio tv television
    sentinel inquirer examiner bulletin dispatch""".split()
)
