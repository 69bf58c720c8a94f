/// The receipt of a kasbon settlement: who paid how much of what they owed, and what is left.
public struct SettlementReceipt: Sendable, Equatable {
  public struct Labels: Sendable, Equatable {
    public var title, member, paid, method, balance, cashier: String

    public static let indonesian = Labels(
      title: "PEMBAYARAN KASBON", member: "Anggota", paid: "Dibayar", method: "Cara bayar",
      balance: "Sisa kasbon", cashier: "Kasir")
    public static let english = Labels(
      title: "KASBON PAYMENT", member: "Member", paid: "Paid", method: "Paid by",
      balance: "Kasbon balance", cashier: "Cashier")
  }

  public var shopName: String
  public var dateTime: String
  public var memberNumber: String
  public var memberName: String
  public var amount: Money
  /// `Tunai`, `QRIS`: already translated.
  public var method: String
  public var reference: String?
  public var balance: Money
  public var cashier: String
  public var footerLines: [String]
  public var labels: Labels

  public init(
    shopName: String, dateTime: String, memberNumber: String, memberName: String, amount: Money,
    method: String, reference: String? = nil, balance: Money, cashier: String,
    footerLines: [String] = [], labels: Labels = .indonesian
  ) {
    self.shopName = shopName
    self.dateTime = dateTime
    self.memberNumber = memberNumber
    self.memberName = memberName
    self.amount = amount
    self.method = method
    self.reference = reference
    self.balance = balance
    self.cashier = cashier
    self.footerLines = footerLines
    self.labels = labels
  }
}
