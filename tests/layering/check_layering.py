#!/usr/bin/env python3
"""Checks from the sources that the layers depend on each other only as designed.

    app -> ui -> core,  app -> sync -> core,  ui -> sync only through the controller
    interface; core links Qt Core and Qt Sql only; the operation log's tables belong to its class.

The compiler enforces part of this (a library exports only its own headers), but not
all of it: Qt's include root is visible to every target, so <QtGui/QColor> compiles in
core, and SQL is text. Each violation is printed as `path:line: [rule] message`; the
exit status is 1 when there is any.

    check_layering.py --root SOURCE_DIR [--qt-headers DIR ...]

--qt-headers names the include directory of a Qt module core and sync must not use
(QtGui, QtWidgets, ...); every header in it is forbidden there, in both spellings
(<QColor>, <QtGui/QColor>).

--self-test checks the checker on a fixture tree instead: every line marked with a
comment `expect: RULE` must be reported with that rule, nothing else may be, and every
rule must be exercised. Fixture files carry a `.txt` suffix so that the build ignores
them; --allow replaces the known exceptions below with the fixture's own.
"""

import argparse
import os
import re
import sys

# Who may name each table of the operation log in SQL: the log's own class, the undo
# stack's, and the migrations that create them. Everyone else reads through
# core/store/OperationLog.h, so a change of the log's layout stays in one file.
LOG_OWNERS = {
    "ops": {"core/store/OperationLog.cpp", "core/store/Migrations.cpp"},
    "op_fields": {"core/store/OperationLog.cpp", "core/store/Migrations.cpp"},
    "frontiers": {"core/store/OperationLog.cpp", "core/store/Migrations.cpp"},
    "changes": {"core/store/UndoLog.cpp", "core/store/Migrations.cpp"},
}
OPLOG_TABLES = sorted(LOG_OWNERS)

# Known exceptions: files that name a log table they do not own, with the tables
# each one names. A file listed here may not start naming another log table, and a
# new file may not start naming any. None are left; the self-test passes its own.
KNOWN_OPLOG_READERS = {}

# Always forbidden in core and sync, also when no Qt include directory is given.
GUI_MODULES = ["QtGui", "QtWidgets", "QtCharts", "QtSvg", "QtSvgWidgets", "QtPrintSupport",
               "QtOpenGL", "QtOpenGLWidgets", "QtQuick", "QtQml"]
GUI_CLASSES = ["QWidget", "QApplication", "QGuiApplication", "QPainter", "QImage", "QPixmap",
               "QColor", "QFont", "QFontMetrics", "QIcon", "QPen", "QBrush", "QPalette",
               "QTextDocument", "QPdfWriter", "QPrinter", "QSvgGenerator", "QSvgRenderer"]

RULES = {
    "core-gui": "core uses Qt Core and Qt Sql only, no GUI module header",
    "core-upper": "core must not include ui, render or sync headers",
    "core-git2": "core must not use libgit2",
    "ui-sync": "ui reaches sync only through its controller interface, not sync headers",
    "ui-git2": "ui must not use libgit2",
    "sync-ui": "sync must not include ui headers",
    "sync-gui": "sync must not include Qt GUI module headers",
    "oplog-sql": "only core/store/OperationLog (UndoLog for changes) names the operation log's tables in SQL",
    "render-widgets": "ui/render draws without widgets: no QtWidgets, ui or sync header",
}

SOURCE_DIRS = ["app", "core", "sync", "ui"]
SOURCE_SUFFIXES = (".cpp", ".h")

INCLUDE_RE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^>"\n]+)[>"]', re.M)
OPLOG_RE = re.compile(
    r'\b(FROM|JOIN|INTO|UPDATE|TABLE)\s+(?:main\.)?\\?["`\[]?(' + "|".join(OPLOG_TABLES) + r')\b(?!\.)',
    re.I)
EXPECT_RE = re.compile(r"expect:\s*([a-z0-9-]+)")
# What the lexer must see to tell code from comments and strings. A quote right after a
# digit is a digit separator (2'000), not a character literal.
TOKEN_RE = re.compile(r"""
    (?P<line>//[^\n]*)
  | (?P<block>/\*.*?(?:\*/|\Z))
  | (?<!\w)(?:u8|u|U|L)?R"(?P<delim>[^()\\\s]{0,16})\((?P<rawbody>.*?)\)(?P=delim)"(?P<raw>)
  | (?<!\w)(?:u8|u|U|L)?"(?P<body>(?:[^"\\\n]|\\.)*)"(?P<str>)
  | (?<![\w'])'(?:[^'\\\n]|\\.)*'(?P<chr>)
""", re.S | re.X)


def lex(text):
    """Returns the text with comments blanked (newlines kept), and its string literals
    as (content, pieces): adjacent literals ("a" "b") are joined as the compiler joins
    them, and pieces maps offsets in the content back to offsets in the text."""
    code = []
    literals = []  # [content, pieces [(content offset, text offset)]]
    done = 0  # text before this offset is in code
    adjacent = False  # only blanks and comments since the last literal
    for m in TOKEN_RE.finditer(text):
        if text[done:m.start()].strip():
            adjacent = False
        code.append(text[done:m.start()])
        done = m.end()
        if m.lastgroup in ("line", "block"):
            code.append(re.sub(r"[^\n]", " ", m.group(0)))
            continue
        code.append(m.group(0))
        if m.lastgroup == "chr":
            adjacent = False
            continue
        body = "rawbody" if m.lastgroup == "raw" else "body"
        if adjacent:
            literals[-1][1].append((len(literals[-1][0]), m.start(body)))
            literals[-1][0] += m.group(body)
        else:
            literals.append([m.group(body), [(0, m.start(body))]])
        adjacent = True
    code.append(text[done:])
    return "".join(code), [(content, pieces) for content, pieces in literals]


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def qt_header_names(dirs):
    names = set(GUI_CLASSES)
    for d in dirs:
        for entry in os.listdir(d):
            if os.path.isfile(os.path.join(d, entry)):
                names.add(entry)
    return names


WIDGET_CLASSES = {"QWidget", "QApplication", "QMainWindow", "QDialog", "QGraphicsView", "QMessageBox"}


def qt_widget_header_names(dirs):
    """The QtWidgets module's headers (render may use QtGui and QtSvg, not these)."""
    names = set(WIDGET_CLASSES)
    for d in dirs:
        if os.path.basename(os.path.normpath(d)) in ("QtWidgets", "QtSvgWidgets"):
            names.update(e for e in os.listdir(d) if os.path.isfile(os.path.join(d, e)))
    return names


def include_violations(layer, code, text, gui_headers, widget_headers=frozenset(WIDGET_CLASSES)):
    for m in INCLUDE_RE.finditer(code):
        path = m.group(2).strip()
        head = path.split("/", 1)[0]
        line = line_of(text, m.start())
        is_git2 = path == "git2.h" or head == "git2"
        is_gui = (m.group(1) == "<" and (path in gui_headers or ("/" in path and head in GUI_MODULES)))
        if layer == "core":
            if is_gui:
                yield line, "core-gui", path
            elif head in ("ui", "sync", "render"):
                yield line, "core-upper", path
            elif is_git2:
                yield line, "core-git2", path
        elif layer == "render":
            is_widgets = m.group(1) == "<" and (path in widget_headers or head in ("QtWidgets", "QtSvgWidgets"))
            if head in ("ui", "sync") or is_widgets or is_git2:
                yield line, "render-widgets", path
        elif layer == "ui":
            if head == "sync":
                yield line, "ui-sync", path
            elif is_git2:
                yield line, "ui-git2", path
        elif layer == "sync":
            if head == "ui":
                yield line, "sync-ui", path
            elif is_gui:
                yield line, "sync-gui", path


def oplog_violations(rel, text, literals, allowed):
    for content, pieces in literals:
        for m in OPLOG_RE.finditer(content):
            table = m.group(2).lower()
            if rel in LOG_OWNERS[table] or table in allowed.get(rel, ()):
                continue
            at, start = [p for p in pieces if p[0] <= m.start(1)][-1]
            line = line_of(text, start) + content.count("\n", at, m.start(1))
            yield line, "oplog-sql", "%s %s" % (m.group(1).upper(), table)


def source_files(root, suffix):
    """Yields (path, path relative to root without suffix) of the sources to check."""
    for top in SOURCE_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith(tuple(s + suffix for s in SOURCE_SUFFIXES)):
                    path = os.path.join(dirpath, name)
                    rel = os.path.relpath(path, root).replace(os.sep, "/")
                    yield path, rel[:len(rel) - len(suffix)]


def check(root, gui_headers, allowed, suffix="", widget_headers=frozenset(WIDGET_CLASSES)):
    found = []
    for path, rel in source_files(root, suffix):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        code, literals = lex(text)
        layer = "render" if rel.startswith("ui/render/") else rel.split("/", 1)[0]
        for line, rule, what in include_violations(layer, code, text, gui_headers, widget_headers):
            found.append((rel, line, rule, "%s (%s)" % (RULES[rule], what)))
        for line, rule, what in oplog_violations(rel, text, literals, allowed):
            found.append((rel, line, rule, "%s (%s)" % (RULES[rule], what)))
    return found


def expectations(root, suffix):
    expected = set()
    for path, rel in source_files(root, suffix):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                for m in EXPECT_RE.finditer(line):
                    expected.add((rel, number, m.group(1)))
    return expected


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", required=True, help="the source tree to check")
    parser.add_argument("--qt-headers", action="append", default=[], metavar="DIR",
                        help="include directory of a Qt GUI module (repeatable)")
    parser.add_argument("--self-test", action="store_true",
                        help="check the checker on a fixture tree with `expect:` markers")
    parser.add_argument("--allow", action="append", default=[], metavar="FILE:TABLE",
                        help="with --self-test: a known exception of the fixture")
    args = parser.parse_args()

    gui_headers = qt_header_names(args.qt_headers)
    widget_headers = qt_widget_header_names(args.qt_headers)
    if not args.self_test:
        found = check(args.root, gui_headers, KNOWN_OPLOG_READERS, widget_headers=widget_headers)
        for rel, line, rule, message in found:
            print("%s:%d: [%s] %s" % (rel, line, rule, message))
        for rel in sorted(KNOWN_OPLOG_READERS):
            if not os.path.exists(os.path.join(args.root, rel)):
                print("note: known exception %s no longer exists; remove it from the list" % rel)
        print("layering: %d violation(s)" % len(found))
        return 1 if found else 0

    allowed = {}
    for entry in args.allow:
        rel, table = entry.rsplit(":", 1)
        allowed.setdefault(rel, set()).add(table)
    found = check(args.root, gui_headers, allowed, suffix=".txt", widget_headers=widget_headers)
    reported = {(rel, line, rule) for rel, line, rule, _ in found}
    expected = expectations(args.root, ".txt")
    failures = []
    for rel, line, rule in sorted(expected - reported):
        failures.append("%s:%d: [%s] expected, not reported" % (rel, line, rule))
    for rel, line, rule in sorted(reported - expected):
        failures.append("%s:%d: [%s] reported, not expected" % (rel, line, rule))
    for rule in sorted(set(RULES) - {rule for _, _, rule in expected}):
        failures.append("rule %s has no case in the fixture" % rule)
    for rel, line, rule, message in found:
        print("%s:%d: [%s] %s" % (rel, line, rule, message))
    for failure in failures:
        print("FAIL " + failure)
    print("layering self-test: %d expected, %d reported, %d failure(s)"
          % (len(expected), len(reported), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
