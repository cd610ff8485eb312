"""Sentence breaks spaCy's parser cannot see: line breaks between paragraphs, and the end of a
wire lead (dateline and credit), a paragraph's publication date line or a headline's place
label, so no actor's phrase takes them in."""

from __future__ import annotations

import re

from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from loaders.extraction.doc_memo import doc_text
from loaders.extraction.events.instruments import INSTRUMENT_HEADS
from loaders.extraction.topic_labels import place_label_ends

# A paragraph's wire lead: dateline and credit ("MOGADISHU (Reuters) - ", "(AFP) - ",
# "BAGHDAD, Iraq (AP) -- ", "KABUL, May 3 (Reuters) - ", "BEIRUT: "). Its own sentence, so no
# actor's phrase takes it in.
WIRE_LEAD = re.compile(
    r"^[ \t]*(?:(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?)?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"  # the filing date: "KABUL, May 3 (Reuters) -"
    r"[ \t]*)?\([A-Z][\w .&/-]{1,30}\)[ \t]*[-\u2013\u2014]{1,2}"
    r"|[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][\w.'-]+)?[ \t]*(?:[-\u2013\u2014]{1,2}|:))"
    r"[ \t]+",
    re.MULTILINE,
)

# A paragraph opening with its publication date ("Date of publication 3 April 2017 ",
# "Published June 4 2016 ", "Wed 05 Apr 2017 ", "Thursday 31 July 2014 10:59 "): outlets'
# pages run the date line into the headline or the lead, and the parser then reads the date as
# the subject's head ("Date of publication 16 September 2016 Two civilians ... were killed": one
# victim, named "Date of publication"). The story starts after it.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
PUBLICATION_LINE = re.compile(
    r"^[ \t]*(?:(?:Date of publication|Published(?: on)?|Posted(?: on)?|Updated(?: on)?)"
    r"[ \t]*:?[ \t]+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?[ \t]+)?"
    rf"(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}},?)[ \t]+(?:19|20)\d\d"
    r"(?:[ \t]+\d{1,2}:\d\d(?:[ \t]*(?:UTC|GMT)(?:[+-]\d{1,2})?)?)?"
    r"[ \t]+(?=[\"'A-Z0-9])",
    re.MULTILINE,
)


@Language.component(
    "wirehouse_paragraphs", assigns=["token.is_sent_start", "token.tag", "token.pos"]
)
def paragraphs(doc: Doc) -> Doc:
    spaces, words = doc.to_array([IS_SPACE, ORTH]).T.tolist()  # no Token per word
    strings = doc.vocab.strings
    for i in range(len(doc) - 1):
        if spaces[i] and "\n" in strings[words[i]]:
            doc[i + 1].is_sent_start = True
    text = doc_text(doc)
    leads = [*WIRE_LEAD.finditer(text), *PUBLICATION_LINE.finditer(text)]
    for end in [*(found.end() for found in leads), *place_label_ends(text)]:
        after = doc.char_span(end, end + 1, alignment_mode="expand")
        if after is not None and after.start > 0:
            doc[after.start].is_sent_start = True  # the story starts after the credit
            _common_noun_after_lead(doc[after.start])
    return doc


def _common_noun_after_lead(first) -> None:  # noqa: ANN001 - a Token
    """ "DONETSK, Ukraine (Reuters) - Shells hit a school": after a lead in capitals the tagger
    takes the story's first word for a name; a weapon's or an aircraft's word is a noun."""
    lower = first.lower_
    if first.tag_ in ("NNP", "NNPS") and lower in INSTRUMENT_HEADS:
        plural = lower.endswith("s") and lower.rstrip("s") in INSTRUMENT_HEADS
        first.tag_, first.pos_ = ("NNS" if plural else "NN"), "NOUN"
