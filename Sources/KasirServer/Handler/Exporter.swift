import Foundation
import KasirCore
import KasirExport
import KasirProtocol
import KasirStore
import NIOPosix

/// Produces one export as a stream of replies. Sales are read a page at a time and the file
/// goes out in chunks, so a year of sales never sits in memory at once.
struct Exporter: Sendable {
  typealias Reply = ReportAPI.Export.Reply

  static let pageSize = 1000
  /// About 64 KiB of CSV per reply; XLSX is read 48 KiB at a time, 64 KiB in base64.
  static let chunkBytes = 64 * 1024
  static let xlsxReadBytes = 48 * 1024

  var store: Store
  var time: ShopTime
  var request: ExportRequest

  /// Every page of the export in order, with the running count of rows.
  private func pages(
    _ body: (_ rows: [[ExportValue]], _ written: Int) async throws -> Void
  ) async throws {
    var key: Int64 = 0
    var written = 0
    while true {
      let page = try await store.exportPage(
        request.kind, start: request.start, end: request.end, after: key, limit: Self.pageSize)
      written += page.rows.count
      try await body(page.rows, written)
      key = page.lastKey
      if page.rows.count < Self.pageSize { return }
    }
  }

  private func total() async throws -> Int {
    try await store.exportCount(request.kind, start: request.start, end: request.end)
  }

  func csv(_ emit: (Reply) async throws -> Void) async throws {
    let total = try await total()
    var buffer = CSVExport.header(request.kind)
    var count = 0
    let times = TimeTextCache(time.rfc3339)
    try await pages { rows, _ in
      for row in rows {
        buffer += CSVExport.row(row, time: times.text)
        count += 1
        if buffer.utf8.count >= Self.chunkBytes {
          try await emit(Reply(chunk: buffer, encoding: "utf8", rows: count, totalRows: total))
          buffer = ""
        }
      }
    }
    try await emit(Reply(chunk: buffer, encoding: "utf8", rows: count, totalRows: total))
  }

  /// Builds the workbook in a private temporary directory on NIO's thread pool (libxlsxwriter
  /// blocks on files), reporting progress with empty chunks, then sends the file in base64
  /// chunks; the directory is removed whatever happens.
  func xlsx(_ emit: (Reply) async throws -> Void) async throws {
    let total = try await total()
    let pool = NIOThreadPool.singleton
    let directory = try await pool.runIfActive { try Self.privateDirectory() }
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/export.xlsx"
    let request = self.request
    let time = self.time
    let workbook = try await pool.runIfActive {
      try XlsxExport(
        path: path, kind: request.kind, from: request.from, to: request.to,
        temporaryDirectory: directory)
    }
    try await pages { rows, written in
      try await pool.runIfActive { try workbook.append(rows, time: time.rfc3339) }
      try await emit(Reply(chunk: "", encoding: "base64", rows: written, totalRows: total))
    }
    try await pool.runIfActive { try workbook.finish() }
    let file = try await pool.runIfActive {
      try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    }
    defer { try? file.close() }
    while true {
      let data = try await pool.runIfActive {
        try file.read(upToCount: Self.xlsxReadBytes) ?? Data()
      }
      if data.isEmpty { break }
      try await emit(
        Reply(
          chunk: data.base64EncodedString(), encoding: "base64", rows: workbook.rowsWritten,
          totalRows: total))
    }
    try await emit(
      Reply(chunk: "", encoding: "base64", rows: workbook.rowsWritten, totalRows: total))
  }

  /// A new directory only this user can read, under the system's temporary directory.
  private static func privateDirectory() throws -> String {
    var template = Array((NSTemporaryDirectory() + "/kasir-export-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: String(cString: template)])
    }
    return String(cString: made)
  }
}
