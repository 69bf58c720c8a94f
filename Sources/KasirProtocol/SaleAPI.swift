/// `id.kasir.Sale`: selling.
public enum SaleAPI {
  public struct Line: Codable, Sendable, Equatable {
    public var lineNo: Int
    public var sku: String
    public var name: String
    public var unit: String
    public var quantity: Thousandths
    public var unitPrice: Int64
    public var priceTier: String
    public var discount: Int64
    public var amount: Int64
    public init(
      lineNo: Int, sku: String, name: String, unit: String, quantity: Thousandths,
      unitPrice: Int64, priceTier: String, discount: Int64, amount: Int64
    ) {
      self.lineNo = lineNo
      self.sku = sku
      self.name = name
      self.unit = unit
      self.quantity = quantity
      self.unitPrice = unitPrice
      self.priceTier = priceTier
      self.discount = discount
      self.amount = amount
    }
  }

  public struct Payment: Codable, Sendable, Equatable {
    /// cash, qris, transfer, kasbon.
    public var method: String
    public var amount: Int64
    public var reference: String?
    public init(method: String, amount: Int64, reference: String? = nil) {
      self.method = method
      self.amount = amount
      self.reference = reference
    }
  }

  public struct Sale: Codable, Sendable, Equatable {
    public var id: Int64
    public var number: String
    public var state: String
    public var cashier: String
    public var memberNumber: String?
    public var lines: [Line]
    public var subtotal: Int64
    public var discount: Int64
    public var rounding: Int64
    public var total: Int64
    public var payments: [Payment]
    public var paid: Int64
    public var change: Int64
    public var openedAt: String
    public var completedAt: String?
    public var refundOf: String?
    /// What member prices saved (extension); nil when nothing.
    public var memberSaving: Int64?
    public init(
      id: Int64, number: String, state: String, cashier: String, memberNumber: String?,
      lines: [Line], subtotal: Int64, discount: Int64, rounding: Int64, total: Int64,
      payments: [Payment], paid: Int64, change: Int64, openedAt: String, completedAt: String?,
      refundOf: String?, memberSaving: Int64? = nil
    ) {
      self.id = id
      self.number = number
      self.state = state
      self.cashier = cashier
      self.memberNumber = memberNumber
      self.lines = lines
      self.subtotal = subtotal
      self.discount = discount
      self.rounding = rounding
      self.total = total
      self.payments = payments
      self.paid = paid
      self.change = change
      self.openedAt = openedAt
      self.completedAt = completedAt
      self.refundOf = refundOf
      self.memberSaving = memberSaving
    }
  }

  /// The reply of methods that return just the sale.
  public struct SaleReply: Codable, Sendable {
    public var sale: Sale
    public init(sale: Sale) { self.sale = sale }
  }

  public enum Open: VarlinkMethod {
    public static let name = "id.kasir.Sale.Open"
    public struct Parameters: Codable, Sendable {
      public var memberNumber: String?
      public init(memberNumber: String? = nil) { self.memberNumber = memberNumber }
    }
    public typealias Reply = SaleReply
  }

  public enum AddItem: VarlinkMethod {
    public static let name = "id.kasir.Sale.AddItem"
    public struct Parameters: Codable, Sendable {
      public var saleId: Int64
      public var code: String
      public var quantity: Thousandths?
      public init(saleId: Int64, code: String, quantity: Thousandths? = nil) {
        self.saleId = saleId
        self.code = code
        self.quantity = quantity
      }
    }
    public struct Reply: Codable, Sendable {
      public var sale: Sale
      public var lineNo: Int
      public init(sale: Sale, lineNo: Int) {
        self.sale = sale
        self.lineNo = lineNo
      }
    }
  }

  public enum Get: VarlinkMethod {
    public static let name = "id.kasir.Sale.Get"
    public struct Parameters: Codable, Sendable {
      public var saleId: Int64?
      public var number: String?
      public init(saleId: Int64? = nil, number: String? = nil) {
        self.saleId = saleId
        self.number = number
      }
    }
    public typealias Reply = SaleReply
  }

  public enum Pay: VarlinkMethod {
    public static let name = "id.kasir.Sale.Pay"
    public struct Parameters: Codable, Sendable {
      public var saleId: Int64
      public var payments: [Payment]
      public init(saleId: Int64, payments: [Payment]) {
        self.saleId = saleId
        self.payments = payments
      }
    }
    public struct Reply: Codable, Sendable {
      public var sale: Sale
      public var change: Int64
      public var receiptJob: Int64?
      public init(sale: Sale, change: Int64, receiptJob: Int64?) {
        self.sale = sale
        self.change = change
        self.receiptJob = receiptJob
      }
    }
  }
}
