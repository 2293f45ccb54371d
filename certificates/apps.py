from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificaten")

    def ready(self) -> None:
        from certificates import (
            receivers,  # noqa: F401  (connects signal receivers)
            selectors,
        )
        from courses import extensions

        extensions.register_learning_section(selectors.learning_section)
