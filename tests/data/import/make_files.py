#!/usr/bin/python3
"""Makes the import readers' sample files, written by the programs people use.

    /usr/bin/python3 tests/data/import/make_files.py [OUTPUT_DIR]

Needs python3-openpyxl, LibreOffice (soffice, e.g. Debian's libreoffice-calc-nogui),
and gcc with libxlsxwriter-dev. The files are committed: the tests only read them, so
none of these programs is needed to build or test Summit. Run again only to change
the samples, and update tests/core/test_import_files.cpp with them.

XLSX
  openpyxl_customers.xlsx     openpyxl: a group merged over its subsidiaries' rows, dates
                              (built-in and custom formats), a formula with no saved
                              result, "=" text stored as text, booleans, a hidden row and
                              column, two sheets plus a hidden and a very hidden one
  openpyxl_1904.xlsx          openpyxl: the same dates in the 1904 date system
  libreoffice_customers.xlsx  LibreOffice Calc from a flat ODS: merged cells, formulas
                              with saved results, dates, booleans, hidden row, column, sheet
  xlsxwriter_inline.xlsx      libxlsxwriter in constant-memory mode: inline strings
CSV
  utf8_bom.csv        Excel's "CSV UTF-8": byte-order mark, CRLF
  utf8_plain.csv      UTF-8 without a mark, LF
  gb18030_excel.csv   Excel in China: GB18030/GBK, CRLF, quoted fields with commas,
                      doubled quotes and line breaks
  utf16le_bom.txt     Excel's "Unicode text": UTF-16LE with a mark, tab-delimited, CRLF
  semicolon.csv       European Excel: semicolons
  tabs.tsv            tab-delimited UTF-8
"""

import datetime
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HEADER = ["集团", "客户名称", "统一社会信用代码", "上级单位", "联系人", "手机", "职务",
          "决策角色", "态度", "签约日期", "金额（万元）", "重点客户", "备注", "复核金额"]

GROUP = "中国华能集团有限公司"
ROWS = [
    # group (merged over 3 rows), name, credit code, parent, contact, mobile, title, role, attitude
    ["华能国际电力股份有限公司", "913700001630312345", GROUP, "王伟", 13812345678, "总经理", "决策者", "支持"],
    ["华能新能源股份有限公司", "91110000710935678X", GROUP, "李娜", "13987654321", "采购部经理", "影响者", "中立"],
    ["华能资本服务有限公司", "91110000710932101K", GROUP, "张敏", 13600001111, "财务总监", "把关者", "反对"],
]


def make_openpyxl(out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "客户"
    ws.append(HEADER)
    for i, (name, code, parent, contact, mobile, title, role, attitude) in enumerate(ROWS):
        r = i + 2
        ws.cell(r, 2, name)
        ws.cell(r, 3, code)
        ws.cell(r, 4, parent)
        ws.cell(r, 5, contact)
        ws.cell(r, 6, mobile)
        ws.cell(r, 7, title)
        ws.cell(r, 8, role)
        ws.cell(r, 9, attitude)
    ws.cell(2, 1, GROUP)
    ws.merge_cells("A2:A4")
    # Dates: a custom date format, Excel's built-in 14, a date and time, a clock time.
    ws.cell(2, 10, datetime.date(2024, 3, 15)).number_format = "yyyy-mm-dd"
    ws.cell(3, 10, datetime.date(2023, 12, 1)).number_format = "mm-dd-yy"  # built-in 14
    ws.cell(4, 10, datetime.datetime(2024, 1, 31, 14, 30)).number_format = "yyyy-mm-dd hh:mm"
    ws.cell(2, 11, 1234.5)
    ws.cell(3, 11, 88)
    ws.cell(4, 11, -0.25)
    ws.cell(2, 12, True)
    ws.cell(3, 12, False)
    note = ws.cell(2, 13, "=不是公式")
    note.data_type = "s"  # text that starts with "=", kept as text
    ws.cell(2, 14, "=K2*2")  # openpyxl saves no result for a formula
    # Row 5: a hidden row; row 6 a plain one after it.
    ws.append(["", "隐藏的客户", "", "", "", "", "", "", "", "", 1])
    ws.row_dimensions[5].hidden = True
    ws.append(["", "深圳市腾讯计算机系统有限公司", "91440300708461136T", "", "马化腾", "", "董事长",
               "决策者", "支持", datetime.time(9, 45)])
    ws.cell(6, 10).number_format = "hh:mm"
    ws.column_dimensions["M"].hidden = True

    contacts = wb.create_sheet("联系人")
    contacts.append(["姓名", "手机", "职务"])
    contacts.append(["王伟", "13812345678", "总经理"])
    contacts.append(["李娜", "13987654321", "采购部经理"])

    hidden = wb.create_sheet("选项")
    hidden.sheet_state = "hidden"
    hidden.append(["决策者"])
    hidden.append(["影响者"])
    very = wb.create_sheet("内部")
    very.sheet_state = "veryHidden"
    very.append(["内部"])
    wb.save(os.path.join(out, "openpyxl_customers.xlsx"))


def make_1904(out):
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "日期"
    ws.append(["签约日期", "时间"])
    ws.append([datetime.date(2024, 3, 15), datetime.datetime(2024, 1, 31, 14, 30)])
    ws.append([datetime.date(1904, 1, 1), datetime.datetime(1904, 1, 2, 6, 0)])
    for row in ws.iter_rows(min_row=2):
        row[0].number_format = "yyyy-mm-dd"
        row[1].number_format = "yyyy-mm-dd hh:mm"
    wb.save(os.path.join(out, "openpyxl_1904.xlsx"))


def fods_cell(value, kind="string", style=None, formula=None, span=None):
    attrs = []
    if style:
        attrs.append(f'table:style-name="{style}"')
    if formula:
        attrs.append(f'table:formula="{formula}"')
    if span:
        attrs.append(f'table:number-rows-spanned="{span}" table:number-columns-spanned="1"')
    if kind == "string":
        attrs.append('office:value-type="string"')
        return f'<table:table-cell {" ".join(attrs)}><text:p>{value}</text:p></table:table-cell>'
    if kind == "float":
        attrs.append(f'office:value-type="float" office:value="{value}"')
    elif kind == "date":
        attrs.append(f'office:value-type="date" office:date-value="{value}"')
    elif kind == "boolean":
        attrs.append(f'office:value-type="boolean" office:boolean-value="{value}"')
    return f'<table:table-cell {" ".join(attrs)}><text:p>{value}</text:p></table:table-cell>'


def make_libreoffice(out, work):
    rows = []
    rows.append("<table:table-row>" + "".join(fods_cell(h) for h in HEADER[:13]) + "</table:table-row>")
    dates = [("2024-03-15", "date"), ("2023-12-01", "date"), ("2024-01-31T14:30:00", "datetime")]
    amounts = [1234.5, 88, -0.25]
    flags = ["true", "false", "true"]
    for i, (name, code, parent, contact, mobile, title, role, attitude) in enumerate(ROWS):
        cells = []
        cells.append(fods_cell(GROUP, span=3) if i == 0 else "<table:covered-table-cell/>")
        cells += [fods_cell(name), fods_cell(code), fods_cell(parent), fods_cell(contact)]
        cells.append(fods_cell(mobile, "float") if isinstance(mobile, int) else fods_cell(mobile))
        cells += [fods_cell(title), fods_cell(role), fods_cell(attitude)]
        cells.append(fods_cell(dates[i][0], "date", style=dates[i][1]))
        cells.append(fods_cell(amounts[i], "float"))
        cells.append(fods_cell(flags[i], "boolean", style="bool"))
        if i == 0:
            cells.append(fods_cell("=不是公式"))
        else:
            cells.append(fods_cell(amounts[i] * 2, "float", formula=f"of:=[.K{i + 2}]*2"))
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    rows.append('<table:table-row table:visibility="collapse">' + fods_cell("") + fods_cell("隐藏的客户")
                + "</table:table-row>")
    rows.append("<table:table-row>" + fods_cell("") + fods_cell("深圳市腾讯计算机系统有限公司")
                + fods_cell("91440300708461136T") + "</table:table-row>")
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
  office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
  <number:date-style style:name="N2"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>
  <number:boolean-style style:name="N3"><number:boolean/></number:boolean-style>
  <style:style style:name="date" style:family="table-cell" style:data-style-name="N1"/>
  <style:style style:name="datetime" style:family="table-cell" style:data-style-name="N2"/>
  <style:style style:name="bool" style:family="table-cell" style:data-style-name="N3"/>
  <style:style style:name="shown" style:family="table"><style:table-properties table:display="true"/></style:style>
  <style:style style:name="hidden" style:family="table"><style:table-properties table:display="false"/></style:style>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
   <table:table table:name="客户" table:style-name="shown">
    <table:table-column table:number-columns-repeated="12"/>
    <table:table-column table:visibility="collapse"/>
    {"".join(rows)}
   </table:table>
   <table:table table:name="联系人" table:style-name="shown">
    <table:table-row>{fods_cell("姓名")}{fods_cell("手机")}</table:table-row>
    <table:table-row>{fods_cell("王伟")}{fods_cell("13812345678")}</table:table-row>
   </table:table>
   <table:table table:name="选项" table:style-name="hidden">
    <table:table-row>{fods_cell("决策者")}</table:table-row>
   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document>
"""
    source = os.path.join(work, "libreoffice_customers.fods")
    with open(source, "w", encoding="utf-8") as f:
        f.write(doc)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless",
                    "--convert-to", "xlsx", "--outdir", out, source],
                   check=True, stdout=subprocess.DEVNULL)


XLSXWRITER_PROGRAM = r"""
#include <xlsxwriter.h>
int main(int argc, char **argv) {
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
    lxw_workbook *wb = workbook_new_opt(argv[1], &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "客户");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
    const char *header[] = {"客户名称", "联系人", "签约日期", "金额", "重点客户", "两倍金额"};
    for (int c = 0; c < 6; c++)
        worksheet_write_string(ws, 0, c, header[c], NULL);
    worksheet_write_string(ws, 1, 0, "华为技术有限公司", NULL);
    worksheet_write_string(ws, 1, 1, "任正非", NULL);
    lxw_datetime when = {2024, 3, 15, 0, 0, 0};
    worksheet_write_datetime(ws, 1, 2, &when, date);
    worksheet_write_number(ws, 1, 3, 42, NULL);
    worksheet_write_boolean(ws, 1, 4, 1, NULL);
    worksheet_write_formula_num(ws, 1, 5, "=D2*2", NULL, 84);
    worksheet_write_string(ws, 2, 0, "=SUM(1,2) 是文字", NULL);
    return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
"""


def make_xlsxwriter(out, work):
    source = os.path.join(work, "inline.c")
    program = os.path.join(work, "inline")
    with open(source, "w", encoding="utf-8") as f:
        f.write(XLSXWRITER_PROGRAM)
    subprocess.run(["gcc", "-std=c99", source, "-o", program, "-lxlsxwriter"], check=True)
    subprocess.run([program, os.path.join(out, "xlsxwriter_inline.xlsx")], check=True)


CSV_ROWS = [
    ["客户名称", "统一社会信用代码", "联系人", "手机", "签约日期", "备注"],
    ["华为技术有限公司", "914403001922038216", "任正非", "13812345678", "2024-03-15", "老客户"],
    ["中国华能集团有限公司", "91110000100001002A", "王伟", "13987654321", "2023/12/01", ""],
]


def write(path, text, encoding, bom=b""):
    with open(path, "wb") as f:
        f.write(bom + text.encode(encoding))


def make_csv(out):
    plain = "".join(",".join(r) + "\r\n" for r in CSV_ROWS)
    write(os.path.join(out, "utf8_bom.csv"), plain, "utf-8", b"\xef\xbb\xbf")
    write(os.path.join(out, "utf8_plain.csv"), plain.replace("\r\n", "\n"), "utf-8")
    # What Excel in China saves as "CSV (逗号分隔)": GBK bytes, CRLF, quotes only where needed.
    gb = ("客户名称,地址,备注\r\n"
          "华为技术有限公司,\"广东省深圳市龙岗区坂田华为基地, B区\",\"第一行\r\n第二行\"\r\n"
          "\"中兴通讯股份有限公司\",深圳市南山区,\"他说：\"\"下周签约\"\"\"\r\n"
          "腾讯,,\r\n")
    write(os.path.join(out, "gb18030_excel.csv"), gb, "gb18030")
    tabbed = "".join("\t".join(r) + "\r\n" for r in CSV_ROWS)
    write(os.path.join(out, "utf16le_bom.txt"), tabbed, "utf-16-le", b"\xff\xfe")
    write(os.path.join(out, "semicolon.csv"),
          "".join(";".join(r) + "\r\n" for r in CSV_ROWS).replace("老客户", "老客户, 重点"), "utf-8")
    write(os.path.join(out, "tabs.tsv"), tabbed.replace("\r\n", "\n"), "utf-8")


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
    work = tempfile.mkdtemp(prefix="summit-import-samples-")
    try:
        make_openpyxl(out)
        make_1904(out)
        make_libreoffice(out, work)
        make_xlsxwriter(out, work)
        make_csv(out)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
