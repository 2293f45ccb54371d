"""Menu entries this app contributes; elearning.navigation puts the menu together."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from organisations.scoping import scope_for


def menu_items(user) -> list[dict]:
    scope = scope_for(user)
    if scope.all_regions:
        return [
            {
                "label": _("Landelijk overzicht"),
                "url": reverse("dashboards:national"),
                "order": 40,
                "description": _("Gereedheid van alle regio's naast elkaar, alleen in totalen."),
            }
        ]
    if scope.region_id is not None:
        return [
            {
                "label": _("Dashboard"),
                "url": reverse("dashboards:dashboard"),
                "order": 40,
                "description": _("Hoe gereed is uw regio, waar zitten de gaten en wie heeft actie nodig."),
            }
        ]
    return []
