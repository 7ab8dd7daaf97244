#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks that the Qt Linguist .ts files are complete and up to date with the sources.

For each .ts file given:
  (a) lupdate runs over the current sources into a temporary copy (the source tree is never
      written); every source text the file lacks, and every entry of the file that the sources
      no longer have (vanished, obsolete), is a problem;
  (b) every entry must be finished and non-empty (every plural form too);
  (c) a translation has the same placeholders (%1, %L2, %n) as its source text;
  (d) a translation keeps the source's keyboard accelerator (one '&'), and its HTML tags.

Exit status 0 when there is no problem, 1 when there is one (each listed on stdout), 2 when the
check itself cannot run.

usage: check-translations.py --lupdate PATH --list-file FILE [--option OPT]... 
                             [--plural-only FILE.ts]... FILE.ts...
"""
import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
# "&File", "Save &as": an ampersand before a character that is neither a space nor another
# ampersand ("&&" is a literal ampersand).
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?=\S)")
HTML_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b")

Entry = collections.namedtuple("Entry", "context source comment numerus kind translations")


def read_ts(path):
    """The entries of a .ts file, keyed by (context, source, comment)."""
    root = ET.parse(path).getroot()
    entries = collections.OrderedDict()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts = []
            elif numerus:
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            entries[(name, source, comment)] = Entry(name, source, comment, numerus, kind, texts)
    return root.get("language", ""), entries


def describe(key):
    context, source, comment = key
    text = source if len(source) <= 70 else source[:67] + "..."
    text = text.replace("\n", "\\n")
    suffix = f" ({comment})" if comment else ""
    return f"[{context}] \"{text}\"{suffix}"


def accelerators(text):
    return len(ACCELERATOR.findall(text))


def check_translation(key, entry, problems):
    if entry.kind in ("vanished", "obsolete"):
        return  # reported by the lupdate comparison
    if entry.kind == "unfinished":
        problems.append(f"unfinished: {describe(key)}")
        return
    if not entry.translations or any(not text.strip() for text in entry.translations):
        problems.append(f"empty translation: {describe(key)}")
        return
    wanted = sorted(set(PLACEHOLDER.findall(entry.source)))
    wanted_tags = sorted(HTML_TAG.findall(entry.source))
    for text in entry.translations:
        found = sorted(set(PLACEHOLDER.findall(text)))
        if found != wanted:
            problems.append(
                f"placeholders {' '.join(found) or 'none'} instead of "
                f"{' '.join(wanted) or 'none'}: {describe(key)} -> \"{text}\"")
        if accelerators(entry.source) == 1 and accelerators(text) != 1:
            problems.append(f"accelerator '&' lost or doubled: {describe(key)} -> \"{text}\"")
        if sorted(HTML_TAG.findall(text)) != wanted_tags:
            problems.append(f"HTML tags differ: {describe(key)} -> \"{text}\"")


def run_lupdate(args, ts_path, plural_only, workdir):
    """The entries lupdate finds for ts_path in the current sources, from a temporary copy."""
    copy = os.path.join(workdir, os.path.basename(ts_path))
    shutil.copyfile(ts_path, copy)
    options = [o for o in args.option if o != "-no-obsolete"]  # keep vanished entries visible
    if plural_only:
        options.append("-pluralonly")
    command = [args.lupdate, "-silent", *options, "@" + args.list_file, "-ts", copy]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(f"lupdate failed ({result.returncode}) for {ts_path}:\n"
                         f"{result.stdout}{result.stderr}")
        sys.exit(2)
    # lupdate warnings (a tr() it cannot place in a context, say) are problems of the sources.
    warnings = [line for line in (result.stdout + result.stderr).splitlines()
                if line.strip() and "Updating" not in line and "Found" not in line]
    return read_ts(copy)[1], warnings


def check_file(args, ts_path, workdir):
    problems = []
    plural_only = os.path.basename(ts_path) in {os.path.basename(p) for p in args.plural_only}
    language, committed = read_ts(ts_path)
    updated, warnings = run_lupdate(args, ts_path, plural_only, workdir)
    problems += [f"lupdate: {w}" for w in warnings]

    def active(entries):
        return {k for k, e in entries.items() if e.kind not in ("vanished", "obsolete")}

    for key in sorted(active(updated) - active(committed)):
        problems.append(f"missing (run the update_translations target): {describe(key)}")
    for key in sorted(set(committed) - active(updated)):
        problems.append(f"no longer in the sources (run update_translations): {describe(key)}")
    for key, entry in committed.items():
        if key in active(updated):
            check_translation(key, entry, problems)

    name = os.path.basename(ts_path)
    print(f"{name} ({language or '?'}): {len(committed)} entries, {len(problems)} problem(s)")
    for problem in problems[:args.max_listed]:
        print(f"  {name}: {problem}")
    if len(problems) > args.max_listed:
        kinds = collections.Counter(p.split(":", 1)[0] for p in problems)
        summary = ", ".join(f"{count} {kind}" for kind, count in kinds.most_common())
        print(f"  {name}: ... {len(problems) - args.max_listed} more ({summary} in all)")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--list-file", required=True,
                        help="lupdate list file: include paths (-I...) and sources, one a line")
    parser.add_argument("--option", action="append", default=[],
                        help="an lupdate option the build uses (repeat)")
    parser.add_argument("--plural-only", action="append", default=[],
                        help="a .ts file that holds only plural forms (lupdate -pluralonly)")
    parser.add_argument("--max-listed", type=int, default=60,
                        help="problems listed per file (all are counted)")
    parser.add_argument("ts_files", nargs="+")
    args = parser.parse_args()

    for path in [args.lupdate, args.list_file, *args.ts_files]:
        if not os.path.exists(path):
            sys.stderr.write(f"not found: {path}\n")
            return 2

    total = 0
    with tempfile.TemporaryDirectory(prefix="check-translations-") as workdir:
        for ts_path in args.ts_files:
            total += len(check_file(args, ts_path, workdir))
    if total:
        print(f"FAIL: {total} translation problem(s). Run "
              "`cmake --build --preset ci --target update_translations`, then translate every "
              "unfinished entry (see translations/README.md).")
        return 1
    print("OK: every language is complete and matches the sources.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
