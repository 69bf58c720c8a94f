import Foundation

/// A cashier's shift at this till, from the opening float to the counted drawer.
public struct Shift: Sendable, Equatable, Codable {
  public enum State: String, Sendable, Codable {
    case open, closed
  }

  public var id: Int64
  public var state: State
  public var openedBy: String
  public var openingCash: Money
  public var openedAt: Date
  public var closedBy: String?
  public var closedAt: Date?
  public var countedCash: Money?
  public var note: String?

  public init(
    id: Int64, state: State = .open, openedBy: String, openingCash: Money, openedAt: Date,
    closedBy: String? = nil, closedAt: Date? = nil, countedCash: Money? = nil, note: String? = nil
  ) {
    self.id = id
    self.state = state
    self.openedBy = openedBy
    self.openingCash = openingCash
    self.openedAt = openedAt
    self.closedBy = closedBy
    self.closedAt = closedAt
    self.countedCash = countedCash
    self.note = note
  }
}

/// What to do with shifts that can fail.
public enum ShiftError: Error, Sendable, Equatable {
  case noOpenShift
  case shiftAlreadyOpen(id: Int64, openedBy: String)
  case negativeAmount(field: String)
  /// No closed shift has this id.
  case shiftNotFound(id: Int64)
}
