import ArgumentParser
import Foundation
import KasirProtocol

extension ProductCommand {
  struct Import: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import a catalog CSV, all or nothing (manager).",
      discussion: """
        Columns (header row, UTF-8): sku, name, unit, weighed, plu, barcodes, price,
        member_price, price_cap, max_per_sale, tax_class, reorder_level, active, packs; only sku,
        name, unit and price are required. Barcodes are separated by spaces. The optional packs
        column holds each product's packs (BARCODE:FACTOR:PRICE:NAME, separated by ';'); with it
        a row's packs replace the product's, without it packs are kept. Stock is always kept.
        Every bad row is reported and nothing changes. Large files are sent in parts.
        """)

    @Argument(help: "The catalog CSV.") var file: String
    @Flag(help: "Check the file and count what would change, without saving.") var dryRun = false
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      let csv = try InputFile.text(file, messages: messages)
      let connection = try VarlinkConnection(path: global.socketPath)
      defer { connection.close() }
      let (reply, raw) = try CatalogUpload(connection: connection).send(csv, dryRun: dryRun)
      if global.json {
        print(JSONText.pretty(raw))
        return
      }
      print(
        messages(
          dryRun ? .importedDryRun : .imported,
          [
            "created": String(reply.created), "updated": String(reply.updated),
            "unchanged": String(reply.unchanged),
          ]))
    }
  }

  struct Export: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export the catalog as CSV, in the columns import reads.")

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      let connection = try VarlinkConnection(path: global.socketPath)
      defer { connection.close() }
      let (reply, raw) = try connection.callReturningParameters(
        CatalogAPI.ExportProducts.self, .init())
      guard let output else {
        if global.json { print(JSONText.pretty(raw)) } else { print(reply.csv, terminator: "") }
        return
      }
      try InputFile.writeAtomically(reply.csv, to: output)
      FileHandle.standardError.write(Data((messages(.exported, ["file": output]) + "\n").utf8))
    }
  }
}

/// Sends a catalog CSV to the daemon: in one `ImportProducts` call when it is small, else in
/// parts that fit the daemon's message limit (`BeginImport`, `AddImportPart`…, `CommitImport`),
/// which the daemon imports as one file, all or nothing.
struct CatalogUpload {
  /// Files up to this size go in one call, well within the default 1 MiB message limit.
  static let oneCallBytes = 256 * 1024

  var connection: VarlinkConnection

  func send(_ csv: String, dryRun: Bool) throws -> (
    reply: CatalogAPI.ImportProducts.Reply, parameters: JSONValue
  ) {
    if csv.utf8.count <= Self.oneCallBytes {
      do {
        return try connection.callReturningParameters(
          CatalogAPI.ImportProducts.self, .init(csv: csv, dryRun: dryRun ? true : nil))
      } catch let error as VarlinkError where error.error == "id.kasir.Admin.MessageTooLarge" {
        // A daemon configured with a smaller limit closed that connection: send in parts.
        let fresh = try VarlinkConnection(path: connection.path)
        defer { fresh.close() }
        return try CatalogUpload(connection: fresh).sendInParts(csv, dryRun: dryRun)
      }
    }
    return try sendInParts(csv, dryRun: dryRun)
  }

  private func sendInParts(_ csv: String, dryRun: Bool) throws -> (
    reply: CatalogAPI.ImportProducts.Reply, parameters: JSONValue
  ) {
    let begun = try connection.call(
      CatalogAPI.BeginImport.self, .init(dryRun: dryRun ? true : nil))
    // Room for the method name, the id and the NUL around the escaped CSV text.
    let budget = max(begun.maxMessageBytes - 1024, 256)
    for part in Self.parts(of: csv, escapedBytes: budget) {
      _ = try connection.call(
        CatalogAPI.AddImportPart.self, .init(importId: begun.importId, csv: part))
    }
    return try connection.callReturningParameters(
      CatalogAPI.CommitImport.self, .init(importId: begun.importId))
  }

  /// `text` cut into consecutive parts whose JSON string form takes at most `escapedBytes`
  /// each: at line ends where a line fits, else at a character boundary.
  static func parts(of text: String, escapedBytes budget: Int) -> [String] {
    let bytes = Array(text.utf8)
    var parts: [String] = []
    var start = 0
    var cost = 0
    var lastLineEnd: Int?
    var index = 0
    while index < bytes.count {
      let byteCost = escapedCost(bytes[index])
      if cost + byteCost > budget, index > start {
        var cut = lastLineEnd ?? index
        // Never inside a UTF-8 sequence: continuation bytes are 10xxxxxx.
        while cut > start + 1, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        parts.append(String(decoding: bytes[start..<cut], as: UTF8.self))
        start = cut
        index = cut
        cost = 0
        lastLineEnd = nil
        continue
      }
      cost += byteCost
      if bytes[index] == UInt8(ascii: "\n") { lastLineEnd = index + 1 }
      index += 1
    }
    if start < bytes.count { parts.append(String(decoding: bytes[start...], as: UTF8.self)) }
    return parts
  }

  /// The bytes one byte of UTF-8 takes in a JSON string as `JSONEncoder` writes it.
  private static func escapedCost(_ byte: UInt8) -> Int {
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return 2
    case 0x08, 0x09, 0x0A, 0x0C, 0x0D: return 2
    case 0..<0x20: return 6
    default: return 1
    }
  }
}
