"""The self-check questionnaires, worded as published, with their licences and attribution.

Content-spec section 5: the WHO-5 Well-Being Index (free, no permission needed; altered wordings must
be marked) [S46, S46c, S46d], the single-item burnout measure of the Physician Work Life Study
(non-proprietary) [S42] and the Copenhagen Burnout Inventory (made freely available by the Danish
National Research Centre for the Working Environment, NFA) [S44, S44b]. The Maslach Burnout Inventory,
Mini-Z and PSS are deliberately absent (proprietary or licence unconfirmed).

The item wording below is the published English wording, unchanged. The CBI's third scale is written
about "clients"; its authors ask users to put in the word that fits their work (patients, students),
so ``cbi_items("patients")`` gives the patient wording and the attribution says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from mindful_clinic.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str
    attribution: str
    licence: str
    sources: tuple[str, ...]


WHO5 = Instrument(
    id="who5",
    name="WHO-5 Well-Being Index",
    attribution=(
        "WHO-5 Well-Being Index, WHO Regional Office for Europe (1998). Official versions are kept "
        "by the Psychiatric Centre North Zealand, Denmark (Topp et al. 2015)."
    ),
    licence="Free to use; no permission required. Shown in its published wording, unaltered.",
    sources=("S46", "S46b", "S46c", "S46d"),
)
WHO5_INTRO = (
    "Please indicate for each of the five statements which is closest to how you have been feeling "
    "over the last two weeks. Notice that higher numbers mean better well-being."
)
WHO5_ITEMS = (
    "I have felt cheerful and in good spirits",
    "I have felt calm and relaxed",
    "I have felt active and vigorous",
    "I woke up feeling fresh and rested",
    "My daily life has been filled with things that interest me",
)
WHO5_OPTIONS = (
    (5, "All of the time"),
    (4, "Most of the time"),
    (3, "More than half of the time"),
    (2, "Less than half of the time"),
    (1, "Some of the time"),
    (0, "At no time"),
)

PWLS = Instrument(
    id="pwls",
    name="Single-item burnout measure (Physician Work Life Study)",
    attribution=(
        "Single-item burnout measure from the Physician Work Life Study (Schmoldt et al. 1994), "
        "as evaluated by Dolan et al. 2015, J Gen Intern Med."
    ),
    licence="Non-proprietary (Dolan et al. 2015).",
    sources=("S42", "S42b"),
)
PWLS_QUESTION = (
    "Overall, based on your definition of burnout, how would you rate your level of burnout?"
)
PWLS_OPTIONS = (
    (1, "I enjoy my work. I have no symptoms of burnout."),
    (
        2,
        "Occasionally I am under stress, and I don't always have as much energy as I once did, but "
        "I don't feel burned out.",
    ),
    (
        3,
        "I am definitely burning out and have one or more symptoms of burnout, such as physical and "
        "emotional exhaustion.",
    ),
    (
        4,
        "The symptoms of burnout that I'm experiencing won't go away. I think about frustration at "
        "work a lot.",
    ),
    (
        5,
        "I feel completely burned out and often wonder if I can go on. I am at the point where I may "
        "need some changes or may need to seek some sort of help.",
    ),
)

CBI = Instrument(
    id="cbi",
    name="Copenhagen Burnout Inventory",
    attribution=(
        "Copenhagen Burnout Inventory, Kristensen TS, Borritz M, Villadsen E, Christensen KB, "
        "Work & Stress 2005;19(3):192-207. Made freely available by the Danish National Research "
        "Centre for the Working Environment (NFA)."
    ),
    licence=(
        "Freely available from the NFA. The third scale is published about 'clients'; as its "
        "authors intend, the word can be replaced by the people one works with (here: patients)."
    ),
    sources=("S44", "S44b", "S44c"),
)
FREQUENCY = ("Always", "Often", "Sometimes", "Seldom", "Never/almost never")
DEGREE = (
    "To a very high degree",
    "To a high degree",
    "Somewhat",
    "To a low degree",
    "To a very low degree",
)
ANSWER_SCORES = (100, 75, 50, 25, 0)
"""Score of the first to fifth answer (both answer sets run from most to least)."""
CBI_SCALES = ("personal", "work", "patient")
CBI_SCALE_NAMES = {
    "personal": QT_TRANSLATE_NOOP("core", "Personal burnout"),
    "work": QT_TRANSLATE_NOOP("core", "Work-related burnout"),
    "patient": QT_TRANSLATE_NOOP("core", "Patient-related burnout"),
}


@dataclass(frozen=True)
class CbiItem:
    scale: str
    text: str
    answers: tuple[str, ...]
    reverse: bool = False


_CBI = (
    ("personal", "How often do you feel tired?", FREQUENCY, False),
    ("personal", "How often are you physically exhausted?", FREQUENCY, False),
    ("personal", "How often are you emotionally exhausted?", FREQUENCY, False),
    ("personal", "How often do you think: \u201cI can't take it anymore\u201d?", FREQUENCY, False),
    ("personal", "How often do you feel worn out?", FREQUENCY, False),
    ("personal", "How often do you feel weak and susceptible to illness?", FREQUENCY, False),
    ("work", "Is your work emotionally exhausting?", DEGREE, False),
    ("work", "Do you feel burnt out because of your work?", DEGREE, False),
    ("work", "Does your work frustrate you?", DEGREE, False),
    ("work", "Do you feel worn out at the end of the working day?", FREQUENCY, False),
    ("work", "Are you exhausted in the morning at the thought of another day at work?", FREQUENCY,
     False),
    ("work", "Do you feel that every working hour is tiring for you?", FREQUENCY, False),
    ("work", "Do you have enough energy for family and friends during leisure time?", FREQUENCY,
     True),
    ("patient", "Do you find it hard to work with {people}?", DEGREE, False),
    ("patient", "Do you find it frustrating to work with {people}?", DEGREE, False),
    ("patient", "Does it drain your energy to work with {people}?", DEGREE, False),
    ("patient", "Do you feel that you give more than you get back when you work with {people}?",
     DEGREE, False),
    ("patient", "Are you tired of working with {people}?", FREQUENCY, False),
    ("patient", "Do you sometimes wonder how long you will be able to continue working with {people}?",
     FREQUENCY, False),
)  # fmt: skip


def cbi_items(people: str = "patients") -> tuple[CbiItem, ...]:
    """The 19 items in published order; ``people`` is "patients" or the published "clients"."""
    if people not in ("patients", "clients"):
        raise ValueError("people must be 'patients' or 'clients'")
    return tuple(
        CbiItem(scale, text.replace("{people}", people), answers, reverse)
        for scale, text, answers, reverse in _CBI
    )


NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "core",
    "These self-checks are for your own reflection. They are not a diagnosis and cannot tell you "
    "whether you have burnout or depression; only a conversation with a qualified professional can.",
)
