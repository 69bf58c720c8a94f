import Foundation
import GRDB
import KasirCore

/// Each member's purchases in a year: the basis of the SHU "jasa anggota" share.
public struct MemberPurchaseTotal: Sendable, Equatable {
  public var number: String
  public var name: String
  /// Completed sales less their refunds; voided sales count for nothing.
  public var purchases: Money
  /// Completed sales (not refunds, not voided).
  public var transactions: Int
}

extension Store {
  /// Every member with their purchases in calendar `year` of the shop's time zone, by number.
  /// A refund counts in the year it was given.
  public func purchaseTotals(year: Int) async throws -> [MemberPurchaseTotal] {
    let (start, end) = try Store.yearBounds(year, in: timeZone)
    return try await writer.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT m.number, m.name,
            coalesce(sum(CASE WHEN s.refundOf IS NULL THEN s.total ELSE -s.total END), 0)
              AS purchases,
            count(CASE WHEN s.id IS NOT NULL AND s.refundOf IS NULL THEN 1 END) AS transactions
          FROM member m
          LEFT JOIN sale s ON s.memberNumber = m.number COLLATE NOCASE
            AND s.state = 'completed' AND s.completedAt >= ? AND s.completedAt < ?
          GROUP BY m.number
          ORDER BY m.number COLLATE NOCASE
          """, arguments: [start, end])
      return rows.map {
        MemberPurchaseTotal(
          number: $0["number"], name: $0["name"], purchases: Money($0["purchases"] as Int64),
          transactions: $0["transactions"])
      }
    }
  }

  /// The first instant of `year` and of the next one, in `timeZone`.
  static func yearBounds(_ year: Int, in timeZone: TimeZone) throws -> (Date, Date) {
    guard (2000...2999).contains(year) else { throw MemberError.invalidYear(year) }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let start = calendar.date(from: DateComponents(year: year, month: 1, day: 1))!
    let end = calendar.date(from: DateComponents(year: year + 1, month: 1, day: 1))!
    return (start, end)
  }
}
