"""The practice library: every practice the app offers, in one list for the picker and the CLI.

Breath patterns (shipped and the user's own) and guided practices share one summary shape, so the home
screen and ``mindful-clinic practices`` need not know the kinds apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from mindful_clinic.core.i18n import Translate, same

if TYPE_CHECKING:
    from mindful_clinic.core.breath.pattern import BreathPattern

# The home screen needs only the summaries; the breath and guided models (and the references) are
# imported when a practice itself is first needed, which keeps them out of the app's start-up.

CATEGORIES = (
    "breathing", "body_scan", "self_compassion", "thinking_skills", "rest", "quick_reset",
)  # fmt: skip
"""Home-screen order. A practice shows under its own category; short ones also under quick resets."""


def category_words(category: str, tr: Translate = same) -> str:
    """A category as people read it ("Body scan", German "Body-Scan"), not its id ("body_scan");
    an unknown id as it is."""
    from mindful_clinic.core.i18n import QT_TRANSLATE_NOOP

    words = {
        "breathing": QT_TRANSLATE_NOOP("core", "Breathing"),
        "body_scan": QT_TRANSLATE_NOOP("core", "Body scan"),
        "self_compassion": QT_TRANSLATE_NOOP("core", "Self-compassion"),
        "thinking_skills": QT_TRANSLATE_NOOP("core", "Thinking skills"),
        "rest": QT_TRANSLATE_NOOP("core", "Rest and recovery"),
        "quick_reset": QT_TRANSLATE_NOOP("core", "Quick resets"),
    }
    known = words.get(category)
    return tr(known) if known is not None else category


class CatalogEntry(NamedTuple):
    """One practice as the home screen and the command line list it (plain, immutable data)."""

    id: str
    title: str
    category: str
    summary: str
    durations_s: tuple[int, ...]
    default_duration_s: int
    kind: str
    """"breath" or "guided"."""
    content: object
    """The BreathPattern or guided practice itself, or a ``Deferred`` that reads it (see ``item``)."""
    custom: bool = False

    @property
    def item(self) -> object:
        """The BreathPattern or guided practice itself, made now if it was deferred."""
        content = self.content
        return content.get() if isinstance(content, Deferred) else content

    @property
    def shortest_s(self) -> int:
        return min(self.durations_s)

    def as_json(self) -> dict[str, object]:
        from mindful_clinic.core.breath.pattern import is_quick_reset

        return {
            "id": self.id,
            "title": self.title,
            "category": self.category,
            "kind": self.kind,
            "summary": self.summary,
            "durations_s": list(self.durations_s),
            "default_duration_s": self.default_duration_s,
            "quick_reset_s": [d for d in self.durations_s if is_quick_reset(d)],
            "custom": self.custom,
        }


def breath_entry(p: BreathPattern) -> CatalogEntry:
    durations = tuple(p.durations_s())
    default = round(p.planned_s(p.default_duration_s))
    return CatalogEntry(
        p.id, p.title, p.category, p.summary, durations, default, "breath", p, p.custom
    )


class Deferred:
    """A value made on first use, then kept: a practice is read from its file when first opened."""

    def __init__(self, make: Callable[[], object]) -> None:
        self._make: Callable[[], object] | None = make
        self._value: object = None

    def get(self) -> object:
        if self._make is not None:
            self._value = self._make()
            self._make = None
        return self._value


class Catalog:
    def __init__(self, entries: Iterable[CatalogEntry]) -> None:
        self._entries: dict[str, CatalogEntry] = {}
        for e in entries:
            self._entries[e.id] = e

    def __iter__(self) -> object:
        return iter(self._entries.values())

    def entries(self, category: str | None = None) -> list[CatalogEntry]:
        return [e for e in self._entries.values() if category is None or e.category == category]

    def get(self, practice_id: str) -> CatalogEntry | None:
        return self._entries.get(practice_id)

    def ids(self) -> list[str]:
        return list(self._entries)


def describe_pattern(p: BreathPattern, tr: Translate = same) -> str:
    """A plain-text review of a breath pattern: what a clinician needs to check it without running it.

    ``tr`` translates the labels (the command line speaks the window's language)."""
    from mindful_clinic.core.breath.pattern import BreathMode, PhaseKind, is_quick_reset
    from mindful_clinic.core.i18n import QT_TRANSLATE_NOOP

    custom = tr(QT_TRANSLATE_NOOP("core", " (custom)")) if p.custom else ""
    lines = [
        f"{p.title}  [{p.id}]",
        tr(QT_TRANSLATE_NOOP("core", "Category: {category}")).format(
            category=category_words(p.category, tr)
        )
        + custom,
    ]
    if p.summary:
        lines.append(p.summary)
    if p.description:
        lines += ["", p.description]
    lines += ["", tr(QT_TRANSLATE_NOOP("core", "Phases (one breath):"))]
    words = {
        PhaseKind.INHALE: tr(QT_TRANSLATE_NOOP("core", "Breathe in")),
        PhaseKind.TOP_UP: tr(QT_TRANSLATE_NOOP("core", "Top-up breath in")),
        PhaseKind.HOLD: tr(QT_TRANSLATE_NOOP("core", "Hold")),
        PhaseKind.EXHALE: tr(QT_TRANSLATE_NOOP("core", "Breathe out")),
    }
    width = max(len(words[ph.kind]) for ph in p.phases)
    for i, ph in enumerate(p.phases, 1):
        extra = (
            tr(QT_TRANSLATE_NOOP("core", " (optional hold, can be switched off)"))
            if ph.optional
            else ""
        )
        hint = f", {ph.hint}" if ph.hint else ""
        lines.append(f"  {i}. {words[ph.kind]:<{width}} {ph.seconds:g} s{hint}{extra}")
    cyc = p.cycle_s()
    one = tr(QT_TRANSLATE_NOOP("core", "  One breath: {seconds} s ({rate} breaths a minute)"))
    lines.append(one.format(seconds=f"{cyc:g}", rate=f"{60 / cyc:.2f}"))
    if p.has_optional_holds:
        without = tr(QT_TRANSLATE_NOOP("core", "  Without holds: {seconds} s a breath"))
        lines.append(without.format(seconds=f"{p.cycle_s(holds=False):g}"))
    lines.append(
        tr(
            QT_TRANSLATE_NOOP(
                "core", "  Tempo can be scaled from 0.75x to 1.25x; the ratio stays the same."
            )
        )
    )
    if BreathMode.SELF_PACED in p.modes:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "core",
                    "  Also offered self-paced: breathe at your own speed and mark each breath.",
                )
            )
        )
    lines += ["", tr(QT_TRANSLATE_NOOP("core", "Lengths:"))]
    for n in p.breath_counts:
        no_hold = p.cycle_s(holds=False)
        usual = (
            tr(QT_TRANSLATE_NOOP("core", "the usual practice"))
            if n <= (p.max_cycles or n)
            else tr(QT_TRANSLATE_NOOP("core", "for experienced users"))
        )
        line = tr(
            QT_TRANSLATE_NOOP("core", "  {n} breaths ({usual}): {s} s, or {bare} s without holds")
        )
        lines.append(
            line.format(n=n, usual=usual, s=f"{n * p.cycle_s():g}", bare=f"{n * no_hold:g}")
        )
    for d in () if p.breath_counts else p.duration_options_s:
        n = p.cycles_for(d)
        planned = p.planned_s(d)
        quick = QT_TRANSLATE_NOOP("core", " (quick reset: shorter than the studied 5 minutes)")
        label = tr(quick) if is_quick_reset(d) else ""
        capped = p.max_cycles and n == p.max_cycles
        cap = (
            tr(QT_TRANSLATE_NOOP("core", ", capped at {n} breaths")).format(n=p.max_cycles)
            if capped
            else ""
        )
        line = tr(QT_TRANSLATE_NOOP("core", "  chosen {minutes} min -> {n} breaths, {seconds} s"))
        lines.append(line.format(minutes=d // 60, n=n, seconds=f"{planned:g}") + cap + label)
    lines += cautions_and_sources(p.cautions, p.sources, p.evidence, tr)
    return "\n".join(lines)


def cautions_and_sources(
    caution_ids: Sequence[str], source_ids: Sequence[str], evidence: str, tr: Translate = same
) -> list[str]:
    from mindful_clinic.core.i18n import QT_TRANSLATE_NOOP
    from mindful_clinic.core.practice.references import cautions, sources

    lines: list[str] = []
    known_cautions = cautions()
    if caution_ids:
        lines += ["", tr(QT_TRANSLATE_NOOP("core", "Cautions:"))]
        for c in caution_ids:
            unknown = tr(QT_TRANSLATE_NOOP("core", "(unknown caution {id})")).format(id=c)
            text = known_cautions[c].text if c in known_cautions else unknown
            lines.append(f"  - {text}")
    if evidence:
        lines += ["", tr(QT_TRANSLATE_NOOP("core", "Evidence:")), f"  {evidence}"]
    if source_ids:
        known = sources()
        lines += ["", tr(QT_TRANSLATE_NOOP("core", "Sources:"))]
        for s in source_ids:
            lines.append(
                f"  [{s}] {known.get(s, tr(QT_TRANSLATE_NOOP('core', '(not in sources.toml)')))}"
            )
    return lines
