#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Moves translations between a Qt Linguist .ts file and JSON, for filling a language outside
Qt Linguist (a script, a translator's tool). Run update_translations afterwards: lupdate then
writes the .ts in its own layout again.

  ts-json.py export switchboard_de.ts [--all] > de.json
      {"<context>": {"<source>": "<translation>" or ["<plural form>", ...]}}; only the
      unfinished entries unless --all. Plural entries come with as many empty forms as the
      language has.
  ts-json.py apply switchboard_de.ts de.json
      writes each non-empty translation of the JSON into the .ts and marks it finished.
      Entries the .ts does not have are listed and skipped. The JSON may also be flat,
      {"<source>": "<translation>"}: then a source text gets that translation in every context.
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def export(path, everything):
    root = ET.parse(path).getroot()
    out = {}
    for context, message in messages(root):
        translation = message.find("translation")
        unfinished = translation is None or translation.get("type") == "unfinished"
        if not (everything or unfinished):
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            value = [form.text or "" for form in translation.iter("numerusform")]
        else:
            value = translation.text or "" if translation is not None else ""
        out.setdefault(context, {})[source] = value
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def apply(path, json_path):
    with open(json_path, encoding="utf-8") as f:
        wanted = json.load(f)
    flat = all(not isinstance(value, dict) for value in wanted.values())
    tree = ET.parse(path)
    root = tree.getroot()
    applied = 0
    seen = set()
    for context, message in messages(root):
        source = message.findtext("source") or ""
        value = wanted.get(source) if flat else wanted.get(context, {}).get(source)
        if value is None:
            continue
        seen.add(("", source) if flat else (context, source))
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            if not all(form.strip() for form in forms):
                continue
            existing = list(translation.iter("numerusform"))
            for form in existing:
                translation.remove(form)
            count = max(len(existing), 1)
            if len(forms) < count:
                forms = forms + [forms[-1]] * (count - len(forms))
            for text in forms[:count]:
                ET.SubElement(translation, "numerusform").text = text
        else:
            if isinstance(value, list) or not value.strip():
                continue
            translation.text = value
        translation.attrib.pop("type", None)
        applied += 1
    wanted_keys = [("", source) for source in wanted] if flat else [
        (context, source) for context, entries in wanted.items() for source in entries]
    for context, source in wanted_keys:
        if (context, source) not in seen:
            sys.stderr.write(f"not in {path}: [{context}] {source[:70]}\n")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {applied} translation(s) written")


def main(argv):
    if len(argv) >= 3 and argv[1] == "export":
        export(argv[2], "--all" in argv[3:])
    elif len(argv) == 4 and argv[1] == "apply":
        apply(argv[2], argv[3])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
