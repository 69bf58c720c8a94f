import Foundation
import KasirProtocol
import KasirTestSupport

/// What must hold in the database however kasird stopped: no sale half there, the stock
/// ledger sums, SQLite's integrity check passes.
extension FaultShop {
  static let invariants: [(broken: String, query: String)] = [
    (
      "an unfinished sale has a payment or a stock movement",
      """
      SELECT count(*) FROM sale s WHERE s.state IN ('open', 'held', 'cancelled')
        AND (EXISTS (SELECT 1 FROM payment p WHERE p.saleId = s.id)
          OR EXISTS (SELECT 1 FROM stockMovement m WHERE m.saleId = s.id))
      """
    ),
    (
      "a completed sale has no lines, no total, or less paid than its total",
      """
      SELECT count(*) FROM sale s WHERE s.state = 'completed' AND s.refundOf IS NULL
        AND (NOT EXISTS (SELECT 1 FROM saleLine l WHERE l.saleId = s.id) OR s.total IS NULL
          OR (SELECT coalesce(sum(amount), 0) FROM payment p WHERE p.saleId = s.id) < s.total)
      """
    ),
    (
      "a completed sale's stock movements are not one per line",
      """
      SELECT count(*) FROM sale s WHERE s.state = 'completed' AND s.refundOf IS NULL
        AND (SELECT count(*) FROM saleLine l WHERE l.saleId = s.id)
          <> (SELECT count(*) FROM stockMovement m WHERE m.saleId = s.id AND m.kind = 'sale')
      """
    ),
    (
      "a completed sale's movements do not take its quantities off the stock",
      """
      SELECT count(*) FROM sale s WHERE s.state = 'completed' AND s.refundOf IS NULL
        AND (SELECT coalesce(-sum(delta), 0) FROM stockMovement m
             WHERE m.saleId = s.id AND m.kind = 'sale')
          <> (SELECT coalesce(sum(quantity * coalesce(packFactor, 1)), 0) FROM saleLine l
              WHERE l.saleId = s.id)
      """
    ),
  ]

  /// Every invariant that does not hold, with how many rows break it, plus what
  /// `Admin.Check` (integrity, stock ledger) says when it is not ok. Empty when all is well.
  func brokenInvariants() throws -> [String] {
    var broken: [String] = []
    for invariant in Self.invariants {
      let count = try sql(invariant.query)
      if count != "0" { broken.append("\(invariant.broken): \(count)") }
    }
    let check = try client().call(AdminAPI.Check.self, Empty())
    if check.integrity != "ok" { broken.append("integrity_check: \(check.integrity)") }
    if !check.ledgerOk { broken.append("stock ledger: \(check.mismatches)") }
    return broken
  }
}
