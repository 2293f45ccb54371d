from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Cursussen")

    def ready(self) -> None:
        from courses import (
            receivers,  # noqa: F401  (connects signal receivers)
            selectors,
        )
        from organisations import erasure, personal_data, retention

        personal_data.register(
            "courses", selectors.personal_data, title=_("Leren"), labels=selectors.personal_data_labels()
        )
        erasure.register("courses", "courses.services.erase_reflections")
        retention.register("courses", "courses.services.expire_reflections")
