import Foundation
import GRDB
import KasirCore

extension Store {
  /// The figures of the sales completed from `start` up to (not including) `end`, normally one
  /// shop day (see `DailySummary` for the definitions). One read transaction.
  public func dailySummary(from start: Date, to end: Date) async throws -> DailySummary {
    let timeZone = self.timeZone
    return try await writer.read { db in
      let records = try SaleRecord.filter(["completed", "voided"].contains(Column("state")))
        .filter(Column("completedAt") >= start && Column("completedAt") < end)
        .order(Column("completedAt"), Column("id")).fetchAll(db)
      return Store.summary(of: try Store.sales(db, records), in: timeZone)
    }
  }

  static func summary(of sales: [Sale], in timeZone: TimeZone) -> DailySummary {
    let sold = sales.filter { $0.refundOf == nil }
    let completed = sold.filter { $0.state == .completed }
    let refunds = sales.filter { $0.refundOf != nil && $0.state == .completed }
    func sum(_ values: [Money]) -> Money { values.reduce(.zero, +) }
    let changeGiven = sum(completed.map(\.change))
    var byMethod = [ShiftReport.MethodTotal]()
    for method in Payment.Method.allCases {
      // What each method brought in: cash net of the change handed back.
      let amount =
        sum(completed.flatMap(\.payments).filter { $0.method == method }.map(\.amount))
        - (method == .cash ? changeGiven : .zero)
      if amount != .zero { byMethod.append(.init(method: method, amount: amount)) }
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    var byCashier = [String: Money]()
    var byHour = [String: Money]()
    var member = Money.zero
    var nonMember = Money.zero
    for sale in sold + refunds {
      let amount = netContribution(sale)
      byCashier[sale.cashier, default: .zero] += amount
      let hour = calendar.component(.hour, from: sale.completedAt ?? sale.openedAt)
      byHour[padded(hour, 2), default: .zero] += amount
      if sale.memberNumber == nil { nonMember += amount } else { member += amount }
    }
    func totals(_ amounts: [String: Money]) -> [DailySummary.Total] {
      amounts.sorted { $0.key < $1.key }.map { DailySummary.Total(key: $0.key, amount: $0.value) }
    }
    return DailySummary(
      salesCount: sold.count,
      gross: sum(sold.flatMap(\.lines).map { $0.quantity.amount(at: $0.unitPrice) }),
      discounts: sum(sold.map(\.discount)), refunds: sum(refunds.map(\.total)),
      voids: sum(sold.filter { $0.state == .voided }.map(\.total)), byMethod: byMethod,
      byCashier: totals(byCashier), byHour: totals(byHour), memberSales: member,
      nonMemberSales: nonMember, topProducts: topProducts(completed, refunds))
  }

  /// What `sale` adds to the day's net: gross − discounts of a sale, less its total when it was
  /// voided; minus its total for a refund.
  private static func netContribution(_ sale: Sale) -> Money {
    if sale.refundOf != nil { return .zero - sale.total }
    let gross = sale.lines.reduce(Money.zero) { $0 + $1.quantity.amount(at: $1.unitPrice) }
    return gross - sale.discount - (sale.state == .voided ? sale.total : .zero)
  }

  /// The ten products with the largest line amounts: sold lines less refunded lines.
  private static func topProducts(_ sold: [Sale], _ refunds: [Sale]) -> [DailySummary.TopProduct] {
    var products = [String: DailySummary.TopProduct]()
    func add(_ line: SaleLine, sign: Int64) {
      var product =
        products[line.sku]
        ?? DailySummary.TopProduct(sku: line.sku, name: line.name, quantity: .zero, amount: .zero)
      // A pack line carries the pack's name: prefer the name of a line in the base unit.
      if line.packBarcode == nil { product.name = line.name }
      product.quantity = product.quantity + line.baseQuantity * sign
      product.amount += Money(line.amount.rupiah * sign)
      products[line.sku] = product
    }
    for line in sold.flatMap(\.lines) { add(line, sign: 1) }
    for line in refunds.flatMap(\.lines) { add(line, sign: -1) }
    let ranked = products.values.sorted {
      $0.amount != $1.amount ? $0.amount > $1.amount : $0.sku < $1.sku
    }
    return Array(ranked.prefix(10))
  }
}
