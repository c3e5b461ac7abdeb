"""The legal forms a company's name ends (or, rarely, opens) with: "DataBro A/S",
"CareTech Nordic ApS". Lower case; one list for what the names say about an organisation:
its sector (sectors.py) and the short form notes write (audience/redaction.py)."""

from __future__ import annotations

COMPANY_FORMS = frozenset(
    {
        "a/s", "aps", "ivs", "i/s", "p/s", "k/s", "amba", "a.m.b.a.", "smba", "s.m.b.a.",
        "fmba", "f.m.b.a.", "gmbh", "ltd", "ltd.", "limited", "inc", "inc.", "llc", "plc",
        "ab", "asa", "oy", "bv", "b.v.", "nv", "n.v.", "sa", "s.a.", "sas", "sarl",
    }
)  # fmt: skip
