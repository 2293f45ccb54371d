"""`manage.py restore ARCHIVE [--replace] [--yes]`: put a backup back, then migrate forward.

Refuses a damaged or altered archive, a backup of the other database vendor, one of a newer
release, and a database that already holds people or learning records unless `--replace` is given
(with `--yes`, or a typed confirmation). Stop the web and worker processes first.
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from organisations.backup import (
    KEY_LABELS,
    VENDOR_NAMES,
    BackupError,
    check_compatible,
    current_counts,
    ensure_database_reachable,
    is_empty,
    read_manifest,
    restore_backup,
)


def _summary(counts: dict) -> str:
    return ", ".join(f"{KEY_LABELS[key]}: {count}" for key, count in counts.items() if count)


class Command(BaseCommand):
    help = "Zet een backup van `manage.py backup` terug (database en mediabestanden) en voert daarna migrate uit."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="Het archief amhk-backup-….tar.gz.")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Vervang een database die al gegevens bevat (alle huidige gegevens gaan verloren).",
        )
        parser.add_argument("--yes", action="store_true", help="Vraag niet om bevestiging (samen met --replace).")

    def handle(self, *args, archive, replace, yes, **options):
        archive = archive.expanduser().resolve()
        try:
            manifest = read_manifest(archive)
            ensure_database_reachable()
            check_compatible(manifest)
            vendor = manifest["database"]["vendor"]
            self.stdout.write(
                _("Backup van %(created)s (%(vendor)s).")
                % {"created": manifest["created_at"], "vendor": VENDOR_NAMES.get(vendor, vendor)}
            )
            existing = current_counts()
            if not is_empty(existing):
                if not replace:
                    raise BackupError(
                        _(
                            "De database is niet leeg (%(summary)s). Terugzetten vervangt alle gegevens. Weet u het "
                            "zeker, geef dan --replace --yes mee; maak eerst een backup van wat er nu staat."
                        )
                        % {"summary": _summary(existing)}
                    )
                if not yes:
                    self._confirm(existing)
            counts = restore_backup(archive=archive, manifest=manifest, log=self.stdout.write, stdout=self.stdout)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self._compare(manifest["counts"], counts or {})

    def _confirm(self, existing: dict) -> None:
        if not sys.stdin.isatty():
            raise CommandError(_("De database is niet leeg en er is niemand om te bevestigen: geef --yes mee."))
        answer = input(
            _("De database bevat %(summary)s. Alles vervangen door de backup? Typ 'ja' om door te gaan: ")
            % {"summary": _summary(existing)}
        )
        if answer.strip().lower() != "ja":
            raise CommandError(_("Afgebroken; er is niets veranderd."))

    def _compare(self, expected: dict, restored: dict) -> None:
        header = _("backup")
        after = _("teruggezet")
        self.stdout.write(f"{'':24} {header:>10} {after:>10}")
        differences = []
        for key, label in KEY_LABELS.items():
            want, got = expected.get(key) or 0, restored.get(key) or 0
            self.stdout.write(f"{label!s:24} {want:>10} {got:>10}")
            if want != got:
                differences.append(str(label))
        if differences:
            raise CommandError(
                _("Teruggezet, maar de aantallen wijken af van het manifest: %(tables)s. Controleer de gegevens.")
                % {"tables": ", ".join(differences)}
            )
        self.stdout.write(self.style.SUCCESS(_("Backup teruggezet; de aantallen komen overeen met het manifest.")))
