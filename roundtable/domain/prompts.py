"""The guiding prompts a facilitator sees per phase, in the session's language.

They belong to the session (its minutes language), not to the app's interface language: a
Danish meeting run on an English laptop still gets Danish prompts.
"""

from __future__ import annotations

from roundtable.domain.model import Language, Phase

PROMPTS: dict[Language, dict[Phase, tuple[str, ...]]] = {
    Language.DA: {
        Phase.NARRATIVE: (
            "Hvem er borgerne, og hvordan mærker de problemet?",
            "Hvad har I allerede prøvet?",
            "Hvilke prioriteter, kompetencer og regler sætter rammen?",
        ),
        Phase.BARRIERS_OPPORTUNITIES: (
            "Hvad står i vejen — lovgivning, data, udbud, økonomi, organisation, etik?",
            "Hvilke erfaringer kan vi bygge videre på?",
        ),
        Phase.IDEAS: (
            "Hvilken idé vil I afprøve først?",
            "Hvem tager næste skridt?",
            "Hvordan skalerer vi, hvis piloten lykkes?",
        ),
    },
    Language.EN: {
        Phase.NARRATIVE: (
            "Who are the citizens, and how do they feel the problem?",
            "What have you already tried?",
            "Which priorities, competences and rules set the frame?",
        ),
        Phase.BARRIERS_OPPORTUNITIES: (
            "What stands in the way — legislation, data, procurement, economy, organisation, "
            "ethics?",
            "Which experiences can we build on?",
        ),
        Phase.IDEAS: (
            "Which idea would you try first?",
            "Who takes the next step?",
            "How do we scale if the pilot succeeds?",
        ),
    },
}


def prompts_for(phase: Phase, language: Language) -> tuple[str, ...]:
    return PROMPTS[Language(language)][Phase(phase)]
