import Foundation
import GRDB
import KasirCore

/// A row of `member`.
struct MemberRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "member"

  var number: String
  var name: String
  var phone: String?
  var nik: String?
  var creditLimit: Int64
  var active: Bool
  var kasbonOutstanding: Int64
  var createdAt: Date
  var updatedAt: Date

  init(_ member: Member, kasbonOutstanding: Money, createdAt: Date, updatedAt: Date) {
    number = member.number
    name = member.name
    phone = member.phone
    nik = member.nik
    creditLimit = member.creditLimit.rupiah
    active = member.active
    self.kasbonOutstanding = kasbonOutstanding.rupiah
    self.createdAt = createdAt
    self.updatedAt = updatedAt
  }

  var member: Member {
    Member(
      number: number, name: name, phone: phone, nik: nik, creditLimit: Money(creditLimit),
      active: active, kasbonOutstanding: Money(kasbonOutstanding))
  }
}

/// A row of `kasbonEntry`: one change of what a member owes.
struct KasbonEntryRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "kasbonEntry"

  var id: Int64?
  var memberNumber: String
  var at: Date
  var kind: String
  var amount: Int64
  var balance: Int64
  var saleId: Int64?
  var method: String?
  var reference: String?
  var user: String
  var shiftId: Int64?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
