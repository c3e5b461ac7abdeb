"""Words that are also names: a participant "Per", "Bo" or "Skov", an organisation "Tryg",
"Data" or "KL" shares its spelling with everyday Danish or English.

Such a name is hidden only where it is written as a name (with its capital, not opening a
sentence), and the facilitator is told at set-up. The list is compact on purpose: everyday
words, the surnames and first names that are words, and the abbreviations notes use. Add to
it when a session shows a new one; the test corpus (tests/data/redaction_cases.json) is the
place to record why.
"""

from __future__ import annotations

from roundtable.audience.normalise import fold

_DANISH = """
af al alle alt anden andet andre at bag bare bedre bedst begge blev bliver bo bor borger bred
bro brug bør da dag dal dam data de dem den denne der deres det dette dig din disse du efter
eg egen eller en end eng er et fag fair falk fast fin fisker flere for fordi fra frem frost få
gade glad god godt gran grund grøn gul gør hal han hans har hav have hede hel hen her hjem
hjort holm hos hun hvad hvid hvis hvor høj i igen ikke ind jeg jo kan kirk klar kok kom kort
kraft krog kun kær lang lige lille lind lund lyng lys lykke løn mand mange mark med
meget men mere mest mig min mod mose mål ned nu nord ny når og også om op or over park per
plads rask ravn ret rig ro rose rød sag sand se sen sig sin skal skov skytte slot smed snart
som sommer sort stadig sted sten stor storm strand sund syd sø så tak tid til tryg ulv under
ung ved vej vest vi vil vinter vang vind år ø øst ønske ørn ask birk bager bjerg
bjørn bak bang bay due ege elm fly fugl helle hvidt kilde kloster
lyst mølle møller ny nyt ro ry rå stær sol solen svane svend tang vad vig øster
sker kilde lykkelig frisk hjemme nær gerne pris tal viden viden hus huse kvist lokal land
fremtid omsorg velfærd hjælp vækst sikker sikkerhed trivsel tillid ansvar kvalitet
elmaskiner elbiler elbil maskiner
"""

_ENGLISH = """
a about after all also an and any april art as at baker be bell best big bill black bob
brown but by can case cole cook could day do don drew faith for frank from gene get good
grace gray green guy have he her here hill his hope hunter i if in is it its jack jean joy
june just king know like long mark max may me miller more most my new nick no not now of on
one or our out page pat per price ray rich rob rose say see she sky smith so some stone
storm sue summer taylor than that the their them then there they this time to up us we
white will with wood would you young dawn fair data trust care help
"""

# Abbreviations notes use; "KL" (Kommunernes Landsforening) meets "kl. 13.00".
_ABBREVIATIONS = """
kl ca fx mfl osv bla dvs jf stk nr kr mio mia pct ift iht evt inkl ekskl mht vha eg ie etc
vs pm am no mr mrs dr it ok
"""

ORDINARY = frozenset(fold(w) for w in (_DANISH + _ENGLISH + _ABBREVIATIONS).split())


def is_ordinary(word: str) -> bool:
    """Whether `word` is also an everyday word or abbreviation (any case, any accent form)."""
    key = fold(word).strip(".'")
    return key in ORDINARY or len(key) <= 2
