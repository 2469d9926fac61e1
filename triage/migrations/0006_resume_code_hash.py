"""Resume codes are stored as a keyed hash, never in plain text.

Codes issued before keep working until they expire: their hash is computed here from the stored code.
"""

import hashlib
import hmac

from django.conf import settings
from django.db import migrations, models

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def hash_existing_codes(apps, schema_editor):
    Resume = apps.get_model("triage", "Resume")
    for resume in Resume.objects.all():
        code = "".join(ch for ch in resume.code.upper() if ch in CODE_ALPHABET)
        resume.code_hash = hmac.new(settings.SECRET_KEY.encode(), b"resume:" + code.encode(), hashlib.sha256).hexdigest()
        resume.save(update_fields=["code_hash"])


class Migration(migrations.Migration):

    dependencies = [
        ("triage", "0005_reviewer_group"),
    ]

    operations = [
        migrations.AddField(
            model_name="resume",
            name="code_hash",
            field=models.CharField(default="", max_length=64),
            preserve_default=False,
        ),
        migrations.RunPython(hash_existing_codes, migrations.RunPython.noop),
        migrations.RemoveField(model_name="resume", name="code"),
        migrations.AlterField(
            model_name="resume",
            name="code_hash",
            field=models.CharField(max_length=64, unique=True),
        ),
    ]
