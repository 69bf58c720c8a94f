import KasirCore
import KasirProtocol
import KasirStore

extension RequestHandler {
  static func addReportMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    let store = context.store
    registry.add(ReportAPI.DailySummary.self) { parameters, _ in
      // Not a YYYY-MM-DD day of the calendar (2026-02-30, 2026-13-01, 29-11-2026).
      guard let start = context.time.startOfDay(parameters.date),
        let end = context.time.startOfDay(parameters.date, daysLater: 1)
      else { throw VarlinkError.invalidParameter("date") }
      let summary = try await store.dailySummary(from: start, to: end)
      return .init(summary: summary.wire(date: parameters.date))
    }
  }
}

extension DailySummary {
  func wire(date: String) -> ReportAPI.Summary {
    func amounts(_ totals: [Total]) -> [ReportAPI.Amount] {
      totals.map { ReportAPI.Amount(key: $0.key, amount: $0.amount.rupiah) }
    }
    return ReportAPI.Summary(
      date: date, salesCount: salesCount, gross: gross.rupiah, discounts: discounts.rupiah,
      refunds: refunds.rupiah, voids: voids.rupiah, net: net.rupiah,
      byMethod: byMethod.map {
        ReportAPI.Amount(key: $0.method.rawValue, amount: $0.amount.rupiah)
      },
      byCashier: amounts(byCashier), byHour: amounts(byHour), memberSales: memberSales.rupiah,
      nonMemberSales: nonMemberSales.rupiah,
      topProducts: topProducts.map {
        ReportAPI.TopProduct(
          sku: $0.sku, name: $0.name, quantity: $0.quantity.wire, amount: $0.amount.rupiah)
      })
  }
}
