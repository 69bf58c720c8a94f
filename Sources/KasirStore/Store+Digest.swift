import GRDB

extension Store {
  /// Every row of the tables a sale can touch, as text. Two equal digests mean nothing was
  /// written in between: tests take one before and after a refused call.
  public func digest() async throws -> String {
    try await writer.read { db in
      var text = ""
      for table in [
        "sale", "saleLine", "payment", "stockMovement", "product", "shift", "member", "kasbonEntry",
      ] {
        for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid") {
          text += "\(table) \(row)\n"
        }
      }
      return text
    }
  }
}
