from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "organisations"
    verbose_name = _("Organisaties en mensen")

    def ready(self) -> None:
        from organisations import (
            auth_backends,  # noqa: F401  (connects the permission cache's receivers)
            checks,  # noqa: F401  (registers the system check)
            signals,  # noqa: F401  (connects the session receiver)
        )
