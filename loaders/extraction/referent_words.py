"""The word lists ``referents.Referents`` reads a reference by: which sectors are a state's
when unnamed, which armed men act where the story's places are, which possessed bodies keep
their own sector."""

from __future__ import annotations

from loaders.extraction.word_sets import words as _words

CIVIL_ORGANS = frozenset({"GOV", "COP", "SPY", "JUD", "LEG"})  # a state's, when unnamed
# Drones no words tie to a side strike for someone the story does not say (a foreign power's, as
# often as not); unnamed soldiers, jets and helicopters are the home state's (barrel bombs)
UNOWNED_AIRCRAFT = frozenset({"drone", "uav"})
# Unnamed non-state armed men act where the article's places are (their country, not the state).
# So do unnamed people hit ("killing 18 people": ACLED's "Civilians (Country)").
HOMEGROWN = frozenset(
    {"REB", "UAF", "INS", "SEP", "CRM", "CVL", "OPP"}  # "protesters clashed with police"
    | {"HLH", "REL", "EDU", "AGR", "BUS", "MED", "LAB"}  # "a doctor and two nurses", "traders"
)
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
# Bodies of their own: "their union", "his family", "its hospital" are not the possessor itself
# (as "its fighters" or "their spokesman" are); they keep their sector, in the possessor's country.
OWN_BODY_SECTORS = frozenset({"LAB", "HLH", "MED", "NGO", "REL", "EDU", "BUS", "CVL", "REF", "AGR"})
MONITOR_HEADS = frozenset({"monitor", "observatory"})
GROUP_HEADS = _words("group militant jihadist extremist organisation organization")
QUANTIFIERS = _words("one two three some several many most all few dozens hundreds each none")
EVENT_NOUNS = _words(
    "strike airstrike raid attack bombing shelling missile rocket campaign operation offensive"
)
