"""`manage.py backup [--output DIR]`: one archive of the database and the media files.

What goes in and why is explained in `organisations/backup.py` and the README ("Backup and restore").
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from organisations.backup import KEY_LABELS, MEDIA_PREFIX, VENDOR_NAMES, BackupError, create_backup


class Command(BaseCommand):
    help = "Maakt één archief (tar.gz) van de database en de mediabestanden, met een manifest."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            default=None,
            help="Map voor het archief (standaard VAR_DIR/backups); niet in MEDIA_ROOT of een static-map.",
        )

    def handle(self, *args, output, **options):
        try:
            result = create_backup(output_dir=output or Path(settings.VAR_DIR) / "backups")
        except BackupError as error:
            raise CommandError(str(error)) from error
        manifest = result.manifest
        vendor = manifest["database"]["vendor"]
        media = sum(1 for name in manifest["files"] if name.startswith(f"{MEDIA_PREFIX}/"))
        self.stdout.write(
            self.style.SUCCESS(
                _("Backup gemaakt: %(path)s (%(size)s).") % {"path": result.path, "size": filesizeformat(result.size)}
            )
        )
        self.stdout.write(
            _("Database: %(vendor)s; mediabestanden: %(media)d.")
            % {"vendor": VENDOR_NAMES.get(vendor, vendor), "media": media}
        )
        self.stdout.write(
            ", ".join(f"{KEY_LABELS[key]}: {count}" for key, count in manifest["counts"].items() if count is not None)
        )
