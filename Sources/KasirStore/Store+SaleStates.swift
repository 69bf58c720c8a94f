import Foundation
import GRDB
import KasirCore

extension Store {
  /// Parks an open sale (the customer went to fetch something); `resume` reopens it.
  public func hold(saleId: Int64, user: String, now: Date) async throws -> Sale {
    try await changeState(saleId: saleId) { try $0.hold() }
  }

  public func resume(saleId: Int64, user: String, now: Date) async throws -> Sale {
    try await changeState(saleId: saleId) { try $0.resume() }
  }

  /// Cancels an open or held sale. It stays in the database, with its lines, as cancelled.
  public func cancel(saleId: Int64, reason: String?, user: String, now: Date) async throws -> Sale {
    try await changeState(saleId: saleId, reason: reason, user: user, at: now) { try $0.cancel() }
  }

  private func changeState(
    saleId: Int64, reason: String? = nil, user: String? = nil, at: Date? = nil,
    _ transition: @escaping @Sendable (inout Sale) throws -> Void
  ) async throws -> Sale {
    try await writer.write { db in
      var (record, sale) = try Store.sale(db, id: saleId)
      try transition(&sale)
      record.state = sale.state.rawValue
      if let at {
        record.reason = reason
        record.endedBy = user
        record.endedAt = at
      }
      try record.update(db)
      return sale
    }
  }
}
