"""The guiding prompts name what the facilitator can type."""

from __future__ import annotations

import pytest

from roundtable.domain.model import Language, Phase
from roundtable.domain.prompts import prompts_for
from roundtable.minutes.labels import labels_for


@pytest.mark.parametrize("language", list(Language))
def test_each_kind_of_barrier_the_prompt_names_is_a_category_ctrl_g_completes(language):
    # The prompt said "jura", the category is "Lovgivning": "ju" after Ctrl+G found nothing.
    prompt = prompts_for(Phase.BARRIERS_OPPORTUNITIES, language)[0]
    named = prompt.split("—", 1)[1].strip(" ?").split(", ")
    categories = [c.casefold() for c in labels_for(language).categories.values()]
    for word in named:
        assert any(c.startswith(word.casefold()) for c in categories), word
