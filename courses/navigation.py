"""Menu entries this app contributes; elearning.navigation puts the menu together."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from courses.selectors import catalogue_url
from organisations.selectors import can_manage_people


def menu_items(user) -> list[dict]:
    items = [
        {
            "label": _("Mijn leren"),
            "url": reverse("courses:my_learning"),
            "order": 10,
            "description": _("Wat u moet doen, waar u bent gebleven en wat u heeft afgerond."),
        }
    ]
    catalogue = catalogue_url()
    if catalogue is not None:
        items.append(
            {
                "label": _("Cursussen"),
                "url": catalogue,
                "order": 20,
                "description": _("Alle cursussen: zoeken op onderwerp, competentie en functie."),
            }
        )
    if can_manage_people(user):
        items.append(
            {
                "label": _("Toewijzen"),
                "url": reverse("courses:assign"),
                "order": 45,
                "description": _("Een cursus met deadline toewijzen aan een collega of team."),
            }
        )
    return items
