import Foundation
import GRDB
import KasirCore

/// One member of an import: its row in the file and which columns the file gave.
public struct MemberImportRow: Sendable {
  public var row: Int
  public var member: Member
  /// Columns with a value; an existing member keeps what the others hold.
  public var given: Set<String>
  public init(row: Int, member: Member, given: Set<String>) {
    self.row = row
    self.member = member
    self.given = given
  }
}

/// Rows the database refused (a NIK of another member); nothing was saved.
public struct MemberImportRejected: Error, Sendable, Equatable {
  public var problems: [Problem]
  public struct Problem: Sendable, Equatable {
    public var row: Int
    public var error: MemberError
  }
}

extension Store {
  /// Creates or updates every member in one transaction; any refused row rolls back all of
  /// them (`MemberImportRejected` lists each). `dryRun` checks and counts, then rolls back.
  public func importMembers(_ rows: [MemberImportRow], dryRun: Bool, now: Date) async throws
    -> ImportSummary
  {
    let (summary, problems) = try await writer.writeWithoutTransaction { db in
      var summary = ImportSummary()
      var problems: [MemberImportRejected.Problem] = []
      try db.inTransaction {
        for row in rows {
          let existing = try MemberRecord.fetchOne(db, key: row.member.number)?.member
          let merged = Self.merge(row, into: existing)
          if let existing, Self.same(existing, merged) {
            summary.unchanged += 1
            continue
          }
          do {
            _ = try Store.upsertMember(db, merged, now: now)
            if existing == nil { summary.created += 1 } else { summary.updated += 1 }
          } catch let error as MemberError {
            problems.append(.init(row: row.row, error: error))
          }
        }
        return problems.isEmpty && !dryRun ? .commit : .rollback
      }
      return (summary, problems)
    }
    guard problems.isEmpty else { throw MemberImportRejected(problems: problems) }
    return summary
  }

  private static func merge(_ row: MemberImportRow, into existing: Member?) -> Member {
    guard let existing else { return row.member }
    var member = row.member
    member.number = existing.number
    if !row.given.contains("phone") { member.phone = existing.phone }
    if !row.given.contains("nik") { member.nik = existing.nik }
    if !row.given.contains("credit_limit") { member.creditLimit = existing.creditLimit }
    if !row.given.contains("active") { member.active = existing.active }
    return member
  }

  private static func same(_ a: Member, _ b: Member) -> Bool {
    a.name == b.name && a.phone == b.phone && a.nik == b.nik && a.creditLimit == b.creditLimit
      && a.active == b.active
  }
}
