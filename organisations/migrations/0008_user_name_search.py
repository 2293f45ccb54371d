"""A trigram index for the people search, on PostgreSQL only.

The people list searches first name, last name and e-mail with `icontains`, which PostgreSQL runs
as `UPPER(column) LIKE '%word%'`. No B-tree helps with a leading wildcard, so at 100,000 people
every search read the whole user table, twice per page (the list and its count). A GIN index of
trigrams answers the same LIKE (bench/explain.py: about 100 ms → 10 ms per statement).

It is made here rather than in `User.Meta.indexes` because SQLite (development, the default test
run) has no GIN indexes, and an index in Meta would be recreated by every SQLite table rebuild.
`pg_trgm` is a trusted extension: a role with CREATE on the database (its owner) may add it.
"""

from django.db import migrations

INDEX = "user_name_search"
COLUMNS = ("first_name", "last_name", "email")


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("organisations", "User")._meta.db_table)
    # The same expression Django's icontains lookup writes, so the planner matches it.
    columns = ", ".join(f"UPPER({schema_editor.quote_name(column)}::text) gin_trgm_ops" for column in COLUMNS)
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin ({columns})")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # The extension stays: dropping it could break anything else that came to use it.
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("organisations", "0007_erasure")]

    operations = [migrations.RunPython(create_index, drop_index)]
