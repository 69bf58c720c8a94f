/// `id.kasir.Shift`: the cashier's shift at this till.
public enum ShiftAPI {
  public struct Shift: Codable, Sendable, Equatable {
    public var id: Int64
    public var state: String
    public var openedBy: String
    public var openingCash: Int64
    public var openedAt: String
    public var closedBy: String?
    public var closedAt: String?
    public var countedCash: Int64?
    public var note: String?
    public init(
      id: Int64, state: String, openedBy: String, openingCash: Int64, openedAt: String,
      closedBy: String?, closedAt: String?, countedCash: Int64?, note: String?
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

  public struct MethodTotal: Codable, Sendable, Equatable {
    public var method: String
    public var amount: Int64
    public init(method: String, amount: Int64) {
      self.method = method
      self.amount = amount
    }
  }

  public struct ShiftReport: Codable, Sendable, Equatable {
    public var shift: Shift
    public var salesCount: Int
    public var gross: Int64
    public var discounts: Int64
    public var refunds: Int64
    public var voids: Int64
    public var net: Int64
    public var byMethod: [MethodTotal]
    public var openingCash: Int64
    public var cashIn: Int64
    public var cashOut: Int64
    public var expectedCash: Int64
    public var countedCash: Int64
    public var difference: Int64
    public init(
      shift: Shift, salesCount: Int, gross: Int64, discounts: Int64, refunds: Int64, voids: Int64,
      net: Int64, byMethod: [MethodTotal], openingCash: Int64, cashIn: Int64, cashOut: Int64,
      expectedCash: Int64, countedCash: Int64, difference: Int64
    ) {
      self.shift = shift
      self.salesCount = salesCount
      self.gross = gross
      self.discounts = discounts
      self.refunds = refunds
      self.voids = voids
      self.net = net
      self.byMethod = byMethod
      self.openingCash = openingCash
      self.cashIn = cashIn
      self.cashOut = cashOut
      self.expectedCash = expectedCash
      self.countedCash = countedCash
      self.difference = difference
    }
  }

  public struct ShiftReply: Codable, Sendable {
    public var shift: Shift
    public init(shift: Shift) { self.shift = shift }
  }

  public enum Open: VarlinkMethod {
    public static let name = "id.kasir.Shift.Open"
    public struct Parameters: Codable, Sendable {
      public var openingCash: Int64
      public init(openingCash: Int64) { self.openingCash = openingCash }
    }
    public typealias Reply = ShiftReply
  }

  public enum Current: VarlinkMethod {
    public static let name = "id.kasir.Shift.Current"
    public typealias Parameters = Empty
    public struct Reply: Codable, Sendable {
      public var shift: Shift?
      public init(shift: Shift?) { self.shift = shift }
    }
  }

  public enum Close: VarlinkMethod {
    public static let name = "id.kasir.Shift.Close"
    public struct Parameters: Codable, Sendable {
      public var countedCash: Int64
      public var note: String?
      public init(countedCash: Int64, note: String? = nil) {
        self.countedCash = countedCash
        self.note = note
      }
    }
    public struct Reply: Codable, Sendable {
      public var report: ShiftReport
      /// The Z report's print job, when a printer is configured.
      public var reportJob: Int64?
      public init(report: ShiftReport, reportJob: Int64? = nil) {
        self.report = report
        self.reportJob = reportJob
      }
    }
  }
}
