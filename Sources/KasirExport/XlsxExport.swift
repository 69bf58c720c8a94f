import CXlsxWriter
import Foundation
import KasirCore

/// An XLSX workbook written row by row with libxlsxwriter in constant-memory mode: a data sheet
/// (bold header row, frozen; money as numbers in a rupiah format, times as Excel date-times on
/// the shop's clock; text always as strings, never as formulas, whatever it starts with) and a
/// "Ringkasan" sheet with the row count and each money column's total, written by `finish`.
///
/// Its calls block on file I/O: use it from one thread at a time, off Swift's cooperative pool.
public final class XlsxExport: @unchecked Sendable {
  let kind: ExportKind
  let from: String
  let to: String
  private var workbook: UnsafeMutablePointer<lxw_workbook>?
  private let sheet: UnsafeMutablePointer<lxw_worksheet>
  private let bold: UnsafeMutablePointer<lxw_format>
  private let rupiah: UnsafeMutablePointer<lxw_format>
  private let quantity: UnsafeMutablePointer<lxw_format>
  private let dateTime: UnsafeMutablePointer<lxw_format>
  private let times: LocalTimes
  private var row: lxw_row_t = 1
  private var totals: [Int64]

  /// The number format of money cells: `Rp1.234.567` in an Indonesian locale.
  public static let rupiahFormat = "\"Rp\"#,##0;-\"Rp\"#,##0"
  /// The number format of time cells: `2026-11-29 10:15:02`.
  public static let dateTimeFormat = "yyyy-mm-dd hh:mm:ss"

  /// Starts the workbook at `path` (which must not be open elsewhere); `from`/`to` go on the
  /// summary sheet; times are shown in `zone`. Temporary files go in `temporaryDirectory`.
  public init(
    path: String, kind: ExportKind, from: String, to: String, zone: TimeZone,
    temporaryDirectory: String
  ) throws {
    self.kind = kind
    times = LocalTimes(zone: zone)
    self.from = from
    self.to = to
    totals = Array(repeating: 0, count: kind.columns.count)
    let made = temporaryDirectory.withCString { tmp in
      var options = lxw_workbook_options(
        constant_memory: 1, tmpdir: UnsafeMutablePointer(mutating: tmp), use_zip64: 1)
      return workbook_new_opt(path, &options)
    }
    guard let made, let sheet = workbook_add_worksheet(made, kind.rawValue) else {
      throw XlsxError("workbook_new", reason: "cannot start a workbook at \(path)")
    }
    workbook = made
    self.sheet = sheet
    bold = workbook_add_format(made)
    format_set_bold(bold)
    rupiah = workbook_add_format(made)
    format_set_num_format(rupiah, Self.rupiahFormat)
    quantity = workbook_add_format(made)
    format_set_num_format(quantity, "#,##0.###")
    dateTime = workbook_add_format(made)
    format_set_num_format(dateTime, Self.dateTimeFormat)
    worksheet_freeze_panes(sheet, 1, 0)
    for (index, column) in kind.columns.enumerated() {
      let width: Double = column.content == .time ? 20 : column.content == .text ? 18 : 14
      try XlsxError.check(
        "set_column", worksheet_set_column(sheet, lxw_col_t(index), lxw_col_t(index), width, nil))
      try XlsxError.check(
        "header", worksheet_write_string(sheet, 0, lxw_col_t(index), column.name, bold))
    }
  }

  deinit {
    // An unfinished workbook is closed to free it; the caller deletes its file.
    if let workbook { _ = workbook_close(workbook) }
  }

  public var rowsWritten: Int { Int(row) - 1 }

  /// Writes a row below the ones already written.
  public func append(_ values: [ExportValue]) throws {
    for (index, value) in values.enumerated() {
      try write(value, column: lxw_col_t(index))
      if case .money(let money) = value { totals[index] += money.rupiah }
    }
    row += 1
  }

  private func write(_ value: ExportValue, column: lxw_col_t) throws {
    let code: lxw_error
    switch value {
    case .text(let text): code = worksheet_write_string(sheet, row, column, text, nil)
    case .money(let money):
      code = worksheet_write_number(sheet, row, column, Double(money.rupiah), rupiah)
    case .quantity(let amount):
      code = worksheet_write_number(sheet, row, column, Double(amount.thousandths) / 1000, quantity)
    case .count(let count): code = worksheet_write_number(sheet, row, column, Double(count), nil)
    case .flag(let flag): code = worksheet_write_boolean(sheet, row, column, flag ? 1 : 0, nil)
    case .time(let date):
      code = worksheet_write_number(sheet, row, column, times.excelSerial(date), dateTime)
    case .empty: return
    }
    try XlsxError.check("write", code)
  }

  /// Adds the "Ringkasan" sheet and closes the workbook: the file is complete.
  public func finish() throws {
    guard let workbook else { return }
    guard let summary = workbook_add_worksheet(workbook, "Ringkasan") else {
      throw XlsxError("summary", reason: "cannot add the summary sheet")
    }
    var line: lxw_row_t = 0
    func label(_ text: String, _ value: String) throws {
      try XlsxError.check("summary", worksheet_write_string(summary, line, 0, text, bold))
      try XlsxError.check("summary", worksheet_write_string(summary, line, 1, value, nil))
      line += 1
    }
    try XlsxError.check("summary", worksheet_set_column(summary, 0, 1, 26, nil))
    try label("Jenis", kind.rawValue)
    try label("Dari", from)
    try label("Sampai", to)
    try XlsxError.check("summary", worksheet_write_string(summary, line, 0, "Baris", bold))
    try XlsxError.check(
      "summary", worksheet_write_number(summary, line, 1, Double(rowsWritten), nil))
    line += 1
    for (index, column) in kind.columns.enumerated() where column.content == .money {
      try XlsxError.check(
        "summary", worksheet_write_string(summary, line, 0, "Jumlah \(column.name)", bold))
      try XlsxError.check(
        "summary", worksheet_write_number(summary, line, 1, Double(totals[index]), rupiah))
      line += 1
    }
    self.workbook = nil
    try XlsxError.check("close", workbook_close(workbook))
  }
}
