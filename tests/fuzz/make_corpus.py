#!/usr/bin/python3
"""Seeds for the libFuzzer targets from the committed samples (tests/data/import).

    tests/fuzz/make_corpus.py CORPUS_DIR

Each XLSX sample goes in twice: as it is (fuzz_xlsx reads inputs that start with PK as
zip archives) and as its first worksheet, shared strings and styles joined by
"\\n--part--\\n", the form fuzz_xlsx zips itself (with a workbook of its own) so that
mutations reach the XML.
CSV samples go in with a leading options byte of 0 (detect everything) for fuzz_csv.
"""

import os
import sys
import zipfile

SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "import")


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "xlsx"), exist_ok=True)
    os.makedirs(os.path.join(out, "csv"), exist_ok=True)
    for name in sorted(os.listdir(SAMPLES)):
        path = os.path.join(SAMPLES, name)
        data = open(path, "rb").read()
        if name.endswith(".xlsx"):
            open(os.path.join(out, "xlsx", name), "wb").write(data)
            with zipfile.ZipFile(path) as z:
                names = z.namelist()

                def part(n):
                    return z.read(n) if n in names else b""
                sheet = next(n for n in names if n.startswith("xl/worksheets/"))
                joined = b"\n--part--\n".join([part(sheet), part("xl/sharedStrings.xml"),
                                               part("xl/styles.xml")])
            open(os.path.join(out, "xlsx", name + ".parts"), "wb").write(joined)
        elif name.endswith((".csv", ".tsv", ".txt")):
            open(os.path.join(out, "csv", name), "wb").write(b"\x00" + data)


if __name__ == "__main__":
    main()
