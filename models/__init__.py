"""The wirehouse warehouse schema (SQLAlchemy 2.0 typed declarative models)."""

from models.base import Base
from models.extraction import Claim, Entity, EntityAlias, Event, Location, Mention, TollClaim
from models.provenance import Article, LoadRun, RejectedInput, Source, WarehouseIdentity

metadata = Base.metadata

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
