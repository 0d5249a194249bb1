#!/usr/bin/env python3
"""Checks that each library files its strings under one translation context of its own.

    ui/render/  summit::render      ui/          summit::ui
    core/       summit::core        app/summit/  summit::app
    app/cli/    Cli                 sync/        Sync

With one context per library, a class moved, renamed or split inside its library keeps
its translations; with a context per class (a Q_OBJECT class's own tr()) or per file,
its strings would go obsolete. The code reaches its library's context through a small
header (core/CoreText.h, ui/UiText.h, ui/render/RenderText.h, app/summit/AppText.h).

lupdate decides the context of a string (it resolves tr()'s class, Q_DECLARE_TR_FUNCTIONS,
translate()'s first argument), so the check asks it: every source file of a library is
read by lupdate into a scratch .ts with each string's location, and a string filed under
another context is reported where it is (`path:line: [source-context] ...`). The .ts
files may hold the libraries' contexts only, and no obsolete or vanished entry
(`[ts-context]`, `[ts-obsolete]`). The exit status is 1 when anything is reported.

    check_contexts.py --root SOURCE_DIR --lupdate LUPDATE --ts FILE.ts ...

--self-test checks the checker on a fixture tree instead: every line marked with
`expect: RULE` must be reported with that rule, nothing else may be, and every rule must
be exercised. The fixture's files end in .txt so that the build, the format target and
lupdate skip them; they are copied without the suffix before lupdate reads them.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Most specific first: ui/render/ is a library of its own inside ui/.
LIBRARIES = [
    ("ui/render/", "summit::render"),
    ("ui/", "summit::ui"),
    ("core/", "summit::core"),
    ("app/summit/", "summit::app"),
    ("app/cli/", "Cli"),
    ("sync/", "Sync"),
]
# How a file of each library reaches its context.
HOW = {
    "summit::render": 'RenderText::tr (#include "render/RenderText.h")',
    "summit::ui": 'UiText::tr (#include "ui/UiText.h"), not a Q_OBJECT class\'s own tr()',
    "summit::core": 'CoreText::tr (#include "CoreText.h")',
    "summit::app": 'AppText::tr (#include "AppText.h")',
    "Cli": "a struct with Q_DECLARE_TR_FUNCTIONS(Cli)",
    "Sync": 'QCoreApplication::translate("Sync", ...)',
}

# Known exceptions: a file and the one other context it may still use. None are left.
KNOWN = {}

RULES = {
    "source-context": "a string is filed under a context that is not its library's",
    "ts-context": "the .ts holds a context that is no library's",
    "ts-obsolete": "the .ts holds an obsolete or vanished entry (lupdate -no-obsolete drops them)",
}

SOURCE_SUFFIXES = (".cpp", ".h")
EXPECT_RE = re.compile(r"expect:\s*([a-z0-9-]+)")


def library_of(rel):
    for prefix, context in LIBRARIES:
        if rel.startswith(prefix):
            return prefix, context
    return None, None


def source_files(root, suffix):
    out = []
    for prefix, _ in LIBRARIES:
        top = os.path.join(root, prefix)
        for dirpath, _, names in os.walk(top):
            for name in names:
                if name.endswith(tuple(s + suffix for s in SOURCE_SUFFIXES)):
                    out.append(os.path.relpath(os.path.join(dirpath, name), root))
    return sorted(set(out))


def lupdate_contexts(lupdate, root, files):
    """[(rel path, line, context, source)] of every string lupdate finds in files."""
    with tempfile.TemporaryDirectory() as scratch:
        listing = os.path.join(scratch, "files.lst")
        with open(listing, "w", encoding="utf-8") as out:
            out.write("\n".join(os.path.join(root, f) for f in files) + "\n")
        ts = os.path.join(scratch, "scratch.ts")
        # The include roots of the update_translations target (ui/CMakeLists.txt).
        includes = [arg for d in ("", "core", "ui") for arg in ("-I", os.path.join(root, d))]
        run = subprocess.run([lupdate, "-silent", "-locations", "absolute", *includes, "@" + listing, "-ts", ts],
                             capture_output=True, text=True)
        if run.returncode != 0 or not os.path.exists(ts):
            sys.exit(f"lupdate failed ({run.returncode}):\n{run.stdout}{run.stderr}")
        found = []
        for context in ET.parse(ts).getroot().findall("context"):
            name = context.findtext("name")
            for message in context.findall("message"):
                for location in message.findall("location"):
                    path = os.path.normpath(os.path.join(scratch, location.get("filename")))
                    found.append((os.path.relpath(path, root), int(location.get("line", "0")), name,
                                  message.findtext("source")))
        return found


def source_violations(found, known):
    out = []
    for rel, line, context, source in found:
        prefix, wanted = library_of(rel)
        if wanted is None or context == wanted or known.get(rel) == context:
            continue
        out.append((rel, line, "source-context",
                    f'"{source}" is filed under "{context}"; {prefix} uses "{wanted}": '
                    f"{HOW[wanted]}"))
    return out


def ts_violations(path, rel, allowed):
    out = []
    in_context = False
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if "<context>" in line:
                in_context = True
            name = re.search(r"<name>(.*)</name>", line)
            if in_context and name:
                in_context = False
                context = name.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                if context not in allowed:
                    out.append((rel, number, "ts-context",
                                f'context "{context}" is no library\'s; move its messages '
                                f"(translations/move_contexts.py) and its calls"))
            if re.search(r'type="(obsolete|vanished)"', line):
                out.append((rel, number, "ts-obsolete", "obsolete entry; run update_translations"))
    return out


def check(root, lupdate, ts_files, known, suffix=""):
    files = source_files(root, suffix)
    if suffix:
        # lupdate picks its parser by the file name: read copies without the suffix.
        scratch = tempfile.mkdtemp()
        try:
            for rel in files:
                target = os.path.join(scratch, rel[: -len(suffix)])
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.copyfile(os.path.join(root, rel), target)
            found = lupdate_contexts(lupdate, scratch, [f[: -len(suffix)] for f in files])
        finally:
            shutil.rmtree(scratch)
        found = [(rel + suffix, line, context, source) for rel, line, context, source in found]
    else:
        found = lupdate_contexts(lupdate, root, files)
    violations = source_violations(found, known)
    allowed = {context for _, context in LIBRARIES} | set(known.values())
    for ts in ts_files:
        violations += ts_violations(ts, os.path.relpath(ts, root), allowed)
    return violations, len(files), len(found)


def expectations(root, paths):
    expected = set()
    for rel in paths:
        with open(os.path.join(root, rel), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                for rule in EXPECT_RE.findall(line):
                    expected.add((rel, number, rule))
    return expected


def self_test(root, lupdate):
    ts_files = sorted(os.path.join(root, "translations", name)
                      for name in os.listdir(os.path.join(root, "translations")) if name.endswith(".ts.txt"))
    known = {"app/summit/Known.cpp.txt": "summit::Legacy"}
    violations, _, _ = check(root, lupdate, ts_files, known, suffix=".txt")
    reported = {(rel, line, rule) for rel, line, rule, _ in violations}
    expected = expectations(root, source_files(root, ".txt") +
                            [os.path.relpath(ts, root) for ts in ts_files])
    failures = []
    for rel, line, rule in sorted(expected - reported):
        failures.append(f"{rel}:{line}: expected [{rule}], not reported")
    for rel, line, rule in sorted(reported - expected):
        failures.append(f"{rel}:{line}: [{rule}] reported, not expected")
    for rule in sorted(set(RULES) - {rule for _, _, rule in expected}):
        failures.append(f"the fixture exercises no [{rule}]")
    for failure in failures:
        print(failure)
    print(f"self-test: {len(expected)} expected violations, {len(reported)} reported, "
          f"{len(failures)} failures")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", required=True)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--ts", action="append", default=[])
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    if args.self_test:
        return self_test(root, args.lupdate)
    violations, files, strings = check(root, args.lupdate, [os.path.abspath(t) for t in args.ts], KNOWN)
    for rel, line, rule, message in violations:
        print(f"{rel}:{line}: [{rule}] {message}")
    print(f"{files} files, {strings} strings, {len(args.ts)} .ts files: {len(violations)} violations")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
