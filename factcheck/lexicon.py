"""Word lists the facts stage reads claims with: general English news vocabulary, by lemma.

Sources, so the lists stay general rather than tuned to any article:
- reporting verbs: the speech-act and evidential verbs of news attribution (Bergler 1992,
  "Evidential analysis of reported speech"; PARC 3.0 attribution corpus cue verbs);
- certainty: FactBank's event factuality (Sauri & Pustejovsky 2009) collapsed to five levels,
  with cue words from its modality markers and from the hedge/weasel cues of the
  CoNLL-2010 shared task (BioScope and Wikipedia);
- status: TimeML's aspectual and modal event classes (planned = I_ACTION/modal future,
  ongoing = progressive/continuative, done = perfective);
- event classes: synonyms that newswire uses for the same count (deaths, injuries...).
Each entry is a lemma as spaCy's English lemmatizer gives it.
"""

# Verbs that introduce what someone said or wrote: their subject is the claim's source.
REPORTING_VERBS = frozenset(
    "say tell report state announce confirm add note indicate mention claim declare reveal cite "
    "explain write insist acknowledge allege assert argue warn stress emphasize emphasise affirm "
    "suggest estimate disclose deny reject dismiss quote describe tweet post testify admit "
    "reiterate remark comment observe predict caution urge signal hint maintain contend".split()
)
# Of those, verbs that report only when they introduce what was said ("the army maintained that
# mortars had been fired"; not "the city maintained the bridge").
CLAUSE_REPORTING_VERBS = frozenset("maintain contend".split())

# Verbs whose subject gives a figure as its own reading: "the observatory put it at 4.9",
# "officials estimated the damage at $2bn", "the USGS measured it at 5.2".
MEASURE_VERBS = frozenset("put estimate measure record register rate assess gauge calculate count tally "
                          "revise upgrade downgrade".split())

# Heads of an attribution that name nobody in particular: the claim rests on unnamed people.
ANONYMOUS_HEADS = frozenset(
    "source sources official officials people person insider diplomat expert analyst witness "
    "resident observer aide report reports media".split()
)

# Certainty levels, from strongest commitment to weakest; see README "Certainty".
CERTAINTY_LEVELS = ("asserted", "reported", "hedged", "cautioned", "denied")

# denied: the source says the proposition is false (FactBank CT-).
DENIAL_VERBS = frozenset("deny reject dismiss refute rebut disprove debunk disavow contradict".split())
# Verbs that deny or doubt only what their object quotes: "contest police allegations that ...",
# "dispute the official account", "question the claims" (not "contest the election").
CHALLENGE_VERBS = frozenset("contest dispute challenge question doubt".split())
DOUBT_VERBS = frozenset("question doubt".split())
# Nouns for a telling of events, which a challenge verb can deny as a claim is denied.
ACCOUNT_NOUNS = frozenset("account version story narrative".split())
# "no link to", "no evidence of": a negative determiner on these nouns denies the proposition.
DENIAL_NOUNS = frozenset("link connection evidence truth basis indication sign plan intention talk".split())
DENIAL_ADJECTIVES = frozenset("false baseless untrue unfounded groundless fake fabricated inaccurate".split())

# cautioned: the source says the proposition is not established (FactBank Uu / "unknown").
CAUTION_WORDS = frozenset(
    "caution cautious unconfirmed unverified premature speculation speculative unclear uncertain "
    "rumor rumour unsubstantiated unproven hearsay conjecture".split()
)
# "not clear", "not known": said with a negation, the matter is open ("it was not immediately clear what ...").
NOT_KNOWN_ADJECTIVES = frozenset("clear certain sure known".split())
# Words that say the answer to a question is not known ("unclear where", "unknown how many").
UNKNOWN_WORDS = frozenset("unclear unknown uncertain undetermined".split())
# Nouns of an answer: with "no" and a question after them the answer is not known ("there was no word
# on when the airport would reopen", "no timeframe for when communications will be restored", "gave no
# indication of how many were hurt"). ("time frame": the parser's head is "frame".)
NO_ANSWER_NOUNS = frozenset("word timeframe timetable frame estimate idea indication explanation information".split())
# "under investigation", "under review": the matter is open, not established.
OPEN_QUESTION_NOUNS = frozenset("investigation review examination scrutiny inquiry".split())
# "not confirmed", "could not verify": a negated verb of knowing leaves the claim open.
UNCONFIRMED_VERBS = frozenset("confirm verify establish determine corroborate substantiate know".split())
# Verbs of telling that, with "could not" or "can't" and a question after them, say the source does
# not know the answer ("could not say if anyone else was inside"; "would not say" declines instead).
CANNOT_SAY_VERBS = frozenset("say tell".split())

# hedged: the proposition is possible or probable, not stated (FactBank PR/PS).
# "would" only in a condition ("would have", "if ..., it would"): elsewhere it is the future of a
# past report ("the pirates would be handed over in Djibouti", "said it would fly its passengers")
HEDGE_MODALS = frozenset("may might could".split())
CONDITION_WORDS = frozenset("if unless otherwise".split())
HEDGE_WORDS = frozenset(
    "potential potentially possible possibly likely probably perhaps apparently seemingly "
    "suggest appear seem allegedly alleged presumably purported".split()
)

# Verbs that, in the passive, suppose what they are said of: "is presumed dead", "are feared killed",
# "is believed to have acted alone", "is thought to be".
SUPPOSITION_VERBS = frozenset("presume fear believe think assume".split())

# Verbs that say of someone what is only alleged or reported of them ("Hurst, alleged to have 19
# wives"): the one they are said of is who has it. Not an accusation ("accused of having two
# wives"): that is what the charge counts, not what the person has (a reader took the charge's two
# against "has at least three wives" for no discrepancy).
ALLEGING_VERBS = frozenset("allege say believe report reckon rumor rumour".split())
ACCUSING_VERBS = frozenset("accuse charge indict convict suspect".split())

# Nouns of kin: only a person has them ("Blackmore has 20 wives"), whatever the tagger made of the name.
KIN_NOUNS = frozenset("wife husband spouse child son daughter brother sister sibling grandchild "
                      "grandson granddaughter stepchild".split())

# Things said to be "N-year-old" whose age is no person's: "a 41-year-old murder case", "the
# 60-year-old bridge" (quantities: a length of time, not an age).
AGED_THINGS = frozenset(
    "case mystery crime murder killing killings investigation record tradition law ban policy rule dispute "
    "feud conflict war building bridge house home church school company firm business ship vessel plane "
    "aircraft car tree song show series film game record career relationship marriage".split())

# reported: the article relays someone else's statement without committing to it.
REPORT_WORDS = frozenset("reportedly reported purportedly".split())

# status: planned (TimeML modal/intensional), ongoing (progressive), done (perfective).
PLAN_WORDS = frozenset(
    "plan schedule expect intend aim set prepare propose hope seek want anticipate due poise "
    "consider mull envisage".split()
)
PLAN_NOUNS = frozenset("plan plans intention proposal prospect".split())
ONGOING_WORDS = frozenset("continue ongoing underway progress still remain".split())
# Verbs whose past tense says that something has started or ended: "began", "completed".
DONE_VERBS = frozenset("begin start complete finish sign open launch take assume conclude".split())
# "rose to 33": the count in this claim updates an earlier one.
# Verbs of a web page's own metadata lines ("Originally published May 3 at 10:20 AM",
# "Last updated"): their dates say when the page was written, not when anything happened.
METADATA_VERBS = frozenset("publish post update modify edit upload file write print".split())
CHANGE_VERBS = frozenset("rise climb increase grow jump reach surge mount swell fall drop decline decrease".split())
# Verbs that take a count to a new value: "bringing the death toll to 11", "raising the number to 40".
TAKE_TO_VERBS = frozenset("bring raise push take lift bump hike boost".split())

# Verbs and nouns of people turning out (WordNet's march.v.01, demonstrate.v.04, rally.v.01,
# gather.v.01; crowd.n.01, demonstration.n.03): what "20,000 people marched" and "police put
# the march at 30,000" count, the size of the crowd.
CROWD_VERBS = frozenset("march protest demonstrate rally gather assemble converge throng".split())
CROWD_NOUNS = frozenset("crowd march rally protest demonstration gathering procession vigil turnout".split())

# Opposite predicates, so that "was closed" and "remained open" read as one fact with two
# polarities. Each lemma maps to (canonical lemma, polarity).
ANTONYMS = {
    "open": ("open", True), "reopen": ("open", True), "close": ("open", False), "shut": ("open", False),
    "closed": ("open", False),
    "alive": ("alive", True), "dead": ("alive", False), "survive": ("alive", True),
    "allow": ("allow", True), "permit": ("allow", True), "ban": ("allow", False),
    "forbid": ("allow", False), "prohibit": ("allow", False),
    "accept": ("accept", True), "approve": ("accept", True), "reject": ("accept", False),
    "win": ("win", True), "lose": ("win", False),
    "guilty": ("guilty", True), "innocent": ("guilty", False),
    "present": ("present", True), "absent": ("present", False),
    "operational": ("operational", True), "inoperable": ("operational", False),
    "safe": ("safe", True), "unsafe": ("safe", False),
    "legal": ("legal", True), "illegal": ("legal", False),
}

# Event classes: different words for one count. Comparing "30 died" with "24 were killed"
# needs both to read as deaths; comparing deaths with injuries must never happen.
EVENT_CLASSES = {
    "death": "die dead death kill fatality toll perish drown body victim casualty fatal".split(),
    "injury": "injure injured injury hurt wound wounded".split(),
    "hospitalization": "hospitalize hospitalise hospitalization hospitalisation".split(),  # a part of the injured
    "missing": "missing miss unaccounted".split(),
    "rescue": "rescue save".split(),
    "evacuation": "evacuate evacuation evacuee".split(),
    "arrest": "arrest detain detention".split(),
    "acquisition": "buy acquire acquisition purchase takeover deal bid offer value price pay".split(),
    "return": "return returnee".split(),
    "vote": "vote ballot".split(),
    "turnout": "turnout".split(),
}


def _by_word(groups: dict[str, list[str]]) -> dict[str, str]:
    """Each word of each group mapped to the group's name."""
    return {word: name for name, words in groups.items() for word in words}


EVENT_OF = _by_word(EVENT_CLASSES)

# Happenings by their newswire names: the members of WordNet's noun synsets for each (earthquake.n.01
# "earthquake, quake, temblor, seism"; fire.n.03 "fire, blaze"; explosion.n.01 "explosion, blowup,
# detonation"...), so that "the temblor occurred at 9:27" and "the quake struck at 2:09" are one
# happening told twice. Each maps to its first member.
HAPPENINGS = {
    "earthquake": "earthquake quake temblor tremor seism".split(),
    "fire": "fire blaze inferno conflagration wildfire bushfire".split(),
    "explosion": "explosion blast detonation blowup".split(),
    "flood": "flood flooding deluge inundation".split(),
    "landslide": "landslide landslip mudslide".split(),
    "storm": "storm tempest windstorm".split(),
    "crash": "crash collision".split(),
    "shooting": "shooting gunfire".split(),
    "riot": "riot rioting".split(),
    "protest": "protest demonstration".split(),
    "outage": "outage blackout downtime".split(),  # outage.n.01, downtime.n.01: a service not working
}
HAPPENING_OF = _by_word(HAPPENINGS)
# Names a source may refuse a happening ("did not constitute a riot", "was not a coup", "was no
# accident"): the happenings above and WordNet's hyponyms of crime.n.01, attack.n.01 and
# accident.n.01 that news gives events as their name.
EVENT_LABELS = frozenset(HAPPENING_OF) | frozenset(
    "massacre genocide coup attack murder manslaughter killing accident suicide terrorism invasion uprising "
    "rebellion mutiny assassination kidnapping hijacking looting pogrom".split())
# Tasks a report gives the time of ("it would take 12 days to fix" / "the repair time will be twelve
# days"), by WordNet's verb synsets (repair.v.01 "repair, mend, fix, restore"; with their nouns):
# each maps to its first member.
TASKS = {
    "repair": "repair repairs mend fix restore restoration".split(),
    "rebuild": "rebuild reconstruct reconstruction".split(),
    "clean": "clean cleanup".split(),
    "evacuate": "evacuate evacuation".split(),
}
TASK_OF = _by_word(TASKS)
# Things a report names by a near synonym, by WordNet's noun synsets and their common hyponyms
# ("a repair ship" / "a maintenance boat" / "a cable vessel"): each maps to its first member.
THINGS = {
    "ship": "ship boat vessel".split(),
    "plane": "plane aircraft airplane aeroplane jet airliner".split(),
    "car": "car vehicle automobile".split(),
}
THING_OF = _by_word(THINGS)
# Buildings and works a disaster report counts as damaged (WordNet's building.n.01 and structure.n.01
# hyponyms common in such reports), and the verbs that damage them: "more than 300 buildings have
# been damaged", "800 homes destroyed" (a count of damage, against "no reports of damage").
BUILDINGS = frozenset("building house home dwelling school church mosque temple hospital office shop store "
                      "bridge road hotel apartment".split())
DAMAGE_VERBS = frozenset("damage destroy collapse flatten raze topple level wreck demolish".split())
# The damage itself: "no reports of damage", "$2 million of damage".
DAMAGE_NOUNS = frozenset({"damage", "destruction"})
# Shots: verbs that wound a person each time ("shot 11 times", "stabbed 20 times"), verbs of a round
# striking ("hit by seven bullets"; "N times" only of someone hit, "was hit", "hitting Gray", "hit
# him": "the quake hit the region three times" is no wound), verbs of firing, what is fired.
WOUND_VERBS = frozenset("shoot stab".split())
IMPACT_VERBS = frozenset("hit strike".split())
FIRE_VERBS = frozenset("fire shoot discharge empty".split())
ROUND_NOUNS = frozenset("bullet round shot gunshot".split())
# Verbs that say only that a happening took place: "the quake struck / hit / occurred / was recorded".
HAPPEN_VERBS = frozenset("happen occur strike hit erupt jolt rattle shake rock record register".split())

# Nouns that count people in general: "30 people" and "30 passengers" count the same heads.
PEOPLE_NOUNS = frozenset(
    "people person passenger resident civilian child adult man woman student worker crew "
    "member tourist pilgrim migrant refugee soldier officer employee individual "
    "protester protestor demonstrator marcher participant other".split()
)

# Words that widen or bound a number: value -> (low factor, high factor) of the stated number.
APPROXIMATORS = {
    "about": (0.9, 1.1), "around": (0.9, 1.1), "approximately": (0.9, 1.1), "roughly": (0.9, 1.1),
    "some": (0.9, 1.1), "circa": (0.9, 1.1), "estimated": (0.85, 1.15), "nearly": (0.85, 1.0),
    "almost": (0.85, 1.0), "close to": (0.85, 1.0), "just under": (0.9, 1.0), "just over": (1.0, 1.1),
    "at least": (1.0, float("inf")), "more than": (1.0, float("inf")), "over": (1.0, float("inf")),
    "upwards of": (1.0, float("inf")), "in excess of": (1.0, float("inf")),
    "up to": (0.0, 1.0), "at most": (0.0, 1.0), "fewer than": (0.0, 1.0), "less than": (0.0, 1.0),
    "under": (0.0, 1.0), "no more than": (0.0, 1.0),
}

WORD_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
WORD_NUMBERS.update({w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)})
WORD_NUMBERS.update({"a": 1, "an": 1, "dozen": 12, "dozens": 24, "half": 0.5, "quarter": 0.25})
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000, "mn": 1_000_000,
          "b": 1_000_000_000, "tn": 1_000_000_000_000}

CURRENCIES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "¥": "JPY", "yen": "JPY", "lira": "TRY", "liras": "TRY", "rupee": "INR", "rupees": "INR",
    "yuan": "CNY", "franc": "CHF", "francs": "CHF",
}

# Parts of the day, in minutes after midnight, for "in the morning" style times.
DAY_PARTS = {"morning": (300, 720), "noon": (690, 750), "midday": (690, 750), "afternoon": (720, 1080),
             "evening": (1020, 1320), "night": (1200, 1740), "midnight": (1410, 1470), "dawn": (240, 420)}

# Ranks of armed forces and police forces (the NATO rank scales, army and navy, and the police
# ranks of English-speaking forces): one person named with two different ranks in reports of one
# event is a discrepancy ("Commander X" / "Commodore X"). A rank within a longer one is the same
# ("Lieutenant General X" is called "General X"), so only the last word is compared.
RANKS = frozenset(
    "private corporal sergeant lieutenant captain major colonel brigadier general commander commodore "
    "admiral ensign marshal constable inspector superintendent commissioner".split()
)
# Their abbreviations before a name ("Sgt. Mourad Mourad", "Lt. Gen. Ray Odierno").
RANK_ABBREVIATIONS = {"pvt": "private", "cpl": "corporal", "sgt": "sergeant", "lt": "lieutenant", "capt": "captain",
                      "cpt": "captain", "maj": "major", "col": "colonel", "brig": "brigadier", "gen": "general",
                      "cmdr": "commander", "cdr": "commander", "cmdre": "commodore", "adm": "admiral",
                      "insp": "inspector", "supt": "superintendent"}
