/// A receipt as data: everything printed, already in the shop's words and time zone.
/// KasirPrinting turns it into printer bytes.
public struct Receipt: Sendable, Equatable {
  public struct Line: Sendable, Equatable {
    public var name: String
    /// `2`, `0,75`: the quantity as printed.
    public var quantityText: String
    /// `pcs`, `kg`: printed after the quantity for weighed goods.
    public var unit: String
    public var weighed: Bool
    public var unitPrice: Money
    public var discount: Money
    public var amount: Money

    public init(
      name: String, quantityText: String, unit: String, weighed: Bool, unitPrice: Money,
      discount: Money = .zero, amount: Money
    ) {
      self.name = name
      self.quantityText = quantityText
      self.unit = unit
      self.weighed = weighed
      self.unitPrice = unitPrice
      self.discount = discount
      self.amount = amount
    }
  }

  public struct PaymentLine: Sendable, Equatable {
    /// `Tunai`, `QRIS`: already translated.
    public var label: String
    public var amount: Money
    /// Cash goes into the drawer, so a receipt with a cash payment may open it.
    public var isCash: Bool
    public init(label: String, amount: Money, isCash: Bool = false) {
      self.label = label
      self.amount = amount
      self.isCash = isCash
    }
  }

  /// The words printed on a receipt, in its language.
  public struct Labels: Sendable, Equatable {
    public var number, cashier, member, kasbonBalance, subtotal, discount, rounding, total,
      change, copy, memberSaving: String

    public static let indonesian = Labels(
      number: "No", cashier: "Kasir", member: "Anggota", kasbonBalance: "Sisa kasbon",
      subtotal: "Subtotal", discount: "Diskon", rounding: "Pembulatan", total: "TOTAL",
      change: "Kembali", copy: "SALINAN", memberSaving: "Hemat anggota")
    public static let english = Labels(
      number: "No", cashier: "Cashier", member: "Member", kasbonBalance: "Kasbon balance",
      subtotal: "Subtotal", discount: "Discount", rounding: "Rounding", total: "TOTAL",
      change: "Change", copy: "COPY", memberSaving: "Member saving")
  }

  public var shopName: String
  public var headerLines: [String]
  public var saleNumber: String
  /// `29-11-2026 10:15`: date and time in the shop's zone.
  public var dateTime: String
  public var cashier: String
  public var memberNumber: String?
  /// The member's name, printed after the number when known.
  public var memberName: String?
  /// What member prices saved on this sale; printed when not zero.
  public var memberSaving: Money = .zero
  /// What the member owes on kasbon (store credit) after this sale; printed when known.
  public var kasbonBalance: Money?
  public var lines: [Line]
  /// The sum of the line amounts, each already net of its line discount.
  public var subtotal: Money
  /// The discount on the whole sale (line discounts are printed on their lines).
  public var discount: Money
  public var rounding: Money
  public var total: Money
  public var payments: [PaymentLine]
  public var change: Money
  public var footerLines: [String]
  public var isCopy: Bool
  public var labels: Labels

  public init(
    shopName: String, headerLines: [String] = [], saleNumber: String, dateTime: String,
    cashier: String, memberNumber: String? = nil, kasbonBalance: Money? = nil, lines: [Line],
    subtotal: Money,
    discount: Money = .zero, rounding: Money = .zero, total: Money, payments: [PaymentLine],
    change: Money, footerLines: [String] = [], isCopy: Bool = false, labels: Labels = .indonesian
  ) {
    self.shopName = shopName
    self.headerLines = headerLines
    self.saleNumber = saleNumber
    self.dateTime = dateTime
    self.cashier = cashier
    self.memberNumber = memberNumber
    self.kasbonBalance = kasbonBalance
    self.lines = lines
    self.subtotal = subtotal
    self.discount = discount
    self.rounding = rounding
    self.total = total
    self.payments = payments
    self.change = change
    self.footerLines = footerLines
    self.isCopy = isCopy
    self.labels = labels
  }
}
