"""Menu entries this app contributes; elearning.navigation puts the menu together."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from organisations.models import Role
from organisations.selectors import can_manage_people


def menu_items(user) -> list[dict]:
    items = []
    if can_manage_people(user):
        items.append(
            {
                "label": _("Mensen"),
                "url": reverse("organisations:people_list"),
                "order": 40,
                "description": _("Collega's uitnodigen, zoeken, wijzigen of deactiveren."),
            }
        )
    if user.is_superuser or user.role == Role.TRAINER:
        items.append(
            {
                "label": _("CMS"),
                "url": "/cms/",
                "order": 60,
                "description": _("Cursussen, lessen en casussen schrijven en laten beoordelen."),
            }
        )
    items.append(
        {
            "label": _("Account"),
            "url": reverse("account_email"),
            "order": 90,
            "description": _("Wachtwoord, tweestapsverificatie en ingelogde apparaten."),
        }
    )
    items.append(
        {
            "label": _("Mijn gegevens"),
            "url": reverse("organisations:my_data"),
            "order": 92,
            "description": _("Alles wat het platform over u bewaart, als JSON of PDF."),
        }
    )
    return items
