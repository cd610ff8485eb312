"""Where rows come from: the warehouse itself, sources, load runs, articles and the inputs that
were rejected."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, created_at_column, id_column, one_of


class WarehouseIdentity(Base):
    """The one row that names this warehouse: ``publish`` records the id in the serving file
    and refuses to replace a serving file published from another warehouse."""

    __tablename__ = "warehouse_identity"

    warehouse_id: Mapped[str] = mapped_column(
        sa.String(32), primary_key=True, comment="Random id drawn when the warehouse was created"
    )
    created_at: Mapped[dt.datetime] = created_at_column()


class Source(Base):
    """An outlet (Al-Ahram, Reuters.com...) or a wire agency credited in the copy (AFP, Reuters)."""

    __tablename__ = "sources"
    __table_args__ = (one_of("kind", "source_kinds"),)

    source_id: Mapped[int] = id_column("sources")
    name: Mapped[str] = mapped_column(sa.String, unique=True, comment="Canonical display name")
    kind: Mapped[str] = mapped_column(sa.String, comment="One of models.codes.SOURCE_KINDS")
    country_iso3: Mapped[str | None] = mapped_column(sa.String(3))
    created_at: Mapped[dt.datetime] = created_at_column()


class LoadRun(Base):
    """One invocation of ``wirehouse load`` (or ``reextract``) and what it did."""

    __tablename__ = "load_runs"
    __table_args__ = (one_of("command", "run_commands"), one_of("status", "run_statuses"))

    run_id: Mapped[int] = id_column("load_runs")
    command: Mapped[str] = mapped_column(sa.String, comment="load | reextract")
    started_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    status: Mapped[str] = mapped_column(sa.String, comment="One of models.codes.RUN_STATUSES")
    loader_version: Mapped[str] = mapped_column(sa.String)
    extractor_version: Mapped[str | None] = mapped_column(sa.String)
    inputs: Mapped[str | None] = mapped_column(sa.String, comment="The paths given, as JSON")
    n_read: Mapped[int] = mapped_column(sa.Integer, server_default="0")
    n_new: Mapped[int] = mapped_column(sa.Integer, server_default="0")
    n_duplicate: Mapped[int] = mapped_column(sa.Integer, server_default="0")
    n_rejected: Mapped[int] = mapped_column(sa.Integer, server_default="0")


class Article(Base):
    """A normalised article. ``content_hash`` (of the tidied body) makes loads idempotent."""

    __tablename__ = "articles"

    article_id: Mapped[int] = id_column("articles")
    source_id: Mapped[int | None] = mapped_column(sa.BigInteger, comment="Outlet -> sources")
    wire_source_id: Mapped[int | None] = mapped_column(
        sa.BigInteger, comment="Wire agency credited in the copy -> sources"
    )
    external_id: Mapped[str | None] = mapped_column(sa.String, comment="Id given by the input")
    url: Mapped[str | None] = mapped_column(sa.String)
    title: Mapped[str | None] = mapped_column(sa.String)
    dateline: Mapped[str | None] = mapped_column(sa.String, comment="Place in the dateline")
    published_date: Mapped[dt.date | None] = mapped_column(sa.Date)
    language: Mapped[str | None] = mapped_column(sa.String(8))
    body: Mapped[str] = mapped_column(sa.String)
    content_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    near_duplicate_key: Mapped[str | None] = mapped_column(
        sa.String(64), comment="Hash of source + normalised title + day; see README"
    )
    input_file: Mapped[str | None] = mapped_column(sa.String)
    input_locator: Mapped[str | None] = mapped_column(sa.String, comment="line N / row N")
    run_id: Mapped[int] = mapped_column(sa.BigInteger, comment="-> load_runs")
    extractor_version: Mapped[str | None] = mapped_column(
        sa.String, comment="Version of the extraction whose rows this article holds"
    )
    loaded_at: Mapped[dt.datetime] = created_at_column()


class RejectedInput(Base):
    """An input record that could not be loaded, with the reason, so nothing fails silently."""

    __tablename__ = "rejected_inputs"

    rejected_id: Mapped[int] = id_column("rejected_inputs")
    run_id: Mapped[int] = mapped_column(sa.BigInteger, comment="-> load_runs")
    input_file: Mapped[str] = mapped_column(sa.String)
    input_locator: Mapped[str | None] = mapped_column(sa.String, comment="line N / row N")
    reason: Mapped[str] = mapped_column(sa.String)
    excerpt: Mapped[str | None] = mapped_column(sa.String, comment="First 200 characters")
    rejected_at: Mapped[dt.datetime] = created_at_column()
