"""StreamField blocks for the question bank and the casus.

Options and steps live in StreamFields so every option gets a stable id (the block's uuid): an
attempt's snapshot, its answers and a later regrade all refer to options by that id, so a trainer
may reword or reorder options without breaking past attempts.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

RATING_CHOICES = [
    ("best", _("Beste keuze")),
    ("acceptable", _("Aanvaardbaar")),
    ("unsafe", _("Onveilig")),
]


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Antwoord"), max_length=500)
    correct = blocks.BooleanBlock(
        label=_("Juist"), required=False, help_text=_("Voor één of meer juiste antwoorden; niet bij volgorde.")
    )
    match = blocks.CharBlock(
        label=_("Hoort bij"),
        required=False,
        max_length=200,
        help_text=_("Alleen bij koppelvragen: het antwoord dat bij dit item hoort."),
    )
    feedback = blocks.TextBlock(label=_("Feedback: waarom"))
    reference = blocks.CharBlock(
        label=_("Bron"), required=False, max_length=200, help_text=_("Bijvoorbeeld: Meldcode stap 4.")
    )

    class Meta:
        icon = "list-ul"
        label = _("Antwoordoptie")


class RubricLevelBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Niveau"), max_length=60)
    points = blocks.IntegerBlock(label=_("Punten"), min_value=0, max_value=20)
    description = blocks.TextBlock(label=_("Omschrijving"), required=False)


class RubricCriterionBlock(blocks.StructBlock):
    criterion = blocks.CharBlock(label=_("Criterium"), max_length=200)
    levels = blocks.ListBlock(RubricLevelBlock(), label=_("Niveaus"), min_num=2)

    class Meta:
        icon = "tasks"
        label = _("Criterium")


class CasusOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Keuze"), max_length=500)
    rating = blocks.ChoiceBlock(choices=RATING_CHOICES, label=_("Waardering"))
    points = blocks.IntegerBlock(label=_("Punten"), min_value=0, max_value=10, default=0)
    feedback = blocks.TextBlock(label=_("Feedback: waarom"))
    reference = blocks.CharBlock(label=_("Bron"), required=False, max_length=200)
    next = blocks.CharBlock(
        label=_("Volgende stap"),
        required=False,
        max_length=10,
        help_text=_("Code van de stap die hierna komt. Leeg: de volgende stap in de lijst. 'einde': klaar."),
    )


class CasusStepBlock(blocks.StructBlock):
    key = blocks.CharBlock(label=_("Code"), max_length=10, help_text=_("Kort en uniek binnen de casus: 1, 2, 2b."))
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    info = blocks.RichTextBlock(
        label=_("Wat de medewerker nu te weten komt"), required=False, features=["bold", "italic", "ul", "ol"]
    )
    question = blocks.CharBlock(label=_("Besluitvraag"), max_length=300)
    competence = SnippetChooserBlock("courses.Competence", label=_("Competentie"))
    critical = blocks.BooleanBlock(
        label=_("Kritiek besluit"),
        required=False,
        help_text=_("Een onveilige keuze hier betekent: niet geslaagd, ongeacht de score."),
    )
    consequence = blocks.BooleanBlock(
        label=_("Gevolgstap"),
        required=False,
        help_text=_("Alleen bereikbaar via een keuze die hierheen verwijst; wordt anders overgeslagen."),
    )
    options = blocks.ListBlock(CasusOptionBlock(), label=_("Keuzes"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Besluitmoment")
