#!/usr/bin/env python3
"""Moves the messages of a .ts file into one translation context per library, keeping
every translation (the Chinese text, the English plural forms).

    move_contexts.py translations/summit_zh_CN.ts translations/summit_en.ts
    move_contexts.py --compare OLD.ts NEW.ts

Written for the move from contexts per class and file ("Schema", "summit::ui::TeamPage")
to contexts per library (summit::core, summit::render, summit::ui, summit::app); kept
because a branch that still uses a class's own tr() can have its merged messages moved
the same way: a context of a ui class ("summit::ui::…") goes to summit::ui.

A context used by two libraries ("Map": core/map and ui/render) is copied into both;
lupdate -no-obsolete then drops the copy its library does not use. Where one text had
two translations in two old contexts, the new context cannot hold both: DISAMBIGUATION
gives each use the comment (tr's second argument) that the code now passes, and the old
translation moves to that entry. A collision not listed there stops the script and
changes nothing.

--compare prints how many (context-free) pairs of source text and translation each file
holds and which pairs of the old one the new one lacks; it exits 1 when some are lost.
"""

import argparse
import copy
import sys
import xml.etree.ElementTree as ET

CORE = "summit::core"
UI = "summit::ui"
RENDER = "summit::render"
APP = "summit::app"

# Old context -> the new ones. Contexts not named here and not matched by PREFIXES stay.
MOVES = {
    **{name: [CORE] for name in [
        "AccountHistory", "AccountSummary", "Backup", "Commands", "ConflictResolution", "Database",
        "DatabaseFile", "Demo", "Duplicates", "Export", "GapAnalysis", "Impact", "MapHistory",
        "Migrations", "Queries", "RecordList", "Schema", "Search", "SearchIndex", "Timeline",
        "Validation", "summit::Store", "summit::exports", "summit::import"]},
    "Map": [CORE, RENDER],
    **{name: [UI] for name in ["Appearance", "DatabaseProblem", "MapEditor", "MapItems", "Prompts"]},
    **{name: [APP] for name in ["main", "ForwardedOpen", "summit::app::SingleInstance", "summit::GitSyncWorker"]},
}
PREFIXES = [("summit::ui::", UI)]

# (old context, source text) -> the comment the code now gives that use.
DISAMBIGUATION = {
    ("Schema", '"%1" is not one of: %2.'): "a stored value outside a field's choices",
    ("summit::import", '"%1" is not one of: %2.'): "an imported cell outside a field's choices",
    ("summit::ui::AccountHistoryTab", "Deleted"): "history: what happened to the record",
    ("summit::ui::TrashModel", "Deleted"): "trash column: when it was deleted",
    ("summit::ui::AccountHistoryTab", "Who"): "history column: who made the change",
    ("summit::ui::MapTimeBar", "Who"): "map changes column: the person or unit changed",
    ("summit::ui::AccountOverviewTab", "Open tasks"): "account figure",
    ("summit::ui::TeamPage", "Open tasks"): "team column: a member's open tasks",
    ("summit::ui::AccountTasksTab", "(nobody)"): "task assignee",
    ("summit::ui::TeamPage", "(nobody)"): "no successor for a member who leaves",
}


def targets(context):
    if context in MOVES:
        return MOVES[context]
    for prefix, target in PREFIXES:
        if context.startswith(prefix):
            return [target]
    return [context]


def text_of(message, tag):
    node = message.find(tag)
    return None if node is None else (node.text or "")


def translation_of(message):
    node = message.find("translation")
    forms = node.findall("numerusform")
    if forms:
        return tuple(f.text or "" for f in forms)
    return node.text or ""


def set_comment(message, comment):
    node = message.find("comment")
    if node is None:
        node = ET.Element("comment")
        message.insert(list(message).index(message.find("source")) + 1, node)
    node.text = comment


def move(path):
    """Returns the problems, or a function that writes the moved file."""
    root = ET.parse(path).getroot()
    merged = {}  # new context -> {(source, comment): message}
    problems = []
    used = set()
    for context in root.findall("context"):
        old = context.findtext("name")
        for message in context.findall("message"):
            source = text_of(message, "source")
            comment = DISAMBIGUATION.get((old, source))
            if comment is not None:
                used.add((old, source))
                message = copy.deepcopy(message)
                set_comment(message, comment)
            key = (source, text_of(message, "comment"))
            for new in targets(old):
                held = merged.setdefault(new, {})
                if key not in held:
                    held[key] = (old, copy.deepcopy(message))
                elif translation_of(held[key][1]) != translation_of(message):
                    problems.append(f"{path}: {new}: {source!r} is {translation_of(held[key][1])!r} in "
                                    f"{held[key][0]} and {translation_of(message)!r} in {old}; "
                                    f"give each use a comment in DISAMBIGUATION and in the code")
    if problems:
        return problems, None

    def write():
        rewrite(path, root, merged)

    return [], write


def rewrite(path, root, merged):
    for context in root.findall("context"):
        root.remove(context)
    for name in sorted(merged):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for _, message in merged[name].values():
            context.append(message)
    ET.indent(root)
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding="unicode"))
        out.write("\n")
    moved = sum(len(m) for m in merged.values())
    print(f"{path}: {len(merged)} contexts, {moved} messages")


def pairs(path):
    """(source, translation) of every message that is not obsolete, without its context."""
    root = ET.parse(path).getroot()
    out = set()
    for message in root.iter("message"):
        if message.find("translation").get("type") in ("obsolete", "vanished"):
            continue
        out.add((text_of(message, "source"), translation_of(message)))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    if args.compare:
        old, new = pairs(args.files[0]), pairs(args.files[1])
        lost = sorted(old - new, key=str)
        print(f"{args.files[0]}: {len(old)} pairs; {args.files[1]}: {len(new)} pairs; "
              f"lost {len(lost)}, new {len(new - old)}")
        for source, translation in lost:
            print(f"  lost: {source!r} -> {translation!r}")
        return 1 if lost else 0
    results = [move(path) for path in args.files]
    problems = [p for found, _ in results for p in found]
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return 1
    for _, write in results:
        write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
