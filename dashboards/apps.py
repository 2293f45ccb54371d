from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardsConfig(AppConfig):
    name = "dashboards"
    verbose_name = _("Dashboards")

    def ready(self) -> None:
        from dashboards import (
            receivers,  # noqa: F401  (connects signal receivers)
            selectors,
        )
        from organisations import erasure, personal_data, retention

        personal_data.register(
            "dashboards", selectors.personal_data, title=_("Gereedheid"), labels=selectors.personal_data_labels()
        )
        erasure.register("dashboards", "dashboards.services.erase_person_data")
        retention.register("dashboards", "dashboards.services.expire_exports")
