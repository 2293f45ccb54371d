"""`manage.py apply_retention`: delete free text and export files whose retention period is over.

Beat runs the same daily (`organisations.tasks.apply_retention_task`); in the embedded mode, run
this from cron. Idempotent: a second run reports 0. The periods come from the settings
RETENTION_OPEN_ANSWERS_DAYS and RETENTION_EXPORT_FILES_DAYS (see organisations/retention.py).
"""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from organisations.retention import apply_retention, periods


class Command(BaseCommand):
    help = "Verwijdert open antwoorden, reflecties en exportbestanden waarvan de bewaartermijn voorbij is."

    def handle(self, *args, **options):
        counts = apply_retention()
        days = periods()
        self.stdout.write(
            _("Bewaartermijnen: open antwoorden en reflecties %(answers)s dagen, exportbestanden %(files)s dagen.")
            % {"answers": days["open_answers_days"], "files": days["export_files_days"]}
        )
        for key, value in sorted(counts.items()):
            self.stdout.write(f"  {key}: {value}")
        self.stdout.write(self.style.SUCCESS(_("Verwijderd: %(total)s.") % {"total": sum(counts.values())}))
