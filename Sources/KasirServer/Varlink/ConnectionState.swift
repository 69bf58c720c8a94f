import KasirProtocol
import Synchronization

/// What the daemon keeps for one connection between its calls: a catalog import being sent in
/// parts. It lives as long as the connection, so a client that goes away leaves nothing behind.
final class ConnectionState: Sendable {
  private let staged = Mutex<StagedImport?>(nil)

  init() {}

  /// Starts a new import in parts; one not committed yet is dropped.
  func beginImport(dryRun: Bool) -> String {
    let id = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    staged.withLock { $0 = StagedImport(id: id, dryRun: dryRun) }
    return id
  }

  /// Appends a part; the bytes received so far. Past the limit the import is over.
  func addImportPart(id: String, csv: String) throws(VarlinkError) -> Int {
    try staged.withLock { staged throws(VarlinkError) in
      guard var current = staged, current.id == id else { throw StagedImport.notFound(id) }
      let bytes = current.bytes + csv.utf8.count
      guard bytes <= StagedImport.maxBytes else {
        staged = nil
        throw VarlinkError(
          "id.kasir.Catalog.ImportTooLarge", ["limit": .int(Int64(StagedImport.maxBytes))])
      }
      staged = nil  // so appending does not copy the parts
      current.parts.append(csv)
      current.bytes = bytes
      staged = current
      return bytes
    }
  }

  /// Ends the import `id` and gives its parts: committed or refused, it is over.
  func takeImport(id: String) throws(VarlinkError) -> StagedImport {
    try staged.withLock { staged throws(VarlinkError) in
      guard let current = staged, current.id == id else { throw StagedImport.notFound(id) }
      staged = nil
      return current
    }
  }
}

/// A catalog CSV received in parts, not checked until it is committed.
struct StagedImport: Sendable {
  /// 64 MiB: a catalog of about 600,000 products, far more than a koperasi's shop holds.
  static let maxBytes = 64 << 20

  var id: String
  var dryRun: Bool
  var parts: [String] = []
  var bytes = 0

  var csv: String { parts.joined() }

  static func notFound(_ id: String) -> VarlinkError {
    VarlinkError("id.kasir.Catalog.ImportNotFound", ["importId": .string(id)])
  }
}
