"""What a trigger says of its event: its stance (modality: asserted, denied, threatened, planned,
demanded, hypothetical, rumoured). Triggers that name no event at all: non_events.py."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.frames import (
    checked_report,
    in_case,
    in_the_event,
    predicate_stance,
    raised_subject_stance,
)
from loaders.extraction.events.governors import counterfactual, governing_step, governor_lemma
from loaders.extraction.events.hearsay import (
    according_to_rumour,
    hedged,
    left_unchecked,
    modifier_stance,
    report_denied,
    source_stance,
    unconfirmed,
)
from loaders.extraction.events.modal_scope import (
    compound_head_stance,
    deadline_demand,
    free_choice_doer,
    free_choice_event,
    future_in_past,
    open_negation,
    perceived,
    staged_for,
    strives_for,
    subject_sought,
    ultimatum_alternative,
    warned_of_others,
)
from loaders.extraction.events.modality_words import (
    ADJECTIVE_STANCES,
    ADJUNCT_NOUNS,
    CLAUSE_ONLY,
    CLIMB_DEPS,
    CONDITION_MARKS,
    CONDITIONS,
    EPISTEMIC_MODALS,
    FOILING,
    GUESSING_VERBS,
    HEARSAY_VERBS,
    MODAL_STANCES,
    NOUN_STANCES,
    ONGOING_VERBS,
    PAVING_NOUNS,
    POSSIBILITY_ADVERBS,
    PRESUPPOSING,
    PROOF_NOUNS,
    REPORT_NOUNS,
    UNCHECKED,
)
from loaders.extraction.events.negation import is_nobody, negated
from loaders.extraction.events.presupposed import presupposed
from loaders.extraction.events.questions import is_question
from loaders.extraction.events.stance_scope import (
    deontic_stance,
    negated_condition,
    negation_stays_outside,
    shared_complement,
)
from loaders.extraction.events.syntax import clause_verb, lemma_of, words
from loaders.extraction.events.verb_classes import EMBEDDING_STANCES


def event_stance(token: Token) -> str:
    """The stance of the event a trigger names (``_stance``); a denial of the clause the event
    only frames or is the topic of is not its own ("refused to comment during the offensive")."""
    stance = _stance(token)
    return "assert" if stance == "deny" and negation_stays_outside(token) else stance


def _stance(token: Token) -> str:
    """The stance of the event a trigger names, from the parse around it (EVENT_STANCES):
    negation ("did not strike", "no strike", "without firing") gives ``deny``; a verb or noun
    that embeds the event ("threatened to strike", "plans for an offensive", "called for
    strikes", "hopes to capture") gives its stance; a condition ("if"), a question or a modal
    of the event's own clause ("could", "would", "will") gives ``hypothetical`` or ``plan``.
    The search follows the trigger's own clause up through its embeddings, never the rest of
    the sentence: "the army, which may be tired, shelled the town" stays asserted."""
    if negated(token):  # "hope the army will not bomb the valley", "if Iran does not withdraw"
        verb = clause_verb(token)
        open_ = open_negation(token, verb) or negated_condition(token, verb)
        return "hypothetical" if open_ else "deny"
    shared = shared_complement(token)
    if shared is not None:
        return event_stance(shared)  # "threatened to kill us, kill our children"
    if ultimatum_alternative(token):
        return "threaten"  # "withdraw or face an assault"
    if free_choice_doer(token):
        return "hypothetical"  # "officers would shoot anyone who attacked a police station"
    if _presupposed_subject(token) or _ongoing_subject(token) or _part_denied(token):
        return "assert"  # "the attack may have been a false-flag operation"
    if in_the_event(token):
        return "hypothetical"  # "in the event of a bombing"
    raised = raised_subject_stance(token)
    if raised is not None:
        return raised  # "heavy fighting was expected to resume"
    predicated = predicate_stance(token)
    if predicated is not None:
        return predicated
    modal = None
    own = modifier_stance(token) or compound_head_stance(token, NOUN_STANCES)
    if own is not None:
        return own  # "a planned assault", "an assassination attempt", "invasion fears"
    node = token
    for _ in range(6):
        verb = node if node.pos_ in ("VERB", "AUX") else None
        if verb is not None:
            if according_to_rumour(verb):
                return "rumour"
            for child in verb.children:
                if (
                    child.dep_ in ("aux", "auxpass")
                    and child.lower_ in MODAL_STANCES
                    and not perceived(verb, child)  # "fighting could be heard": it was
                ):
                    modal = (
                        modal
                        or future_in_past(verb, child)
                        or deontic_stance(verb, child)  # "the army must retake the pass"
                        or MODAL_STANCES[child.lower_]
                    )
                if child.dep_ == "advmod" and child.lower_ in POSSIBILITY_ADVERBS:
                    modal = modal or "hypothetical"  # "possibly beginning with missile strikes"
                if child.dep_ == "mark" and child.lower_ in CONDITION_MARKS:
                    return "hypothetical"
                if (
                    child.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in child.children)
                    and not _is_past(verb)
                ):
                    modal = modal or "hypothetical"  # "if talks fail, the army will attack"
            if in_case(verb) or counterfactual(verb):
                return "hypothetical"  # "in case a nation is attacked", "Had the bomb gone off"
        if (
            node.dep_ == "pobj"
            and node.head.dep_ == "prep"
            and lemma_of(node.head.head) in PRESUPPOSING
            and modifier_stance(node.head.head) is None  # "their alleged role in attacks"
        ):
            return "assert"  # "denied complicity in the killing of a dissident"
        if presupposed(node):
            return "assert"  # "intends to retaliate for Sunday's attack", "an end to the shelling"
        if node is not token and node.pos_ in ("NOUN", "PROPN"):
            modified = modifier_stance(node)  # "a planned assault to retake the city"
            if modified is not None:
                return modified
        if _failed_to_foil(node):
            return "assert"  # "failed to stop a rebel offensive": the offensive happened
        if _across_semicolon(node):
            break  # "X accused Y of shelling Ganja; Y denied firing": two clauses, not one
        step = governing_step(node)  # "managed to", "failed to", "regretted that" (verb classes)
        if step is not None:
            if step.governor is None:
                return step.stance or "assert"
            node = step.governor
            continue
        # "cancelled flights in light of the attack": a complex preposition is an adjunct, which
        # the verb beyond it does not embed (its modals still count)
        adjunct = node.dep_ == "pobj" and lemma_of(node) in ADJUNCT_NOUNS
        embedding = None if adjunct else _embedding_stance(node)
        if embedding is not None:
            return embedding
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in CLIMB_DEPS or (node is not token and node.dep_ == "advmod"):
            node = head  # "would walk away from the attacks": through the adverb to its verb
            continue
        if node is token and node.dep_ == "advcl" and node.tag_ == "VBG":
            node = head  # "would bomb the city, killing...": the participle shares its clause
            continue
        if node.dep_ == "relcl" and _ranked(head):
            break  # "the first commander to capture the town": he did
        if node.dep_ in ("advcl", "acl", "relcl") and _is_infinitive(node):
            # "threatened on Sunday to attack" parsed as a purpose: the verb's own class first;
            # else "launched an attack to recapture land", "formed an alliance to attack the
            # capital" (an infinitive relative): purpose, not yet done
            if deadline_demand(node, head):
                return "demand"  # "gave the rebels 48 hours to leave the port"
            stance = EMBEDDING_STANCES.get(governor_lemma(head))
            # "started a military advance to control the areas": with an object of its own an
            # asserting verb does not embed the infinitive, which is its purpose
            purpose = stance == "assert" and any(
                c.dep_ == "dobj" and c.i < node.i for c in head.children
            )
            if node.dep_ == "advcl" and stance is not None and not purpose:
                return stance
            # a purpose is planned, and no surer than the clause it serves: "hope the soldiers
            # will not return to attack them", "thwarted an attempt to kidnap an engineer"
            above = event_stance(head) if head.pos_ in ("VERB", "AUX", "NOUN") else "assert"
            return above if above in ("deny", "hypothetical", "rumour") else "plan"
        break
    if modal is not None:  # "any attack on the pipeline would be met with force": a case
        return "hypothetical" if free_choice_event(token) else modal
    if is_question(token):
        return "hypothetical"
    if unconfirmed(token) or hedged(token):
        return "rumour"
    return "assert"


def effect_stance(token: Token, trigger: Token) -> str:
    """The stance of an event found from ``token``; when that is a verb of dying or harm whose
    means noun names the event ("No one was killed in the attack on a checkpoint", "no
    civilians were hurt in the air strike"), a denial that only says nobody died denies the
    toll, not the attack: the means noun's own stance then decides."""
    stance = event_stance(token)
    if stance == "assert" or trigger.i == token.i or token.pos_ not in ("VERB", "AUX"):
        return stance
    if (
        stance == "deny"
        and not any(c.dep_ == "neg" for c in token.children)
        and any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and is_nobody(c) for c in token.children)
    ):
        return event_stance(trigger)
    return stance


def _failed_to_foil(node: Token) -> bool:
    """ "failed to stop the offensive", "could not prevent the massacre": a foiling verb that
    is itself failed or negated presupposes the event (a denial of a denial)."""
    foil = node.head
    if node.dep_ != "dobj" or node.pos_ != "NOUN" or lemma_of(foil) not in FOILING:
        return False
    if not any(c.dep_ in ("det", "poss") for c in node.children):
        return False  # "failed to stop attacks": a kind of event, not one told
    if any(c.dep_ == "neg" for c in foil.children):
        return True
    return foil.dep_ == "xcomp" and lemma_of(foil.head) == "fail"


def _embedding_stance(node: Token) -> str | None:
    head = node.head
    lemma = governor_lemma(head)
    if (
        lemma in GUESSING_VERBS
        and node.tag_ == "VBN"
        and head.tag_ == "VBN"
        and node.dep_ in ("advcl", "oprd", "xcomp")
    ):
        return "rumour"  # "missing and feared kidnapped", "presumed killed"
    if node.dep_ in ("xcomp", "ccomp", "dobj") and head.pos_ in ("VERB", "AUX"):
        if node.dep_ == "dobj" and node.pos_ == "NOUN" and lemma in ("stop", "end", "halt"):
            return None  # "until militants stop the rocket fire": the fire is under way
        if lemma == "go" and head.tag_ == "VBG" or strives_for(node):
            return "plan"  # "is going to attack", "are fighting to retake the city"
        if (
            lemma in HEARSAY_VERBS
            and node.dep_ == "xcomp"
            and lemma_of(node) != "be"  # "is believed to be behind the attack": who, not whether
            and any(c.dep_ == "auxpass" for c in head.children)
        ):
            return "rumour"  # "is believed to have been killed", "is thought to have died"
        if node.dep_ == "dobj" and lemma in CLAUSE_ONLY:
            return None
        if lemma == "tell" and node.dep_ == "xcomp":
            return "demand"  # "told South Sudan to withdraw its forces": an order
        if lemma == "be" and node.dep_ == "xcomp" and _is_infinitive(node):
            return "plan"  # "Australia is to withdraw its forces"
        if node.dep_ == "ccomp":
            source = source_stance(head, node)
            if source is not None:
                return source
            if lemma in UNCHECKED and left_unchecked(head):
                return "rumour"  # "officials refused to confirm that the general was killed"
            if warned_of_others(head, node):
                return "hypothetical"  # "the embassy warned that militants might attack"
        stance = EMBEDDING_STANCES.get(lemma)
        if node.dep_ == "ccomp" and stance in ("demand", "plan") and _is_past(node):
            return None  # "pleaded for a truce ... 40 soldiers were killed": told, not asked
        return stance
    if node.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
        holder = head.head  # "called for strikes", "refrained from shelling"
        if holder.pos_ in ("VERB", "AUX"):
            if head.lower_ in ("for", "to") and any(
                c.dep_ == "dobj" and lemma_of(c) in PAVING_NOUNS for c in holder.children
            ):
                return "hypothetical"  # "gave the green light for air strikes"
            if staged_for(head, holder):
                return "plan"  # "massing near Badme for a new offensive"
            sought = subject_sought(head, holder, NOUN_STANCES)
            if sought is not None:
                return sought  # "calls are growing for air strikes"
            return EMBEDDING_STANCES.get(governor_lemma(holder))  # "called for strikes"
        if holder.pos_ == "ADJ":
            return ADJECTIVE_STANCES.get(holder.lower_)  # "capable of striking the capital"
        if head.lower_ in ("for", "to") and lemma_of(holder) in PAVING_NOUNS:
            return "hypothetical"  # "gave the green light for air strikes", "paved the way for"
        if lemma_of(holder) in REPORT_NOUNS and report_denied(holder):
            return "deny"  # "reports of an attack on the village were fabricated"
        if lemma_of(holder) in REPORT_NOUNS and checked_report(holder):
            return "rumour"  # "investigating reports of an attack"
        return (
            NOUN_STANCES.get(holder.lower_)
            or NOUN_STANCES.get(lemma_of(holder))
            or modifier_stance(holder)  # "unconfirmed reports of clashes"
        )
    if (
        node.dep_ in ("acl", "relcl", "ccomp")
        and lemma_of(head) in PROOF_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
    ):
        return "deny"  # "found no evidence that troops had killed civilians"
    if node.dep_ in ("acl", "relcl", "ccomp") and head.pos_ in ("NOUN", "PROPN"):
        if node.dep_ != "relcl" and lemma in REPORT_NOUNS and report_denied(head):
            return "deny"  # "dismissed as false claims that jets had bombed a hospital"
        if node.dep_ != "relcl" and lemma in REPORT_NOUNS and checked_report(head):
            return "rumour"  # "investigating reports that soldiers had shot two farmers"
        # "plans to attack", "unverified claims that the leader had been killed"
        return NOUN_STANCES.get(head.lower_) or NOUN_STANCES.get(lemma) or modifier_stance(head)
    if node.dep_ == "xcomp" and head.pos_ == "ADJ":
        return ADJECTIVE_STANCES.get(head.lower_)  # "ready to attack", "unable to advance"
    if node.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "ADJ":
        return ADJECTIVE_STANCES.get(head.head.lower_)  # "capable of fighting warships"
    return None


def _is_past(verb: Token) -> bool:
    """ "was killed", "killed", "had captured": told as done, whatever a condition beside it."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_STANCES for c in verb.children):
        return False
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def _presupposed_subject(token: Token) -> bool:
    """ "The attack may have been a false-flag operation", "the attack may have been carried
    out by a rival faction": a guess about a known event, not about whether it happened ("the
    offensive could begin next week" stays hypothetical)."""
    head = token.head
    auxiliaries = {c.lower_ for c in head.children if c.dep_ == "aux"}
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and token.pos_ == "NOUN"
        and (lemma_of(head) == "be" or "have" in auxiliaries)
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
        and bool(auxiliaries & EPISTEMIC_MODALS)
    )


def _ongoing_subject(token: Token) -> bool:
    """ "Residents hope the Russian shelling will stop": what is hoped to stop is under way."""
    return (
        token.dep_ == "nsubj"
        and token.pos_ == "NOUN"
        and lemma_of(token.head) in ONGOING_VERBS
        and any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "these")
            for c in token.children
        )
    )


def _part_denied(token: Token) -> bool:
    """ "denied any role in the killing" parsed with "in" on the verb: the denial is of a part
    in an event that happened (as "denied complicity in the killing")."""
    head = token.head
    if token.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in ("in", "for"):
        return False
    verb = head.head
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and lemma_of(c) in PRESUPPOSING for c in verb.children
    )


def _across_semicolon(node: Token) -> bool:
    """A clause the parser hung under a verb across a semicolon stands on its own."""
    head = node.head
    if node.dep_ not in ("ccomp", "parataxis", "conj") or head.i == node.i:
        return False
    low, high = sorted((node.i, head.i))
    return any(t.text == ";" and t.head.i in (node.i, head.i) for t in node.doc[low + 1 : high])


RANKS = words("first second third last only latest next")


def _ranked(noun: Token) -> bool:
    """ "the first unit to enter", "the deadliest attack to hit": a ranked noun's infinitive
    relative tells what it did."""
    return any(
        c.dep_ in ("amod", "advmod") and (c.tag_ == "JJS" or c.lower_ in RANKS)
        for c in noun.children
    )


def _is_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
