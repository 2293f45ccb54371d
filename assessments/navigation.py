"""Menu entries this app contributes; elearning.navigation puts the menu together."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from assessments.selectors import can_grade


def menu_items(user) -> list[dict]:
    if not can_grade(user):
        return []
    return [
        {
            "label": _("Beoordelen"),
            "url": reverse("assessments:grading_queue"),
            "order": 50,
            "description": _("Open antwoorden beoordelen met de rubric, zonder te zien van wie ze zijn."),
        }
    ]
