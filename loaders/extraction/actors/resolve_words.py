"""The word lists ``resolve_actor`` reads a description by: patrons, titles, descriptors,
offices in an organisation, offices sent to a state or body."""

from __future__ import annotations

from loaders.extraction.actors.homes import QUANTIFIERS
from loaders.extraction.word_sets import words as _words

# "<owner>-backed X": the owner sponsors X but X is not the owner's organ.
PATRON_WORDS = frozenset(
    {"backed", "led", "allied", "supported", "sponsored", "trained", "funded", "linked",
     "affiliated", "aligned", "held", "controlled", "friendly", "leaning"}
)  # fmt: skip
# Words before a personal name that say who the person is, not which person.
TITLES = _words(
    """mr mrs ms miss dr sir dame president prime minister premier chancellor king queen prince
    princess crown sheikh emir general gen lieutenant lt colonel col major maj captain admiral
    marshal field vice deputy foreign defence defense interior secretary state chief leader
    former ex late acting supreme ayatollah imam pope rebel commander warlord chairman emperor
    empress shah sultan emir comrade mullah commandant comandante strongman tsar grand mufti
    senator governor mayor"""
)
# Words before an owner that say which or how many, not whose: "a senior Israeli official".
DESCRIPTORS = QUANTIFIERS - {"of"} | _words(
    """senior top local former retired high ranking unnamed anonymous unidentified regional
    junior chief royal late deposed ousted exiled slain assassinated then"""
)

# Last words of an office in an organisation, whatever its portfolio.
OFFICE_WORDS = _words(
    """chief head envoy coordinator commissioner rapporteur secretary spokesman spokeswoman
    spokesperson official officials representative director president chairman chair"""
)

# Offices sent to a state or body: "the ambassador to Belgium", "the UN envoy for Yemen" are not
# Belgium's or Yemen's.
SENT_OFFICES = _words(
    """ambassador envoy emissary delegate delegation representative mediator observer
    negotiator mission attache consul"""
)
