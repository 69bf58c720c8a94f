import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

/// A catalog sent in parts (`BeginImport`, `AddImportPart`, `CommitImport`) through the real
/// socket: imported as one file, all or nothing, and only on the connection that began it.
@Suite(.serialized) struct StagedImportSocketTests {
  static let header = "sku,name,unit,price\r\n"

  /// Sends `parts` as one import on `client` and commits it.
  static func send(
    _ parts: [String], on client: RawSocketClient, dryRun: Bool? = nil
  ) throws -> CatalogAPI.CommitImport.Reply {
    let begun = try client.call(CatalogAPI.BeginImport.self, .init(dryRun: dryRun))
    #expect(begun.maxMessageBytes == 1_048_576)
    var received = 0
    for part in parts {
      received = try client.call(
        CatalogAPI.AddImportPart.self, .init(importId: begun.importId, csv: part)
      ).receivedBytes
    }
    #expect(received == parts.joined().utf8.count)
    return try client.call(CatalogAPI.CommitImport.self, .init(importId: begun.importId))
  }

  @Test func partsAreJoinedIntoOneFileAllOrNothing() async throws {
    let daemon = try await RunningDaemon()
    let path = daemon.socketPath
    try await onThread {
      let client = try RawSocketClient(path: path)
      // Cut anywhere, even inside a row: row 4's price is bad, row 5 repeats row 2's SKU.
      let bad = [
        Self.header + "GULA-1,Gula Pasir 1 kg,pcs,17500\r\nKOPI-1,Kopi Ka",
        "pal Api,pcs,1500\r\nTEH-1,Teh Celup,pcs,6.",
        "500\r\ngula-1,Gula lagi,pcs,100\r\n",
      ]
      do {
        _ = try Self.send(bad, on: client)
        Issue.record("a bad file was imported")
      } catch let error as VarlinkError {
        #expect(error.error == "id.kasir.Catalog.ImportRejected")
        guard case .array(let rows)? = error.parameters["errors"] else {
          Issue.record("no errors in \(error)")
          return
        }
        #expect(rows.map { $0["row"] } == [.int(4), .int(5)])
        #expect(rows.map { $0["field"] } == [.string("price"), .string("sku")])
      }
      #expect(throws: VarlinkError.self) {
        try client.call(CatalogAPI.GetProduct.self, .init(code: "GULA-1"))
      }

      let good = [Self.header + "GULA-1,Gula Pasir 1 kg,pcs,17500\r\n", "KOPI-1,Kopi,pcs,1500\r\n"]
      #expect(
        try Self.send(good, on: client, dryRun: true) == .init(created: 2, updated: 0, unchanged: 0)
      )
      #expect(throws: VarlinkError.self) {
        try client.call(CatalogAPI.GetProduct.self, .init(code: "KOPI-1"))
      }
      #expect(try Self.send(good, on: client) == .init(created: 2, updated: 0, unchanged: 0))
      #expect(
        try client.call(CatalogAPI.GetProduct.self, .init(code: "KOPI-1")).product.price == 1_500)
    }
    try await daemon.stop()
  }

  @Test func anImportBelongsToItsConnectionAndEndsWithItsCommit() async throws {
    let daemon = try await RunningDaemon()
    let path = daemon.socketPath
    try await onThread {
      let client = try RawSocketClient(path: path)
      let begun = try client.call(CatalogAPI.BeginImport.self, .init())
      let other = try RawSocketClient(path: path)
      let stolen = try other.call(
        #"{"method":"id.kasir.Catalog.AddImportPart","parameters":{"importId":"\#(begun.importId)","csv":"x"}}"#
      )
      #expect(stolen?["error"] == .string("id.kasir.Catalog.ImportNotFound"))
      #expect(stolen?["parameters"]?["importId"] == .string(begun.importId))

      _ = try client.call(
        CatalogAPI.AddImportPart.self, .init(importId: begun.importId, csv: Self.header))
      #expect(
        try client.call(CatalogAPI.CommitImport.self, .init(importId: begun.importId))
          == .init(created: 0, updated: 0, unchanged: 0))
      let again = try client.call(
        #"{"method":"id.kasir.Catalog.CommitImport","parameters":{"importId":"\#(begun.importId)"}}"#
      )
      #expect(again?["error"] == .string("id.kasir.Catalog.ImportNotFound"))
    }
    try await daemon.stop()
  }
}
