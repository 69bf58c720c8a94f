import Foundation

/// What an export is about: one row per sale, sale line, payment, stock movement or member.
public enum ExportKind: String, Sendable, CaseIterable {
  case sales, lines, payments, movements, members
}

/// One cell of an export row, typed so a spreadsheet gets numbers as numbers.
public enum ExportValue: Sendable, Equatable {
  case text(String)
  case money(Money)
  case quantity(Quantity)
  case count(Int64)
  case flag(Bool)
  case time(Date)
  case empty
}

/// A column of an export: its header (snake_case, as in the CSV) and what its cells hold.
/// `price` is money per unit: shown like money, never totalled.
public struct ExportColumn: Sendable, Equatable {
  public enum Content: Sendable { case text, money, price, quantity, count, flag, time }
  public var name: String
  public var content: Content
  public init(_ name: String, _ content: Content) {
    self.name = name
    self.content = content
  }
}
