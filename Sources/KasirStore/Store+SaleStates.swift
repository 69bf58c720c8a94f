import Foundation
import GRDB
import KasirCore

extension Store {
  /// Parks an open sale (the customer went to fetch something); `resume` reopens it.
  public func hold(saleId: Int64, user: String, now: Date) async throws -> Sale {
    try await changeState(saleId: saleId, from: [.open], to: .held, reason: nil, user: user)
  }

  public func resume(saleId: Int64, user: String, now: Date) async throws -> Sale {
    try await changeState(saleId: saleId, from: [.held], to: .open, reason: nil, user: user)
  }

  /// Cancels an open or held sale. It stays in the database, with its lines, as cancelled.
  public func cancel(saleId: Int64, reason: String?, user: String, now: Date) async throws -> Sale {
    try await changeState(
      saleId: saleId, from: [.open, .held], to: .cancelled, reason: reason, user: user, at: now)
  }

  private func changeState(
    saleId: Int64, from allowed: [Sale.State], to state: Sale.State, reason: String?,
    user: String, at: Date? = nil
  ) async throws -> Sale {
    try await writer.write { db in
      var (record, sale) = try Store.sale(db, id: saleId)
      guard allowed.contains(sale.state) else {
        throw SaleError.invalidState(number: sale.number, state: sale.state, allowed: allowed)
      }
      sale.state = state
      record.state = state.rawValue
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
