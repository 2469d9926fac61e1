"""One resume code per session: a double tap on "get a code" made two rows, two codes.

Rows made that way before this migration are reduced to the one that lives longest, then the column
becomes unique.
"""

from django.db import migrations, models


def keep_one_code_per_session(apps, schema_editor):
    Resume = apps.get_model("triage", "Resume")
    seen = set()
    for pk, session_key in Resume.objects.order_by("session_key", "-expires_at", "pk").values_list("pk", "session_key"):
        if session_key in seen:
            Resume.objects.filter(pk=pk).delete()
        seen.add(session_key)


class Migration(migrations.Migration):

    dependencies = [
        ("triage", "0002_case"),
    ]

    operations = [
        migrations.RunPython(keep_one_code_per_session, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="resume",
            name="session_key",
            field=models.CharField(max_length=40, unique=True),
        ),
    ]
