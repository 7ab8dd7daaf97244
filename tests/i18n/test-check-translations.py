#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Proves that check-translations.py can fail: it passes a complete fixture .ts, and on a
deliberately incomplete one it fails naming each problem. Neither fixture file is modified.

usage: test-check-translations.py LUPDATE CHECKER
"""
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "fixture")
LUPDATE, CHECKER = sys.argv[1], sys.argv[2]


class CheckTranslationsTest(unittest.TestCase):
    def setUp(self):
        self.workdir = tempfile.TemporaryDirectory()
        self.list_file = os.path.join(self.workdir.name, "sources.lst")
        with open(self.list_file, "w") as f:
            f.write(os.path.join(FIXTURE, "Greeter.cpp") + "\n")

    def tearDown(self):
        self.workdir.cleanup()

    def check(self, ts_name):
        ts = os.path.join(FIXTURE, ts_name)
        with open(ts, "rb") as f:
            before = f.read()
        result = subprocess.run(
            [sys.executable, CHECKER, "--lupdate", LUPDATE, "--list-file", self.list_file,
             "--option=-no-obsolete", "--option=-locations", "--option=none", ts],
            capture_output=True, text=True)
        with open(ts, "rb") as f:
            self.assertEqual(f.read(), before, f"{ts_name} was modified")
        return result

    def test_complete_file_passes(self):
        result = self.check("greeter_complete_de.ts")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("0 problem(s)", result.stdout)

    def test_incomplete_file_fails_naming_each_problem(self):
        result = self.check("greeter_incomplete_de.ts")
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        out = result.stdout
        expected = [
            'missing (run the update_translations target): [Greeter] "<b>Welcome</b> back"',
            'no longer in the sources (run update_translations): [Greeter] "Goodbye"',
            'unfinished: [Greeter] "%n new message(s)"',
            'placeholders none instead of %1: [Greeter] "Hello, %1!" -> "Hallo!"',
            "accelerator '&' lost or doubled: [Greeter] \"&Quit\" -> \"Beenden\"",
            "FAIL: 5 translation problem(s)",
        ]
        for line in expected:
            self.assertIn(line, out)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]])
