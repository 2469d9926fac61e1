"""Chinese first, English complete: every interface string has a zh-hans translation, every content
entry has both languages."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"


def po_entries(path: Path) -> list[tuple[str, str, bool]]:
    """(msgid, msgstr, fuzzy) for every entry but the header; a small reader, enough for our own files."""
    entries, msgid, msgstr, fuzzy, target = [], None, None, False, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        elif line.startswith("msgid "):
            msgid, target = line[6:].strip('"'), "id"
        elif line.startswith("msgstr"):
            msgstr, target = line.split(" ", 1)[1].strip('"'), "str"
        elif line.startswith('"') and target:
            if target == "id":
                msgid += line.strip('"')
            else:
                msgstr += line.strip('"')
        elif not line.strip():
            if msgid:
                entries.append((msgid, msgstr or "", fuzzy))
            msgid, msgstr, fuzzy, target = None, None, False, None
    return entries


class TestInterfaceStrings:
    def test_every_interface_string_has_a_chinese_translation(self):
        entries = po_entries(PO)
        assert len(entries) > 100
        missing = [msgid for msgid, msgstr, fuzzy in entries if not msgstr or fuzzy]
        assert missing == []

    def test_placeholders_survive_translation(self):
        for msgid, msgstr, _ in po_entries(PO):
            assert sorted(re.findall(r"%\(\w+\)[sd]", msgid)) == sorted(re.findall(r"%\(\w+\)[sd]", msgstr)), msgid


class TestContentFiles:
    @pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "triage" / "data").glob("*.toml")))
    def test_every_zh_field_has_an_en_twin(self, name):
        data = tomllib.loads((ROOT / "triage" / "data" / name).read_text(encoding="utf-8"))

        def walk(node, where):
            if isinstance(node, dict):
                for key, value in node.items():
                    if key.endswith("_zh") and isinstance(value, str) and value:
                        twin = key[:-3] + "_en"
                        assert node.get(twin), f"{name}: {where}.{key} has no {twin}"
                    walk(value, f"{where}.{key}")
            elif isinstance(node, list):
                for index, item in enumerate(node):
                    walk(item, f"{where}[{index}]")

        walk(data, name)


@pytest.mark.django_db
class TestEnglishPages:
    def test_english_pages_carry_no_untranslated_chinese_interface_text(self):
        client = Client()
        client.post("/i18n/setlang/", {"language": "en", "next": "/"})
        for url in [
            "/",
            "/step/calm/",
            "/step/message/",
            "/step/verify/",
            "/step/protect/",
            "/step/legal/",
            "/plan/",
            "/resume/",
        ]:
            html = client.get(url).content.decode()
            text = re.sub(r"<[^>]+>", " ", html)
            # The language switch names Chinese in Chinese, on purpose.
            text = text.replace("中文", "")
            assert not re.search(r"[\u4e00-\u9fff]", text), (url, re.findall(r".{0,20}[\u4e00-\u9fff]+.{0,20}", text)[:3])
