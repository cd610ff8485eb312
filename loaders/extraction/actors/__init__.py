"""Actors: resolve a mention ("American warplanes", "Daesh", "a Kigali court") to an actor.

One job per module:
- ``model``: the Actor record, sectors, kinds, ActorDataError;
- ``text``: keys (case, articles, accents, plurals);
- ``yaml_files``, ``world``: reading and validating the data files (curated ``actors*.yaml``
  and the CAMEO table; the world tables in ``loaders/data/world/``);
- ``dictionary``: the lookup tables built from them, once per process;
- ``resolve``: ``resolve_actor``, the one resolution function (``wirehouse actors resolve`` and
  extraction both call it; its docstring gives the order), built on ``agents`` (agent nouns,
  ownership, the body before an office) and ``homes`` (nationals, places as homes);
- ``patterns``: what the spaCy pipeline looks up (names as phrases, owner + agent tables);
- ``cameo``: offline regeneration of ``actors_cameo_agents.csv`` (not used at run time).
"""

from loaders.extraction.actors.dictionary import Dictionary, load_dictionary
from loaders.extraction.actors.model import KINDS, SECTORS, Actor, ActorDataError
from loaders.extraction.actors.patterns import actor_patterns, combination_tables, reload
from loaders.extraction.actors.resolve import resolve_actor
from loaders.extraction.actors.yaml_files import USER_FILES_VARIABLE

__all__ = [
    "KINDS",
    "SECTORS",
    "USER_FILES_VARIABLE",
    "Actor",
    "ActorDataError",
    "Dictionary",
    "actor_patterns",
    "combination_tables",
    "load_dictionary",
    "reload",
    "resolve_actor",
]
