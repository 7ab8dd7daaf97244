#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Every include names its layer (src/ is the include root), and no layer includes one above it.

Layers, lowest first: core < sandbox < gui < cli, app. Within the sandbox: http < faults < world
< vapi, twilio < the server at its root (vapi may read twilio's credentials: an import checks
them). An include of src/ code must be written from src/ ("core/storage/…"), never relative to
the including file's folder.
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.getcwd()
src = os.path.join(root, 'src')
include = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)

# What each folder may include (prefixes of paths under src/).
allowed = {
    'core': ['core/'],
    'sandbox/http': ['core/', 'sandbox/http/'],
    'sandbox/faults': ['core/', 'sandbox/http/', 'sandbox/faults/'],
    'sandbox/world': ['core/', 'sandbox/world/'],
    'sandbox/vapi': ['core/', 'sandbox/http/', 'sandbox/world/', 'sandbox/vapi/',
                     'sandbox/twilio/TwilioCredentials.h'],
    'sandbox/twilio': ['core/', 'sandbox/http/', 'sandbox/world/', 'sandbox/twilio/'],
    'sandbox/app': ['core/', 'sandbox/'],
    'sandbox': ['core/', 'sandbox/'],
    'gui': ['core/', 'gui/'],
    'cli': ['core/', 'sandbox/', 'cli/'],
    'app': ['core/', 'sandbox/', 'gui/', 'app/'],
}

problems = []
for folder, _dirs, files in os.walk(src):
    for name in files:
        if not name.endswith(('.h', '.cpp')):
            continue
        path = os.path.join(folder, name)
        rel = os.path.relpath(path, src)
        layer = max((key for key in allowed if rel.startswith(key + '/')), key=len)
        with open(path, encoding='utf-8') as source:
            text = source.read()
        for target in include.findall(text):
            if target.startswith('ui_') or target.endswith('.moc'):
                continue  # generated next to the target
            if not os.path.exists(os.path.join(src, target)):
                problems.append(f'{rel}: "{target}" is not named from src/')
            elif not any(target.startswith(prefix) for prefix in allowed[layer]):
                problems.append(f'{rel}: "{target}" is above or beside the {layer} layer')

for problem in problems:
    print(problem)
print(f'{len(problems)} layering problem(s)' if problems else 'layers: every include in order')
sys.exit(1 if problems else 0)
