import Foundation

/// A koperasi member (anggota): buys at member prices, may take goods on kasbon (credit) up to
/// `creditLimit`, and shares the year's surplus (SHU) by what they bought.
public struct Member: Sendable, Equatable, Codable {
  /// The member number on the card, e.g. `KMP-0042`: 1 to 20 letters, digits, `-`, `.`, `/`.
  public var number: String
  public var name: String
  public var phone: String?
  /// The 16-digit national identity number; never logged, shown masked (`NIK.masked`).
  public var nik: String?
  /// The most kasbon the member may owe; zero means no kasbon.
  public var creditLimit: Money
  /// An inactive member keeps their history but cannot buy as a member.
  public var active: Bool
  /// What the member owes now: kasbon purchases less refunds and settlements.
  public var kasbonOutstanding: Money

  public init(
    number: String, name: String, phone: String? = nil, nik: String? = nil,
    creditLimit: Money = .zero, active: Bool = true, kasbonOutstanding: Money = .zero
  ) {
    self.number = number
    self.name = name
    self.phone = phone
    self.nik = nik
    self.creditLimit = creditLimit
    self.active = active
    self.kasbonOutstanding = kasbonOutstanding
  }

  /// How much more kasbon the member may take.
  public var kasbonAvailable: Money { max(creditLimit - kasbonOutstanding, .zero) }

  /// Checks every field; a blank phone or NIK becomes nil.
  public func validated() throws(MemberError) -> Member {
    var member = self
    member.number = number.trimmingCharacters(in: .whitespaces)
    member.name = name.trimmingCharacters(in: .whitespaces)
    member.phone = phone?.trimmingCharacters(in: .whitespaces)
    member.nik = nik?.trimmingCharacters(in: .whitespaces)
    if member.phone?.isEmpty == true { member.phone = nil }
    if member.nik?.isEmpty == true { member.nik = nil }
    guard Self.isValidNumber(member.number) else {
      throw .invalidField(field: "number", reason: .numberFormat)
    }
    // Counted as SQLite's length() counts (code points, up to a NUL), so that the table's
    // CHECK never refuses what passed here (an "é" written as e + accent is two).
    guard (1...120).contains(member.name.unicodeScalars.count),
      !member.name.unicodeScalars.contains("\0")
    else {
      throw .invalidField(field: "name", reason: .nameLength)
    }
    if let phone = member.phone, !Self.isValidPhone(phone) {
      throw .invalidField(field: "phone", reason: .phoneFormat)
    }
    if let nik = member.nik { try NIK.validate(nik) }
    guard creditLimit >= .zero else { throw .invalidField(field: "creditLimit", reason: .negative) }
    return member
  }

  static func isValidNumber(_ number: String) -> Bool {
    (1...20).contains(number.count)
      && number.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "-./".contains($0) }
  }

  /// Digits with an optional leading `+`, spaces and dashes allowed: `0812-3456-7890`.
  static func isValidPhone(_ phone: String) -> Bool {
    let digits = phone.filter(\.isASCIIDigitCharacter)
    let allowed = phone.enumerated().allSatisfy { index, character in
      character.isASCIIDigitCharacter || character == " " || character == "-"
        || (character == "+" && index == 0)
    }
    return allowed && (6...15).contains(digits.count)
  }
}

extension Character {
  /// `0`…`9` only: not other scripts' digits, not fractions.
  public var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
