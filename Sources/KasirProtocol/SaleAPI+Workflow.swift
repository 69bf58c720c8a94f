/// `id.kasir.Sale`: changing, parking and reversing sales.
extension SaleAPI {
  /// The parameters of methods that name the sale by id only.
  public struct SaleIdParameters: Codable, Sendable {
    public var saleId: Int64
    public init(saleId: Int64) { self.saleId = saleId }
  }

  public struct RefundLine: Codable, Sendable, Equatable {
    public var lineNo: Int
    public var quantity: Thousandths
    public init(lineNo: Int, quantity: Thousandths) {
      self.lineNo = lineNo
      self.quantity = quantity
    }
  }

  public enum SetQuantity: VarlinkMethod {
    public static let name = "id.kasir.Sale.SetQuantity"
    public struct Parameters: Codable, Sendable {
      public var saleId: Int64
      public var lineNo: Int
      public var quantity: Thousandths
      public init(saleId: Int64, lineNo: Int, quantity: Thousandths) {
        self.saleId = saleId
        self.lineNo = lineNo
        self.quantity = quantity
      }
    }
    public typealias Reply = SaleReply
  }

  public enum RemoveLine: VarlinkMethod {
    public static let name = "id.kasir.Sale.RemoveLine"
    public struct Parameters: Codable, Sendable {
      public var saleId: Int64
      public var lineNo: Int
      public init(saleId: Int64, lineNo: Int) {
        self.saleId = saleId
        self.lineNo = lineNo
      }
    }
    public typealias Reply = SaleReply
  }

  public enum ApplyDiscount: VarlinkMethod {
    public static let name = "id.kasir.Sale.ApplyDiscount"
    public struct Parameters: Codable, Sendable {
      public var saleId: Int64
      /// A line's number, or nil for a discount on the whole sale.
      public var lineNo: Int?
      /// Rupiah off; exactly one of `amount` and `percent`.
      public var amount: Int64?
      /// Percent off, at most 3 decimals (12.5 is 12,5 %).
      public var percent: Thousandths?
      public init(
        saleId: Int64, lineNo: Int? = nil, amount: Int64? = nil, percent: Thousandths? = nil
      ) {
        self.saleId = saleId
        self.lineNo = lineNo
        self.amount = amount
        self.percent = percent
      }
    }
    public typealias Reply = SaleReply
  }

  public enum Hold: VarlinkMethod {
    public static let name = "id.kasir.Sale.Hold"
    public typealias Parameters = SaleIdParameters
    public typealias Reply = SaleReply
  }

  public enum Resume: VarlinkMethod {
    public static let name = "id.kasir.Sale.Resume"
    public typealias Parameters = SaleIdParameters
    public typealias Reply = SaleReply
  }

  public enum Cancel: VarlinkMethod {
    public static let name = "id.kasir.Sale.Cancel"
    public typealias Parameters = SaleIdParameters
    public typealias Reply = Empty
  }

  public enum ListOpen: VarlinkMethod {
    public static let name = "id.kasir.Sale.ListOpen"
    public typealias Parameters = Empty
    public struct Reply: Codable, Sendable {
      public var sales: [Sale]
      public init(sales: [Sale]) { self.sales = sales }
    }
  }

  public enum Refund: VarlinkMethod {
    public static let name = "id.kasir.Sale.Refund"
    public struct Parameters: Codable, Sendable {
      public var number: String
      public var lines: [RefundLine]
      public var reason: String
      public init(number: String, lines: [RefundLine], reason: String) {
        self.number = number
        self.lines = lines
        self.reason = reason
      }
    }
    public struct Reply: Codable, Sendable {
      public var refund: Sale
      public init(refund: Sale) { self.refund = refund }
    }
  }

  /// `Void` in the contract; named so it cannot shadow Swift's `Void`.
  public enum VoidSale: VarlinkMethod {
    public static let name = "id.kasir.Sale.Void"
    public struct Parameters: Codable, Sendable {
      public var number: String
      public var reason: String
      public init(number: String, reason: String) {
        self.number = number
        self.reason = reason
      }
    }
    public typealias Reply = SaleReply
  }

  public enum Reprint: VarlinkMethod {
    public static let name = "id.kasir.Sale.Reprint"
    public struct Parameters: Codable, Sendable {
      public var number: String
      public init(number: String) { self.number = number }
    }
    public struct Reply: Codable, Sendable {
      public var receiptJob: Int64
      public init(receiptJob: Int64) { self.receiptJob = receiptJob }
    }
  }
}
