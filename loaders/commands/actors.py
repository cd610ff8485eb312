"""``wirehouse actors resolve TEXT...``: look mentions up in the actor dictionary."""

from __future__ import annotations

import json

import click


@click.group()
def actors() -> None:
    """The actor dictionary (loaders/data/actors*.yaml, $WIREHOUSE_ACTORS)."""


@actors.command()
@click.argument("texts", nargs=-1, required=True)
def resolve(texts: tuple[str, ...]) -> None:
    """Print one JSON object per TEXT: {"text", "name", "country", "sector"} (nulls if unknown)."""
    from loaders.extraction.actors import ActorDataError, resolve_actor

    try:
        for text in texts:
            actor = resolve_actor(text)
            record = {
                "text": text,
                "name": actor.name if actor else None,
                "country": actor.country if actor else None,
                "sector": actor.sector if actor else None,
            }
            click.echo(json.dumps(record, ensure_ascii=False))
    except ActorDataError as error:  # a user's data file is malformed: say where, no traceback
        raise click.ClickException(str(error)) from error
