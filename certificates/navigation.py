"""Menu entries this app contributes; elearning.navigation puts the menu together."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def menu_items(user) -> list[dict]:
    from certificates.selectors import may_list_certificates
    from certificates.services import may_revoke

    items = []
    if may_revoke(user) and not may_list_certificates(user):
        items.append(
            {
                "label": _("Certificaat intrekken"),
                "url": reverse("certificates:revoke"),
                "order": 60,
                "description": _("Een onterecht uitgegeven certificaat intrekken, met reden."),
            }
        )
    if not may_list_certificates(user):
        return items
    return items + [
        {
            "label": _("Certificaten"),
            "url": reverse("certificates:list"),
            "order": 48,
            "description": _("Certificaten van uw regio: geldig, verlopen en ingetrokken."),
        }
    ]
