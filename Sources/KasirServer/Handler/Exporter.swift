import Foundation
import KasirCore
import KasirExport
import KasirProtocol
import KasirStore
import NIOPosix

/// Produces one export as a stream of replies. Every row is read from one snapshot of the
/// database (`ExportSnapshot`: the export is consistent however long it takes), a chunk at a
/// time, and formatted on the database's reading thread, not on Swift's cooperative pool;
/// the file goes out in chunks, so a year of sales never sits in memory at once.
struct Exporter: Sendable {
  typealias Reply = ReportAPI.Export.Reply

  /// XLSX rows per read: a progress reply after each.
  static let pageSize = 1000
  /// About 64 KiB of CSV per reply; XLSX is read 48 KiB at a time, 64 KiB in base64.
  static let chunkBytes = 64 * 1024
  static let xlsxReadBytes = 48 * 1024

  var store: Store
  var time: ShopTime
  var request: ExportRequest

  /// The snapshot the whole export reads (opening it opens a file: on NIO's thread pool), and
  /// its number of rows.
  private func begin() async throws -> (snapshot: ExportSnapshot, total: Int) {
    let store = self.store
    let snapshot = try await NIOThreadPool.singleton.runIfActive { try store.exportSnapshot() }
    let total = try await snapshot.count(request.kind, start: request.start, end: request.end)
    return (snapshot, total)
  }

  func csv(_ emit: (Reply) async throws -> Void) async throws {
    let (snapshot, total) = try await begin()
    let chunk = CSVChunk(request.kind, zone: time.timeZone, capacity: Self.chunkBytes * 2)
    let limit = Self.chunkBytes
    var key: Int64 = 0
    while true {
      let page = try await snapshot.read(
        request.kind, start: request.start, end: request.end, after: key
      ) { values in
        chunk.append(values)
        return chunk.count < limit
      }
      key = page.lastKey
      if page.finished { break }
      try await emit(
        Reply(chunk: chunk.take(), encoding: "utf8", rows: chunk.rows, totalRows: total))
    }
    try await emit(Reply(chunk: chunk.take(), encoding: "utf8", rows: chunk.rows, totalRows: total))
  }

  /// Builds the workbook in a private temporary directory, a page of rows per read on the
  /// database's reading thread (libxlsxwriter blocks on files), reporting progress with empty
  /// chunks, then sends the file in base64 chunks; the directory is removed whatever happens.
  func xlsx(_ emit: (Reply) async throws -> Void) async throws {
    let (snapshot, total) = try await begin()
    let pool = NIOThreadPool.singleton
    let directory = try await pool.runIfActive { try Self.privateDirectory() }
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/export.xlsx"
    let request = self.request
    let zone = time.timeZone
    let workbook = try await pool.runIfActive {
      try XlsxExport(
        path: path, kind: request.kind, from: request.from, to: request.to, zone: zone,
        temporaryDirectory: directory)
    }
    var key: Int64 = 0
    while true {
      let limit = workbook.rowsWritten + Self.pageSize
      let page = try await snapshot.read(
        request.kind, start: request.start, end: request.end, after: key
      ) { values in
        try workbook.append(values)
        return workbook.rowsWritten < limit
      }
      key = page.lastKey
      try await emit(
        Reply(chunk: "", encoding: "base64", rows: workbook.rowsWritten, totalRows: total))
      if page.finished { break }
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
