"""Menu entries this app contributes; elearning.navigation puts the menu together."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from organisations.selectors import can_manage_people


def menu_items(user) -> list[dict]:
    if not can_manage_people(user):
        return []
    return [
        {
            "label": _("Certificaten"),
            "url": reverse("certificates:list"),
            "order": 48,
            "description": _("Certificaten van uw regio: geldig, verlopen en ingetrokken."),
        }
    ]
