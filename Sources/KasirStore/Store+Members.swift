import Foundation
import GRDB
import KasirCore

/// The member registry. A member is never deleted; `active = false` keeps their history.
extension Store {
  /// Creates or updates the member with `member.number`. What they owe is kept; a NIK
  /// belongs to one member only.
  public func upsertMember(_ member: Member, now: Date) async throws -> (
    member: Member, created: Bool
  ) {
    let member = try member.validated()
    return try await writer.write { db in
      try Store.upsertMember(db, member, now: now)
    }
  }

  static func upsertMember(_ db: Database, _ member: Member, now: Date) throws -> (
    member: Member, created: Bool
  ) {
    let existing = try MemberRecord.fetchOne(db, key: member.number)
    if let nik = member.nik,
      let other = try MemberRecord.filter(Column("nik") == nik).fetchOne(db),
      other.number.caseInsensitiveCompare(member.number) != .orderedSame
    {
      throw MemberError.duplicateNIK(number: other.number)
    }
    var record = MemberRecord(
      member, kasbonOutstanding: Money(existing?.kasbonOutstanding ?? 0),
      createdAt: existing?.createdAt ?? now, updatedAt: now)
    record.number = existing?.number ?? member.number
    if existing == nil { try record.insert(db) } else { try record.update(db) }
    return (record.member, existing == nil)
  }

  /// The member with `number` (any letter case), or `MemberError.memberNotFound`.
  public func member(number: String) async throws -> Member {
    try await writer.read { db in try Store.member(db, number: number) }
  }

  static func member(_ db: Database, number: String) throws -> Member {
    let trimmed = number.trimmingCharacters(in: .whitespaces)
    guard let record = try MemberRecord.fetchOne(db, key: trimmed) else {
      throw MemberError.memberNotFound(number: trimmed)
    }
    return record.member
  }

  /// An active member, for selling: `memberNotFound` or `memberInactive` otherwise.
  static func activeMember(_ db: Database, number: String) throws -> Member {
    let member = try member(db, number: number)
    guard member.active else { throw MemberError.memberInactive(number: member.number) }
    return member
  }

  /// Members whose number or phone starts with `query`, or whose name contains every word of
  /// it, by name; at most `limit`.
  public func searchMembers(query: String, limit: Int = 50) async throws -> [Member] {
    let words = query.split(whereSeparator: \.isWhitespace).map(String.init)
    guard !words.isEmpty else { return [] }
    return try await writer.read { db in
      var name = [String]()
      var arguments = StatementArguments()
      for word in words {
        name.append("name LIKE ? ESCAPE '\\'")
        arguments += [Store.likePattern(word)]
      }
      var sql = "SELECT * FROM member WHERE (\(name.joined(separator: " AND ")))"
      if words.count == 1 {
        sql += " OR number LIKE ? ESCAPE '\\'"
        arguments += [Store.escapeLike(words[0]) + "%"]
        let digits = words[0].filter(\.isNumber)
        if digits.count >= 4, words[0].allSatisfy({ $0.isNumber || "+-".contains($0) }) {
          sql += " OR replace(replace(phone, '-', ''), ' ', '') LIKE ?"
          arguments += [digits + "%"]
        }
      }
      sql += " ORDER BY name COLLATE NOCASE, number LIMIT ?"
      arguments += [max(1, min(limit, 500))]
      return try MemberRecord.fetchAll(db, sql: sql, arguments: arguments).map(\.member)
    }
  }

  static func escapeLike(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_")
  }

  static func likePattern(_ word: String) -> String { "%" + escapeLike(word) + "%" }
}
