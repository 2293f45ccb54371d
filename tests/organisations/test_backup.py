"""Backup and restore: a round trip into an empty instance (SQLite, and PostgreSQL when the tests run
on it) that finds the same people, attempts and certificates; the refusals (a database that is not
empty, an altered archive, another vendor, a newer release, a public folder); the pg_dump check.

The backup is made in this process from the test database. Each restore runs `manage.py` in a
subprocess against an instance of its own (database, VAR_DIR, MEDIA_ROOT), so a restore can never
land in the test database.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection

from assessments import services as assessment_services
from assessments.models import Attempt
from certificates.models import Certificate
from courses.selectors import lessons_of
from courses.services import complete_lesson
from organisations.backup import (
    BackupError,
    check_compatible,
    current_counts,
    parse_pg_tool_version,
    read_manifest,
    require_pg_tool,
)
from organisations.models import User
from tests.factories import make_assessment, make_course, make_question

ROOT = Path(__file__).resolve().parents[2]
REPORT = "BACKUP-REPORT "
round_trip_db = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def print_report() -> None:
    """Run inside a restored instance (`manage.py shell -c`): what it holds, and what its public
    verification page says about the certificate, as one JSON line."""
    from django.test import Client

    certificate = Certificate.objects.get()
    response = Client(SERVER_NAME="localhost").get(f"/certificaten/verifieer/{certificate.code}/")
    report = {
        "counts": current_counts(),
        "emails": sorted(User.objects.values_list("email", flat=True)),
        "attempts": sorted([a.user.email, a.number, str(a.percent)] for a in Attempt.objects.select_related("user")),
        "certificate": {"code": certificate.code, "holder": certificate.holder_name, "pdf": certificate.pdf.name},
        "verification": {"status": response.status_code, "html": response.content.decode()},
    }
    print(REPORT + json.dumps(report))


# --- Instances in subprocesses -------------------------------------------------------------------


def _pg_command(program: str, *args: str) -> None:
    settings_dict = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": settings_dict.get("PASSWORD") or ""}
    subprocess.run(
        [
            program,
            "-h",
            settings_dict.get("HOST") or "127.0.0.1",
            "-p",
            str(settings_dict.get("PORT") or 5432),
            "-U",
            settings_dict.get("USER") or "postgres",
            *args,
        ],
        env=env,
        check=True,
        capture_output=True,
    )


def _postgres_url(name: str) -> str:
    settings_dict = connection.settings_dict
    user = settings_dict.get("USER") or "postgres"
    password = f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
    host = settings_dict.get("HOST") or "127.0.0.1"
    return f"postgres://{user}{password}@{host}:{settings_dict.get('PORT') or 5432}/{name}"


@dataclass
class Instance:
    """An empty platform instance of the vendor the tests run on, driven through `manage.py`."""

    env: dict[str, str]
    media: Path
    sqlite: Path | None

    def manage(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
            stdin=subprocess.DEVNULL,
        )

    def report(self) -> dict:
        script = "from tests.organisations.test_backup import print_report; print_report()"
        result = self.manage("shell", "--no-imports", "-c", script)
        assert result.returncode == 0, result.stderr
        line = next(line for line in result.stdout.splitlines() if line.startswith(REPORT))
        return json.loads(line.removeprefix(REPORT))

    def tables(self) -> int:
        """How many tables its database has (0 for a database nothing was restored into)."""
        script = "from django.db import connection; print('TABLES', len(connection.introspection.table_names()))"
        result = self.manage("shell", "--no-imports", "-c", script)
        assert result.returncode == 0, result.stderr
        return int(next(line for line in result.stdout.splitlines() if line.startswith("TABLES")).split()[1])


@pytest.fixture
def empty_instance(tmp_path):
    """A factory of empty instances; PostgreSQL databases are made with createdb and dropped after."""
    databases: list[str] = []

    def make(name: str) -> Instance:
        var = tmp_path / f"instance-{name}"
        var.mkdir()
        sqlite = None
        if connection.vendor == "sqlite":
            sqlite = var / "amhk.sqlite3"
            url = f"sqlite:///{sqlite}"
        else:
            database = f"amhk_restore_{os.getpid()}_{name}"
            _pg_command("dropdb", "--if-exists", "--force", database)
            _pg_command("createdb", database)
            databases.append(database)
            url = _postgres_url(database)
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "VAR_DIR": str(var),
            "MEDIA_ROOT": str(var / "media"),
            "DEBUG": "true",
            "TESTING": "false",
            "CELERY_BROKER_URL": "",
            "CACHE_URL": "locmem://",
            "EMAIL_URL": "locmem://",
            "LOG_LEVEL": "WARNING",
        }
        return Instance(env=env, media=var / "media", sqlite=sqlite)

    yield make
    for database in databases:
        _pg_command("dropdb", "--if-exists", "--force", database)


def make_backup(tmp_path: Path) -> Path:
    call_command("backup", output=tmp_path / "backups", stdout=io.StringIO())
    (archive,) = (tmp_path / "backups").glob("amhk-backup-*.tar.gz")
    return archive


@pytest.fixture
def learning_records(employee, manager_utrecht, settings, tmp_path):
    """People in two regions, an attempt, a certificate with its PDF, and an uploaded document."""
    from wagtail.documents import get_document_model

    settings.MEDIA_ROOT = tmp_path / "source-media"
    make_question(competences=["C1"])
    course = make_course(lessons=1)
    assessment = make_assessment(course=course, pools={"C1": 1}, title="Eindtoets")
    complete_lesson(user=employee, lesson=lessons_of(course).first().specific, course=course)
    attempt = assessment_services.start_attempt(user=employee, assessment=assessment)
    right = next(o["id"] for o in attempt.items.get().snapshot["options"] if o["correct"])
    assessment_services.save_answer(user=employee, attempt_id=attempt.pk, position=1, answer={"option": right})
    # Committed at once (a transactional test): the certificate is issued and its PDF rendered.
    assessment_services.submit_attempt(user=employee, attempt_id=attempt.pk)
    get_document_model().objects.create(
        title="Meldcode", file=ContentFile(b"%PDF-1.4 meldcode huiselijk geweld", name="meldcode.pdf")
    )
    certificate = Certificate.objects.get(user=employee)
    assert certificate.pdf and Path(certificate.pdf.path).is_file()
    return certificate


# --- The round trip ------------------------------------------------------------------------------


def _round_trip(certificate: Certificate, tmp_path: Path, empty_instance) -> None:
    archive = make_backup(tmp_path)
    manifest = read_manifest(archive)
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["counts"] == current_counts()
    assert manifest["counts"]["certificates"] == 1 and manifest["counts"]["attempts"] == 1
    assert manifest["counts"]["users"] == 2 and manifest["migrations"]["organisations"][0] == "0001_initial"
    assert f"media/{certificate.pdf.name}" in manifest["files"]
    source_pdf = Path(certificate.pdf.path)

    target = empty_instance("target")
    restored = target.manage("restore", str(archive))
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "de aantallen komen overeen met het manifest" in restored.stdout
    pdf = target.media / certificate.pdf.name
    assert sha256(pdf) == sha256(source_pdf)
    assert (target.media / "documents" / "meldcode.pdf").read_bytes().startswith(b"%PDF-1.4 meldcode")

    # A second restore into the now filled database is refused and changes nothing.
    pdf.write_bytes(b"veranderd na het terugzetten")
    database_before = sha256(target.sqlite) if target.sqlite else None
    refused = target.manage("restore", str(archive))
    assert refused.returncode != 0
    assert "De database is niet leeg (gebruikers: 2" in refused.stderr and "--replace --yes" in refused.stderr
    assert pdf.read_bytes() == b"veranderd na het terugzetten"
    if target.sqlite:
        assert sha256(target.sqlite) == database_before

    # Asked for explicitly, it replaces: the PDF is the certificate's again.
    replaced = target.manage("restore", str(archive), "--replace", "--yes")
    assert replaced.returncode == 0, replaced.stdout + replaced.stderr
    assert sha256(pdf) == sha256(source_pdf)

    report = target.report()
    assert report["counts"] == manifest["counts"]
    assert report["emails"] == sorted(User.objects.values_list("email", flat=True))
    assert report["attempts"] == [["fleur.bakker@groningen.example", 1, str(Attempt.objects.get().percent)]]
    assert report["certificate"] == {"code": certificate.code, "holder": "Fleur Bakker", "pdf": certificate.pdf.name}
    assert report["verification"]["status"] == 200
    assert "Geldig certificaat" in report["verification"]["html"]
    assert "Fleur Bakker" in report["verification"]["html"]


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the SQLite round trip runs when the tests run on SQLite (DATABASE_URL unset)"
)
@round_trip_db
def test_sqlite_backup_restores_into_an_empty_instance_with_the_same_people_attempts_and_certificates(
    learning_records, tmp_path, empty_instance
):
    _round_trip(learning_records, tmp_path, empty_instance)


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL: run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/amhk_backuptest",
)
@round_trip_db
def test_postgresql_backup_restores_into_an_empty_database_with_the_same_people_attempts_and_certificates(
    learning_records, tmp_path, empty_instance
):
    _round_trip(learning_records, tmp_path, empty_instance)


# --- Refusals ------------------------------------------------------------------------------------


@round_trip_db
def test_an_archive_with_one_byte_changed_fails_the_checksum_and_restores_nothing(settings, tmp_path, empty_instance):
    settings.MEDIA_ROOT = tmp_path / "source-media"
    (settings.MEDIA_ROOT / "certificates").mkdir(parents=True)
    (settings.MEDIA_ROOT / "certificates" / "certificaat.pdf").write_bytes(b"%PDF-1.7 een certificaat")
    archive = make_backup(tmp_path)
    altered = tmp_path / "altered.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(altered, "w:gz") as copy:
        for member in source:
            data = source.extractfile(member).read()
            if member.name == "media/certificates/certificaat.pdf":
                data = data[:12] + bytes([data[12] ^ 0x01]) + data[13:]
            copy.addfile(member, io.BytesIO(data))

    target = empty_instance("altered")
    result = target.manage("restore", str(altered))
    assert result.returncode != 0
    assert "De controlesom van media/certificates/certificaat.pdf klopt niet" in result.stderr
    assert "Er is niets teruggezet" in result.stderr
    assert not target.media.exists()
    assert target.tables() == 0


def test_a_backup_of_the_other_database_vendor_is_refused():
    other, name = ("postgresql", "PostgreSQL") if connection.vendor == "sqlite" else ("sqlite", "SQLite")
    with pytest.raises(BackupError, match=f"komt uit een {name}-database en kan niet worden teruggezet"):
        check_compatible({"database": {"vendor": other}, "migrations": {}})


def test_a_backup_of_a_newer_release_is_refused_but_an_older_one_is_not():
    vendor = {"vendor": connection.vendor}
    newer = {"organisations": ["0001_initial", "9999_uit_de_toekomst"]}
    with pytest.raises(BackupError, match="nieuwere versie.*organisations.9999_uit_de_toekomst"):
        check_compatible({"database": vendor, "migrations": newer})
    # Older: fewer migrations, and an app that has since been removed, come forward with migrate.
    check_compatible({"database": vendor, "migrations": {"organisations": ["0001_initial"], "oud": ["0001_initial"]}})


@pytest.mark.parametrize("where", ["media", "inside media", "project static", "static root"])
def test_backup_refuses_to_write_where_the_web_server_hands_out_files(settings, tmp_path, where):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STATIC_ROOT = tmp_path / "collected-static"
    output = {
        "media": settings.MEDIA_ROOT,
        "inside media": settings.MEDIA_ROOT / "backups",
        "project static": ROOT / "static" / "backups",
        "static root": settings.STATIC_ROOT / "backups",
    }[where]
    # No database marker: the refusal comes before the database is touched.
    with pytest.raises(CommandError, match="persoonsgegevens en wachtwoord-hashes en mag niet in"):
        call_command("backup", output=output, stdout=io.StringIO())
    assert not output.exists() or where == "media"


# --- PostgreSQL client tools ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        ("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n", (15, "15.20")),
        ("pg_restore (PostgreSQL) 17.2\n", (17, "17.2")),
        ("pg_dump (PostgreSQL) 18devel\n", (18, "18")),
        ("pg_dump (PostgreSQL) 9.6.24\n", (9, "9.6")),
        ("bash: pg_dump: command not found\n", None),
    ],
)
def test_pg_tool_versions_are_read_from_their_version_line(output, expected):
    assert parse_pg_tool_version(output) == expected


def test_a_pg_dump_older_than_the_server_or_none_at_all_is_refused_in_plain_words(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(BackupError, match="pg_dump is niet gevonden.*postgresql-client-16"):
        require_pg_tool("pg_dump", minimum_major=16, reason="de databaseserver (PostgreSQL)")
    fake = tmp_path / "pg_dump"
    fake.write_text("#!/bin/sh\necho 'pg_dump (PostgreSQL) 14.11'\n")
    fake.chmod(0o755)
    too_old = r"pg_dump is versie 14\.11, maar de databaseserver \(PostgreSQL\) is versie 16"
    with pytest.raises(BackupError, match=too_old):
        require_pg_tool("pg_dump", minimum_major=16, reason="de databaseserver (PostgreSQL)")
    assert require_pg_tool("pg_dump", minimum_major=14, reason="de databaseserver (PostgreSQL)")[1:] == (14, "14.11")
