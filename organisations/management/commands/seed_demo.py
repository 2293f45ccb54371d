"""Fill the database with believable Dutch demo data. Safe to run again: it changes nothing then.

Each app may have a `demo` module with a `seed(log)` function; they run in INSTALLED_APPS order,
which is the ladder order, so courses can rely on people and certificates on courses.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Vult de database met demogegevens (idempotent)."

    def handle(self, *args, **options):
        for config in apps.get_app_configs():
            if not config.path.startswith(str(settings.BASE_DIR)) or ".venv" in config.path:
                continue  # only the project's own apps
            module_name = f"{config.name}.demo"
            if find_spec(module_name) is None:
                continue
            import_module(module_name).seed(log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demogegevens staan klaar."))
