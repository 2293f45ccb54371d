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
        from organisations import erasure, personal_data, retention

        extensions.register_learning_section(selectors.learning_section)

        personal_data.register(
            "certificates", selectors.personal_data, title=_("Certificaten"), labels=selectors.personal_data_labels()
        )
        erasure.register("certificates", "certificates.services.erase_holder")
        retention.register("certificates", "certificates.services.expire_bundles")
