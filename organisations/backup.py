"""Backup and restore of the database and the media files, for SQLite and PostgreSQL.

One archive, `amhk-backup-<UTC timestamp>.tar.gz`, holds:

    manifest.json            when, which database, the applied migrations, row counts of the key
                             tables, and the sha256 of every other member
    database/amhk.sqlite3    SQLite: a copy made with the online-backup API
    database/amhk.pgdump     PostgreSQL: `pg_dump --format=custom`
    media/…                  every file under MEDIA_ROOT (certificate PDFs, images, documents, exports)

The counts describe exactly what the dump holds, even while people keep working: SQLite counts the
copy; PostgreSQL counts inside a REPEATABLE READ transaction whose snapshot pg_dump then uses.

Restoring checks everything before it touches anything (checksums, database vendor, that the backup
is not from a newer release, that the target is empty unless replacing was asked for), then
restores the database, then the media files, then migrates forward.

`organisations` is the bottom of the ladder and imports no app above it: the key tables of the
other apps are named by label and looked up in the app registry.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import zlib
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any

import django
from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import DatabaseError, connection, connections, transaction
from django.db.migrations.loader import MigrationLoader
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

APPLICATION = "amhk-academie"
ARCHIVE_FORMAT = 1
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database/amhk.sqlite3"
POSTGRES_MEMBER = "database/amhk.pgdump"
MEDIA_PREFIX = "media"
CHUNK = 1024 * 1024

#: The tables whose row counts go into the manifest and are compared after a restore.
KEY_MODELS = {
    "users": "organisations.User",
    "memberships": "organisations.Membership",
    "enrolments": "courses.Enrolment",
    "attempts": "assessments.Attempt",
    "certificates": "certificates.Certificate",
    "requirements": "dashboards.Requirement",
}

KEY_LABELS = {
    "users": gettext_lazy("gebruikers"),
    "memberships": gettext_lazy("lidmaatschappen"),
    "enrolments": gettext_lazy("inschrijvingen"),
    "attempts": gettext_lazy("toetspogingen"),
    "certificates": gettext_lazy("certificaten"),
    "requirements": gettext_lazy("verplichte cursussen"),
}

VENDOR_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}

# libpq reads these from the environment, so nothing about the connection (above all the
# password) has to appear on a command line that `ps` shows to every user of the machine.
_PG_ENV = {"HOST": "PGHOST", "PORT": "PGPORT", "USER": "PGUSER", "NAME": "PGDATABASE", "PASSWORD": "PGPASSWORD"}
_PG_OPTION_ENV = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "sslcrl": "PGSSLCRL",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
    "options": "PGOPTIONS",
}
_PG_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?")
_PG_LIST_TABLE = re.compile(r"^\d+;\s+\d+\s+\d+\s+TABLE\s+(\S+)\s+(\S+)\s")


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why, in Dutch, for the operator."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    manifest: dict[str, Any]


# --- Facts about a database ----------------------------------------------------------------------


def key_tables() -> dict[str, str]:
    """Manifest key → database table of the key models."""
    return {key: apps.get_model(label)._meta.db_table for key, label in KEY_MODELS.items()}


def _facts(cursor, tables: set[str]) -> tuple[dict[str, list[str]], dict[str, int | None]]:
    """Applied migrations per app and the row counts of the key tables, read with `cursor` (a
    DB-API cursor of either vendor). A table that does not exist counts as None."""
    migrations: dict[str, list[str]] = {}
    if "django_migrations" in tables:
        cursor.execute('SELECT "app", "name" FROM "django_migrations" ORDER BY "app", "name"')
        for app, name in cursor.fetchall():
            migrations.setdefault(app, []).append(name)
    counts: dict[str, int | None] = {}
    for key, table in key_tables().items():
        if table in tables:
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 - a model's own table name
            counts[key] = cursor.fetchone()[0]
        else:
            counts[key] = None
    return migrations, counts


def current_counts() -> dict[str, int | None] | None:
    """Row counts of the key tables in the configured database, or None when it has no tables."""
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
        if not tables:
            return None
        return _facts(cursor, tables)[1]


def is_empty(counts: dict[str, int | None] | None) -> bool:
    """A database without tables, or a freshly migrated one: no people, no learning records.
    Migrations load reference data (regions, functions, groups), so "no tables" alone is too strict."""
    return counts is None or not any(counts.values())


# --- PostgreSQL client tools ---------------------------------------------------------------------


def parse_pg_tool_version(text: str) -> tuple[int, str] | None:
    """The major version and the version string of `pg_dump --version` / `pg_restore --version`
    output ("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" → (15, "15.20")), or None."""
    match = _PG_VERSION.search(text)
    if match is None:
        return None
    major, minor = match.groups()
    return int(major), f"{major}.{minor}" if minor is not None else major


def require_pg_tool(name: str, *, minimum_major: int, reason: str) -> tuple[str, int, str]:
    """The path, major version and version string of a PostgreSQL client program of at least
    `minimum_major`; `reason` says in the error what that minimum comes from."""
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            _(
                "%(tool)s is niet gevonden. Installeer de PostgreSQL-clientprogramma's van versie %(major)s of "
                "nieuwer (Debian/Ubuntu: het pakket postgresql-client-%(major)s) en probeer het opnieuw."
            )
            % {"tool": name, "major": minimum_major}
        )
    completed = subprocess.run([path, "--version"], capture_output=True, text=True, check=False)  # noqa: S603
    parsed = parse_pg_tool_version(completed.stdout)
    if parsed is None:
        raise BackupError(
            _("Kan de versie van %(tool)s niet bepalen (uitvoer: %(output)s).")
            % {"tool": path, "output": (completed.stdout or completed.stderr).strip()}
        )
    major, version = parsed
    if major < minimum_major:
        raise BackupError(
            _(
                "%(tool)s is versie %(version)s, maar %(reason)s is versie %(major)s. Een oudere %(tool)s weigert of "
                "werkt onvolledig: installeer postgresql-client-%(major)s of nieuwer."
            )
            % {"tool": name, "version": version, "reason": reason, "major": minimum_major}
        )
    return path, major, version


def _pg_env(settings_dict: dict[str, Any]) -> dict[str, str]:
    env = dict(os.environ)
    for key, variable in _PG_ENV.items():
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    for option, variable in _PG_OPTION_ENV.items():
        value = (settings_dict.get("OPTIONS") or {}).get(option)
        if value:
            env[variable] = str(value)
    return env


def _run(command: list[str], *, env: dict[str, str], failure: str) -> str:
    completed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if completed.returncode != 0:
        raise BackupError(f"{failure}\n{completed.stderr.strip()}")
    return completed.stdout


# --- Making a backup -----------------------------------------------------------------------------


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _public_folders() -> list[Path]:
    """Folders the web server hands out: an archive there would be a download of everybody's data."""
    folders = [settings.MEDIA_ROOT, Path(settings.BASE_DIR) / "static", settings.STATIC_ROOT]
    folders += [entry[1] if isinstance(entry, tuple | list) else entry for entry in settings.STATICFILES_DIRS]
    return [Path(folder).expanduser().resolve() for folder in folders if folder]


def check_output_dir(output_dir: Path) -> Path:
    """The resolved output folder; refuses MEDIA_ROOT and the static folders (and anything inside)."""
    resolved = Path(output_dir).expanduser().resolve()
    for folder in _public_folders():
        if _inside(resolved, folder):
            raise BackupError(
                _(
                    "Een backup bevat persoonsgegevens en wachtwoord-hashes en mag niet in %(folder)s staan: die map "
                    "is via de website bereikbaar (of wordt zelf meegenomen in de backup). Kies met --output een "
                    "andere map."
                )
                % {"folder": folder}
            )
    return resolved


class _HashingReader:
    """Hashes what tarfile reads, so the checksum is of exactly the bytes stored (a file that
    changes while it is read cannot end up with a checksum of other bytes)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.digest.update(data)
        return data


def _add_file(tar: tarfile.TarFile, name: str, path: Path) -> dict[str, Any]:
    stat = path.stat()
    info = tarfile.TarInfo(name)
    info.size = stat.st_size
    info.mtime = int(stat.st_mtime)
    info.mode = 0o600
    with path.open("rb") as stream:
        reader = _HashingReader(stream)
        tar.addfile(info, reader)
    return {"sha256": reader.digest.hexdigest(), "size": stat.st_size}


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes, mtime: datetime) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(mtime.timestamp())
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def _media_files() -> list[tuple[str, Path]]:
    """(archive name, path) of every regular file under MEDIA_ROOT; symbolic links are skipped, so a
    link can never pull a file from elsewhere on the machine into the archive."""
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return []
    found = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for filename in sorted(filenames):
            path = Path(folder) / filename
            if path.is_symlink() or not path.is_file():
                continue
            relative = path.relative_to(root).as_posix()
            found.append((f"{MEDIA_PREFIX}/{relative}", path))
    return found


def _dump_sqlite(work: Path) -> tuple[str, Path, dict[str, Any], dict, dict]:
    source = connection.settings_dict["NAME"]
    if not source or str(source) == ":memory:" or "mode=memory" in str(source):
        raise BackupError(_("Een SQLite-database in het geheugen kan niet worden geback-upt."))
    copy = work / "amhk.sqlite3"
    # The online-backup API copies a consistent state page by page while others keep writing
    # (WAL); a plain file copy of a live database can catch a half-written transaction.
    with closing(sqlite3.connect(str(source), timeout=20)) as src, closing(sqlite3.connect(copy)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        cursor = dst.cursor()
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        tables = {row[0] for row in cursor.fetchall()}
        migrations, counts = _facts(cursor, tables)
    return SQLITE_MEMBER, copy, {"vendor": "sqlite", "sqlite_version": sqlite3.sqlite_version}, migrations, counts


def _dump_postgresql(work: Path) -> tuple[str, Path, dict[str, Any], dict, dict]:
    connection.ensure_connection()
    server_major = connection.pg_version // 10000
    server_version = f"{server_major}.{connection.pg_version % 10000}"
    pg_dump, dump_major, dump_version = require_pg_tool(
        "pg_dump", minimum_major=server_major, reason=_("de databaseserver (PostgreSQL)")
    )
    dump = work / "amhk.pgdump"
    env = _pg_env(connection.settings_dict)
    # The counts and pg_dump read one snapshot: ours is exported and pg_dump attaches to it while
    # this transaction stays open, so the manifest matches the dump exactly.
    with transaction.atomic(durable=True), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        tables = set(connection.introspection.table_names(cursor))
        migrations, counts = _facts(cursor, tables)
        _run(
            [
                pg_dump,
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--snapshot={snapshot}",
                f"--file={dump}",
            ],
            env=env,
            failure=_("pg_dump is mislukt:"),
        )
    facts = {
        "vendor": "postgresql",
        "server_version": server_version,
        "pg_dump_version": dump_version,
        "pg_dump_major": dump_major,
    }
    return POSTGRES_MEMBER, dump, facts, migrations, counts


def create_backup(*, output_dir: Path) -> BackupResult:
    """Write one archive of the database and MEDIA_ROOT into `output_dir` and return where.

    Reads only; safe to run while the platform is in use, and to run twice (a second archive).
    The archive holds personal data and password hashes: it is created readable by its owner only,
    and never inside MEDIA_ROOT or a static folder. A failed run leaves no archive behind.
    """
    output = check_output_dir(output_dir)
    output.mkdir(parents=True, exist_ok=True, mode=0o700)
    created = datetime.now(UTC).replace(microsecond=0)
    target = output / f"amhk-backup-{created:%Y%m%dT%H%M%SZ}.tar.gz"
    if target.exists():
        raise BackupError(_("%(path)s bestaat al; probeer het over een seconde opnieuw.") % {"path": target})
    partial = target.with_name(target.name + ".partial")
    dumpers = {"sqlite": _dump_sqlite, "postgresql": _dump_postgresql}
    if connection.vendor not in dumpers:
        raise BackupError(_("Databasetype %(vendor)s wordt niet ondersteund.") % {"vendor": connection.vendor})
    try:
        with tempfile.TemporaryDirectory(prefix=".amhk-backup-", dir=output) as work:
            member, dump, database, migrations, counts = dumpers[connection.vendor](Path(work))
            if not migrations:
                # Most likely a wrong DATABASE_URL (in cron, say): an archive of nothing must not
                # pass for a backup.
                raise BackupError(
                    _("De database %(name)s heeft geen tabellen: controleer DATABASE_URL.")
                    % {"name": connection.settings_dict["NAME"]}
                )
            files: dict[str, dict[str, Any]] = {}
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz", compresslevel=6) as tar:
                files[member] = _add_file(tar, member, dump)
                for name, path in _media_files():
                    files[name] = _add_file(tar, name, path)
                manifest = {
                    "application": APPLICATION,
                    "format": ARCHIVE_FORMAT,
                    "created_at": created.isoformat().replace("+00:00", "Z"),
                    "django_version": django.get_version(),
                    "database": {**database, "file": member},
                    "migrations": migrations,
                    "counts": counts,
                    "files": files,
                }
                _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2, sort_keys=True).encode(), created)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return BackupResult(path=target, size=target.stat().st_size, manifest=manifest)


# --- Restoring -----------------------------------------------------------------------------------


def _corrupt(archive: Path) -> BackupError:
    return BackupError(
        _("%(path)s is beschadigd of is geen backup van de AMHK Academie.") % {"path": archive},
    )


def read_manifest(archive: Path) -> dict[str, Any]:
    """The manifest of `archive`, after checking that it is one of ours in a format we read."""
    if not archive.is_file():
        raise BackupError(_("Het archief %(path)s bestaat niet.") % {"path": archive})
    try:
        with tarfile.open(archive, "r:gz") as tar:
            stream = tar.extractfile(tar.getmember(MANIFEST))
            manifest = json.loads(stream.read()) if stream else None
    except (tarfile.TarError, OSError, EOFError, zlib.error, KeyError, ValueError) as error:
        raise _corrupt(archive) from error
    if not isinstance(manifest, dict) or manifest.get("application") != APPLICATION:
        raise _corrupt(archive)
    if manifest.get("format") != ARCHIVE_FORMAT:
        raise BackupError(
            _("%(path)s heeft archiefformaat %(format)s; deze versie leest alleen formaat %(ours)s.")
            % {"path": archive, "format": manifest.get("format"), "ours": ARCHIVE_FORMAT}
        )
    return manifest


def check_compatible(manifest: dict[str, Any]) -> None:
    """Refuse a backup of another database vendor, or one made by a newer release (whose schema
    this code does not know: migrating "forward" from there is impossible)."""
    source = manifest["database"]["vendor"]
    if source != connection.vendor:
        raise BackupError(
            _(
                "Deze backup komt uit een %(source)s-database en kan niet worden teruggezet in %(target)s. "
                "Zet hem terug in een %(source)s-database (DATABASE_URL); overstappen van database gaat niet "
                "via backup en restore."
            )
            % {
                "source": VENDOR_NAMES.get(source, source),
                "target": VENDOR_NAMES.get(connection.vendor, connection.vendor),
            }
        )
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = set(loader.disk_migrations)
    for migration in loader.disk_migrations.values():
        known.update(migration.replaces)
    unknown = sorted(
        f"{app}.{name}"
        for app, names in manifest["migrations"].items()
        if app in loader.migrated_apps
        for name in names
        if (app, name) not in known
    )
    if unknown:
        raise BackupError(
            _(
                "Deze backup komt van een nieuwere versie van het platform: deze migraties zijn hier onbekend: "
                "%(names)s. Zet hem terug met dezelfde of een nieuwere versie."
            )
            % {"names": ", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")}
        )


def _check_member_name(name: str) -> None:
    path = PurePosixPath(name)
    if (
        path.is_absolute()
        or ".." in path.parts
        or "\\" in name
        or len(path.parts) < 2
        or path.parts[0] not in ("database", MEDIA_PREFIX)
    ):
        raise BackupError(_("Het archief bevat een ongeldige bestandsnaam: %(name)s.") % {"name": name})


def extract_verified(archive: Path, manifest: dict[str, Any], into: Path) -> None:
    """Unpack `archive` into `into`, checking every member against the manifest's sha256: nothing
    missing, nothing extra, only regular files with safe names. Touches nothing outside `into`."""
    expected: dict[str, dict[str, Any]] = manifest["files"]
    for name in expected:
        _check_member_name(name)
    if manifest["database"].get("file") not in expected:
        raise _corrupt(archive)
    seen: set[str] = set()
    try:
        with tarfile.open(archive, "r:gz") as tar:
            for member in tar:
                if member.name == MANIFEST:
                    continue
                if member.name not in expected or member.name in seen or not member.isreg():
                    raise BackupError(
                        _("Het archief bevat een bestand dat niet in het manifest staat: %(name)s.")
                        % {"name": member.name}
                    )
                seen.add(member.name)
                destination = into / member.name
                destination.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                stream = tar.extractfile(member)
                with destination.open("xb") as out:
                    while chunk := stream.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                if digest.hexdigest() != expected[member.name]["sha256"]:
                    raise BackupError(
                        _(
                            "De controlesom van %(name)s klopt niet: het archief is beschadigd of gewijzigd. "
                            "Er is niets teruggezet."
                        )
                        % {"name": member.name}
                    )
    except (tarfile.TarError, EOFError, zlib.error) as error:
        raise _corrupt(archive) from error
    missing = sorted(set(expected) - seen)
    if missing:
        raise BackupError(
            _("Het archief is onvolledig; deze bestanden ontbreken: %(names)s. Er is niets teruggezet.")
            % {"names": ", ".join(missing[:5])}
        )


def _restore_sqlite(dump: Path) -> None:
    target = Path(connection.settings_dict["NAME"])
    # The checksum vouches for the bytes; the header says they are a SQLite database at all. (No
    # PRAGMA quick_check: it evaluates expression indexes, which call Django's SQL functions.)
    with dump.open("rb") as stream:
        if stream.read(16) != b"SQLite format 3\x00":
            raise BackupError(_("De database in het archief is geen SQLite-database."))
    with closing(sqlite3.connect(dump)) as src:
        connections.close_all()
        target.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(target, timeout=20)) as dst:
            # Out of WAL first: copying into a WAL database fails when the page sizes differ. The
            # platform's own connections switch WAL back on when they open the file.
            dst.execute("PRAGMA journal_mode=DELETE")
            src.backup(dst)


def _dump_tables(pg_restore: str, dump: Path, env: dict[str, str]) -> set[str]:
    listing = _run([pg_restore, "--list", str(dump)], env=env, failure=_("pg_restore kan de dump niet lezen:"))
    return {match.group(2) for line in listing.splitlines() if (match := _PG_LIST_TABLE.match(line))}


def _restore_postgresql(dump: Path, manifest: dict[str, Any]) -> None:
    dump_major = int(manifest["database"].get("pg_dump_major") or 0)
    pg_restore, _major, _version = require_pg_tool(
        "pg_restore", minimum_major=dump_major, reason=_("de pg_dump waarmee de backup is gemaakt")
    )
    settings_dict = connection.settings_dict
    env = _pg_env(settings_dict)
    in_dump = _dump_tables(pg_restore, dump, env)
    # Tables the dump does not have (a newer release's, migrated into the empty target) would
    # block `--clean` through their foreign keys and make `migrate` trip over them afterwards.
    with connection.cursor() as cursor:
        leftovers = sorted(set(connection.introspection.table_names(cursor)) - in_dump)
        for table in leftovers:
            cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)} CASCADE")
    connections.close_all()
    _run(
        [
            pg_restore,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={settings_dict['NAME']}",
            str(dump),
        ],
        env=env,
        failure=_("pg_restore is mislukt; de database is niet gewijzigd:"),
    )


def _restore_media(staged: Path) -> int:
    """Copy the staged media files into MEDIA_ROOT, each through a temporary name, so a file is
    either the old one or the whole new one. Files that are not in the archive are left alone."""
    root = Path(settings.MEDIA_ROOT)
    count = 0
    if not staged.is_dir():
        return count
    for path in sorted(staged.rglob("*")):
        if not path.is_file():
            continue
        destination = root / path.relative_to(staged)
        destination.parent.mkdir(parents=True, exist_ok=True)
        temporary = destination.with_name(f".{destination.name}.restoring")
        shutil.copyfile(path, temporary)
        os.replace(temporary, destination)
        count += 1
    return count


def restore_backup(
    *, archive: Path, manifest: dict[str, Any], log: Callable[[str], None], stdout: IO[str] | None = None
) -> dict[str, int | None] | None:
    """Put the archive's database and media files in place, migrate, and return the key counts.

    Assumes the caller has read the manifest, checked compatibility and decided that the target may
    be overwritten (it is empty, or the operator asked to replace it). Verifies every checksum
    before it changes anything. Replaces the whole database; media files of the same name are
    overwritten, others left. Clears the cache, whose contents belong to the old data.
    """
    with tempfile.TemporaryDirectory(prefix="amhk-restore-") as work:
        staged = Path(work)
        extract_verified(archive, manifest, staged)
        log(
            _("Archief gecontroleerd: %(count)d bestanden, alle controlesommen kloppen.")
            % {"count": len(manifest["files"])}
        )
        dump = staged / manifest["database"]["file"]
        if connection.vendor == "sqlite":
            _restore_sqlite(dump)
        else:
            _restore_postgresql(dump, manifest)
        log(_("Database teruggezet."))
        media = _restore_media(staged / MEDIA_PREFIX)
        log(
            ngettext(
                "%(count)d mediabestand teruggezet in %(root)s.",
                "%(count)d mediabestanden teruggezet in %(root)s.",
                media,
            )
            % {"count": media, "root": settings.MEDIA_ROOT}
        )
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    call_command("migrate", interactive=False, verbosity=0, stdout=stdout)
    caches["default"].clear()
    return current_counts()


def ensure_database_reachable() -> None:
    """Open the target database (creating a SQLite file's folder), with a clear message when that
    fails: a PostgreSQL target has to exist, empty, before restoring into it."""
    if connection.vendor == "sqlite":
        Path(connection.settings_dict["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    try:
        connection.ensure_connection()
    except DatabaseError as error:
        raise BackupError(
            _("Geen verbinding met de database: %(error)s. Maak de (lege) database eerst aan.") % {"error": error}
        ) from error
