#!/usr/bin/python3
"""Makes the import's end-to-end sample files: a team's own sheets, as the programs
people use write them.

    /usr/bin/python3 tests/data/import/make_import_cases.py [OUTPUT_DIR]

Needs python3-openpyxl and LibreOffice (soffice). The files are committed; the tests
only read them (tests/core/test_import_files_e2e.cpp).

  team_accounts.xlsx         openpyxl: sheet 客户 — a group name merged over its
                             subsidiaries' rows, valid credit codes, A类/重点 tiers,
                             account managers by name, a signing date as a date cell;
                             sheet 联系人 — people with their unit, mobiles typed as
                             numbers, 关键决策人/支持 words and who reports to whom
  team_contacts_gb18030.csv  Excel in China: GB18030, CRLF, a quoted multi-line note,
                             a cell starting with "=", a mobile with +86 and spaces,
                             one row naming an account that does not exist
  team_accounts_lo.xlsx      LibreOffice Calc, converted from a CSV: a parent-company
                             column instead of a group column, one bad credit code
"""

import datetime
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17):
    """GB 32100-2015: the check character for 17 characters."""
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + ALPHABET[(31 - total % 31) % 31]


def team_accounts(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "客户"
    ws.append(["集团", "客户名称", "统一社会信用代码", "区域", "客户分级", "客户经理", "签约日期"])
    rows = [
        ("远航控股集团", "远航控股集团有限公司", credit_code("91310000MA1FL8A01"), "华东", "A类", "李明",
         datetime.date(2025, 3, 15)),
        ("远航控股集团", "远航科技有限公司", credit_code("91310000MA1FL8A02"), "华东", None, None, None),
        ("远航控股集团", "远航物流（上海）有限公司", credit_code("91310000MA1FL8A03"), "华东", None, None, None),
        (None, "星海医疗器械股份有限公司", credit_code("91440300MA5DQ2B04"), "华南", "重点", "张伟",
         datetime.date(2024, 11, 2)),
    ]
    for r in rows:
        ws.append(list(r))
    ws["G2"].number_format = "yyyy/m/d"
    ws["G5"].number_format = "yyyy\"年\"m\"月\"d\"日\""
    # The group's name typed once and merged over its companies' rows, as people do.
    ws.merge_cells("A2:A4")

    people = wb.create_sheet("联系人")
    people.append(["客户名称", "所属单位", "姓名", "职务", "手机", "邮箱", "决策角色", "态度", "直属上级"])
    people.append(["远航控股集团", "远航科技", "周建华", "总经理", 13812340001, "zhou@yuanhang.cn", "关键决策人",
                   "支持", None])
    people.append(["远航控股集团", "远航科技", "吴晓东", "IT总监", 13812340002, None, "技术决策者", "中立",
                   "周建华"])
    people.append(["远航控股集团", "远航物流（上海）", "郑丽", "财务经理", "139 1234 0003", None, "财务审批人",
                   "怀疑", None])
    people.append(["星海医疗器械", None, "钱多多", "采购总监", 13512340004, "qian@xinghai.com", "把关者",
                   "反对", None])
    wb.save(path)


def team_contacts_csv(path):
    rows = [
        ["客户名称", "姓名", "职务", "手机", "备注", "态度"],
        ["远航控股集团", "孙悦", "CIO", "+86 138 1234 0005", "多行备注：\r\n第二行，有逗号", "支持"],
        ["远航控股集团", "冯刚", "采购经理", "13812340006", "=HYPERLINK(\"x\")", "中立"],
        ["不存在的集团", "陈静", "总监", "13812340007", "", ""],
    ]

    def field(v):
        if any(c in v for c in ',"\r\n'):
            return '"' + v.replace('"', '""') + '"'
        return v

    text = "".join(",".join(field(v) for v in r) + "\r\n" for r in rows)
    with open(path, "wb") as f:
        f.write(text.encode("gb18030"))


def team_accounts_lo(path):
    rows = [
        ["公司名称", "统一社会信用代码", "母公司", "行业", "客户分级"],
        ["华远能源集团有限公司", credit_code("91110000MA00HY001"), "", "能源", "S"],
        ["华远电力有限公司", credit_code("91110000MA00HY002"), "华远能源集团有限公司", "能源", ""],
        ["华远电力（河北）有限公司", credit_code("91130000MA00HY003"), "华远电力有限公司", "能源", ""],
        ["华远新能源有限公司", "91110000MA00HY0040", "华远能源集团有限公司", "能源", ""],
    ]
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "team_accounts_lo.csv")
        with open(csv, "w", encoding="utf-8", newline="") as f:
            for r in rows:
                f.write(",".join(r) + "\n")
        # Filter options: comma, double quote, UTF-8 (76), first line 1; every column text (2),
        # so the credit codes stay as typed.
        subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1,2/2/2/2/2",
                        "--convert-to", "xlsx", "--outdir", tmp, csv],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "team_accounts_lo.xlsx"), path)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    team_accounts(os.path.join(out, "team_accounts.xlsx"))
    team_contacts_csv(os.path.join(out, "team_contacts_gb18030.csv"))
    team_accounts_lo(os.path.join(out, "team_accounts_lo.xlsx"))


if __name__ == "__main__":
    main()
