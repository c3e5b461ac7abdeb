"""The minutes' distribution list: semicolons or lines part recipients, commas do not."""

from roundtable.domain.recipients import recipients, recipients_line


def test_lines_and_semicolons_part_recipients_and_a_comma_stays_inside_one():
    text = "Deltagerne\n Ældreudvalget, Nordhavn Kommune ;KL\n\n;"
    assert recipients(text) == ["Deltagerne", "Ældreudvalget, Nordhavn Kommune", "KL"]
    assert recipients_line(text) == "Deltagerne; Ældreudvalget, Nordhavn Kommune; KL"
    assert recipients_line("  ") == ""
