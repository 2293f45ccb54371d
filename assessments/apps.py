from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Toetsing")

    def ready(self) -> None:
        from assessments import selectors
        from courses import extensions
        from organisations import erasure, personal_data, retention

        extensions.register_completion_requirement(selectors.unmet_assessments)
        extensions.register_course_section(selectors.course_section)
        extensions.register_learning_notes(selectors.learning_notes)

        personal_data.register(
            "assessments", selectors.personal_data, title=_("Toetsen"), labels=selectors.personal_data_labels()
        )
        erasure.register("assessments", "assessments.services.erase_open_answers")
        retention.register("assessments", "assessments.services.expire_open_answers")
