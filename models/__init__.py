"""The wirehouse warehouse schema (SQLAlchemy 2.0 typed declarative models).

The models are imported on first use of any name below (PEP 562), all together, so that
``metadata`` always holds every table; ``models.codes`` alone (the coded values, which the
extraction reads) then costs no SQLAlchemy import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import MetaData

    from models.base import Base
    from models.extraction import Claim, Entity, EntityAlias, Event, Location, Mention, TollClaim
    from models.provenance import Article, LoadRun, RejectedInput, Source, WarehouseIdentity

    metadata: MetaData

MODULES = ("models.base", "models.extraction", "models.provenance")

__all__ = [
    "Article",
    "Base",
    "Claim",
    "Entity",
    "EntityAlias",
    "Event",
    "LoadRun",
    "Location",
    "Mention",
    "RejectedInput",
    "Source",
    "TollClaim",
    "WarehouseIdentity",
    "metadata",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'models' has no attribute {name!r}")
    namespace = globals()
    for module in MODULES:
        loaded = importlib.import_module(module)
        namespace.update({n: getattr(loaded, n) for n in __all__ if hasattr(loaded, n)})
    namespace["metadata"] = namespace["Base"].metadata
    return namespace[name]
