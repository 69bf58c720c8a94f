import Foundation
import GRDB

/// A row of `printJob`: one document for the receipt printer, waiting or sent.
public struct PrintJob: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "printJob"

  public enum Kind: String, Sendable, Codable, CaseIterable {
    /// The receipt of a completed sale, queued in Pay's transaction.
    case receipt
    /// A copy marked SALINAN (Sale.Reprint).
    case copy
    /// A cash-drawer kick (Printer.OpenDrawer).
    case drawer
    /// A test page.
    case test
    /// The Z report of a closed shift (Shift.Close).
    case zreport
    /// The receipt of a kasbon settlement (Member.PayKasbon).
    case settlement
  }

  public enum State: String, Sendable, Codable {
    case pending, sent, failed
  }

  public var id: Int64?
  public var kind: Kind
  public var saleId: Int64?
  /// The shift of a Z report.
  public var shiftId: Int64?
  /// The kasbon entry of a settlement receipt.
  public var settlementId: Int64?
  /// The sale number for receipts and copies, the caller's name for a drawer kick, the shift
  /// number for a Z report.
  public var reference: String
  public var requestedBy: String
  public var state: State
  public var attempts: Int
  public var lastError: String?
  public var createdAt: Date
  public var sentAt: Date?
  public var cupsJobId: Int32?

  public init(
    kind: Kind, saleId: Int64?, shiftId: Int64? = nil, reference: String, requestedBy: String,
    createdAt: Date
  ) {
    self.kind = kind
    self.saleId = saleId
    self.shiftId = shiftId
    self.reference = reference
    self.requestedBy = requestedBy
    self.state = .pending
    self.attempts = 0
    self.createdAt = createdAt
  }

  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
