"""What extraction finds in an article: entities, mentions, places, claims, events and tolls.

Every row keeps its ``article_id`` and character offsets into ``articles.body`` so that any figure
in a mart can be traced back to the words it came from.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, FactTable, created_at_column, fact_id_column, id_column, one_of


class Entity(Base):
    """A canonical actor, place or person (Russia; Islamic State; Hossein Hamedani)."""

    __tablename__ = "entities"
    __table_args__ = (
        sa.UniqueConstraint("kind", "canonical_name"),
        one_of("kind", "entity_kinds"),
        one_of("sector", "cameo_sectors"),
    )

    entity_id: Mapped[int] = id_column("entities")
    canonical_name: Mapped[str] = mapped_column(sa.String)
    kind: Mapped[str] = mapped_column(sa.String, comment="One of models.codes.ENTITY_KINDS")
    country_iso3: Mapped[str | None] = mapped_column(
        sa.String(3), comment="ISO 3166-1 alpha-3; null for transnational groups"
    )
    sector: Mapped[str | None] = mapped_column(sa.String, comment="CAMEO agent code: GOV, MIL...")
    created_at: Mapped[dt.datetime] = created_at_column()


class EntityAlias(Base):
    """Another name of an entity (ISIS, ISIL, Daesh -> Islamic State)."""

    __tablename__ = "entity_aliases"
    __table_args__ = (sa.UniqueConstraint("entity_id", "alias"),)

    alias_id: Mapped[int] = id_column("entity_aliases")
    entity_id: Mapped[int] = mapped_column(sa.BigInteger, comment="-> entities")
    alias: Mapped[str] = mapped_column(sa.String)
    origin: Mapped[str | None] = mapped_column(sa.String, comment="Dictionary file it came from")


class Location(Base):
    """A geocoded place; unresolved places keep only their name."""

    __tablename__ = "locations"
    __table_args__ = (one_of("precision", "location_precisions"),)

    location_id: Mapped[int] = id_column("locations")
    name: Mapped[str] = mapped_column(sa.String)
    country_iso3: Mapped[str | None] = mapped_column(sa.String(3))
    admin1: Mapped[str | None] = mapped_column(sa.String, comment="Governorate / province")
    latitude: Mapped[float | None] = mapped_column(sa.Double)
    longitude: Mapped[float | None] = mapped_column(sa.Double)
    gazetteer_id: Mapped[str | None] = mapped_column(
        sa.String, unique=True, comment="Id in the bundled gazetteer; null when unresolved"
    )
    precision: Mapped[str] = mapped_column(
        sa.String, comment="city | admin1 | country | site | unresolved"
    )


class Mention(FactTable, Base):
    """One span of an article that names an entity."""

    __tablename__ = "mentions"

    mention_id: Mapped[int] = fact_id_column("mentions")
    article_id: Mapped[int] = mapped_column(sa.BigInteger, comment="-> articles")
    entity_id: Mapped[int | None] = mapped_column(sa.BigInteger, comment="-> entities")
    surface_text: Mapped[str] = mapped_column(sa.String)
    ner_label: Mapped[str] = mapped_column(sa.String)
    char_start: Mapped[int] = mapped_column(sa.Integer)
    char_end: Mapped[int] = mapped_column(sa.Integer)
    sentence_index: Mapped[int] = mapped_column(sa.Integer)


class Claim(FactTable, Base):
    """An attribution: who says (or denies) what, with the span of what is claimed."""

    __tablename__ = "claims"
    __table_args__ = (one_of("stance", "claim_stances"),)

    claim_id: Mapped[int] = fact_id_column("claims")
    article_id: Mapped[int] = mapped_column(sa.BigInteger, comment="-> articles")
    claimant_entity_id: Mapped[int | None] = mapped_column(sa.BigInteger, comment="-> entities")
    claimant_text: Mapped[str] = mapped_column(sa.String)
    claimant_start: Mapped[int | None] = mapped_column(sa.Integer)
    claimant_end: Mapped[int | None] = mapped_column(sa.Integer)
    cue: Mapped[str] = mapped_column(sa.String, comment="said, denied, according to...")
    cue_start: Mapped[int] = mapped_column(sa.Integer)
    cue_end: Mapped[int] = mapped_column(sa.Integer)
    stance: Mapped[str] = mapped_column(sa.String, comment="One of models.codes.CLAIM_STANCES")
    claim_start: Mapped[int] = mapped_column(sa.Integer)
    claim_end: Mapped[int] = mapped_column(sa.Integer)
    extractor_version: Mapped[str] = mapped_column(sa.String)


class Event(FactTable, Base):
    """One reported event (strike, shelling, killing...) as one article tells it."""

    __tablename__ = "events"
    __table_args__ = (
        one_of("date_precision", "date_precisions"),
        one_of("stance", "event_stances"),
    )

    event_id: Mapped[int] = fact_id_column("events")
    article_id: Mapped[int] = mapped_column(sa.BigInteger, comment="-> articles")
    claim_id: Mapped[int | None] = mapped_column(
        sa.BigInteger, comment="-> claims; null when in the writer's own voice"
    )
    event_type: Mapped[str] = mapped_column(sa.String)
    plover_category: Mapped[str | None] = mapped_column(sa.String)
    plover_mode: Mapped[str | None] = mapped_column(sa.String)
    acled_event_type: Mapped[str | None] = mapped_column(sa.String)
    acled_sub_event_type: Mapped[str | None] = mapped_column(sa.String)
    actor_entity_id: Mapped[int | None] = mapped_column(sa.BigInteger, comment="-> entities")
    actor_text: Mapped[str | None] = mapped_column(sa.String)
    actor_start: Mapped[int | None] = mapped_column(sa.Integer)
    actor_end: Mapped[int | None] = mapped_column(sa.Integer)
    target_entity_id: Mapped[int | None] = mapped_column(sa.BigInteger, comment="-> entities")
    target_text: Mapped[str | None] = mapped_column(sa.String)
    target_start: Mapped[int | None] = mapped_column(sa.Integer)
    target_end: Mapped[int | None] = mapped_column(sa.Integer)
    location_id: Mapped[int | None] = mapped_column(sa.BigInteger, comment="-> locations")
    location_text: Mapped[str | None] = mapped_column(sa.String)
    location_start: Mapped[int | None] = mapped_column(sa.Integer)
    location_end: Mapped[int | None] = mapped_column(sa.Integer)
    event_date: Mapped[dt.date | None] = mapped_column(sa.Date)
    date_precision: Mapped[str | None] = mapped_column(sa.String)
    date_text: Mapped[str | None] = mapped_column(sa.String)
    killed_low: Mapped[int | None] = mapped_column(sa.Integer)
    killed_high: Mapped[int | None] = mapped_column(sa.Integer)
    injured_low: Mapped[int | None] = mapped_column(sa.Integer)
    injured_high: Mapped[int | None] = mapped_column(sa.Integer)
    stance: Mapped[str] = mapped_column(sa.String, comment="One of models.codes.EVENT_STANCES")
    sentence_start: Mapped[int] = mapped_column(sa.Integer)
    sentence_end: Mapped[int] = mapped_column(sa.Integer)
    confidence: Mapped[float] = mapped_column(sa.Double)
    extractor_version: Mapped[str] = mapped_column(sa.String)
    # Added by revision 0002 (appended, so the rebuilt table keeps the old column order first).
    killed_best: Mapped[int | None] = mapped_column(
        sa.Integer, comment="Best estimate: the lowest figure the words support, or the one given"
    )
    injured_best: Mapped[int | None] = mapped_column(sa.Integer)
    killed_open_ended: Mapped[bool | None] = mapped_column(
        sa.Boolean, comment="No stated upper bound ('more than 10'); then killed_high is null"
    )
    injured_open_ended: Mapped[bool | None] = mapped_column(sa.Boolean)


class TollClaim(FactTable, Base):
    """A war toll or other casualty statistic: data about a conflict, never an event."""

    __tablename__ = "toll_claims"
    __table_args__ = (one_of("toll_kind", "toll_kinds"),)

    toll_claim_id: Mapped[int] = fact_id_column("toll_claims")
    article_id: Mapped[int] = mapped_column(sa.BigInteger, comment="-> articles")
    claim_id: Mapped[int | None] = mapped_column(
        sa.BigInteger, comment="-> claims; null when in the writer's own voice"
    )
    toll_kind: Mapped[str] = mapped_column(sa.String, comment="One of models.codes.TOLL_KINDS")
    victims_text: Mapped[str | None] = mapped_column(sa.String, comment="civilians, people...")
    killed_low: Mapped[int | None] = mapped_column(sa.Integer)
    killed_high: Mapped[int | None] = mapped_column(sa.Integer)
    killed_best: Mapped[int | None] = mapped_column(sa.Integer)
    open_ended: Mapped[bool | None] = mapped_column(sa.Boolean)
    conflict_text: Mapped[str | None] = mapped_column(sa.String, comment="Syria's war...")
    country_iso3: Mapped[str | None] = mapped_column(sa.String(3))
    since_date: Mapped[dt.date | None] = mapped_column(sa.Date)
    since_text: Mapped[str | None] = mapped_column(sa.String, comment="since 2011")
    period_text: Mapped[str | None] = mapped_column(sa.String, comment="a year, in the 1990s")
    count_start: Mapped[int | None] = mapped_column(sa.Integer)
    count_end: Mapped[int | None] = mapped_column(sa.Integer)
    sentence_start: Mapped[int] = mapped_column(sa.Integer)
    sentence_end: Mapped[int] = mapped_column(sa.Integer)
    extractor_version: Mapped[str] = mapped_column(sa.String)
