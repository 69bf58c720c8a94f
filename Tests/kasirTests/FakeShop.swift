import Foundation
import KasirProtocol
import KasirTestSupport

/// A stateful stand-in for kasird's sale methods, for driving `kasir till`: one sale (id 7),
/// three products, totals computed in whole rupiah. Thread-safe: the fake server calls it
/// from its own thread.
final class FakeShop: @unchecked Sendable {
  struct Product {
    var sku: String
    var name: String
    var unit: String
    var price: Int64
    var memberPrice: Int64? = nil
  }

  static let products: [String: Product] = [
    "8991234567890": .init(
      sku: "MIE-GRG", name: "Mie Goreng", unit: "pcs", price: 3100, memberPrice: 3000),
    "BRS-CURAH": .init(sku: "BRS-CURAH", name: "Beras Curah", unit: "kg", price: 14000),
    "8990001112223": .init(sku: "TLR-10", name: "Telur 10 butir", unit: "pcs", price: 25525),
  ]

  private let lock = NSLock()
  private var sale: SaleAPI.Sale?
  /// Answers the first call that `matches` by closing the connection, after running `hook`.
  private var closeOnce: (matches: @Sendable (JSONValue) -> Bool, hook: @Sendable () -> Void)?
  private var closeMethod = ""

  init(sale: SaleAPI.Sale? = nil) { self.sale = sale }

  /// Closes the connection instead of answering the first `method` call whose parameters
  /// match, after running `hook`: a daemon dying in the middle of a call.
  func close(
    on method: String, when matches: @escaping @Sendable (JSONValue) -> Bool,
    then hook: @escaping @Sendable () -> Void
  ) {
    lock.lock()
    defer { lock.unlock() }
    closeMethod = method
    closeOnce = (matches, hook)
  }

  /// The sale as stored now.
  var current: SaleAPI.Sale? {
    lock.lock()
    defer { lock.unlock() }
    return sale
  }

  static func emptySale(id: Int64 = 7, state: String = "open") -> SaleAPI.Sale {
    SaleAPI.Sale(
      id: id, number: "20261129-00\(id < 10 ? "0" : "")\(id)", state: state, cashier: "siti",
      memberNumber: nil, lines: [], subtotal: 0, discount: 0, rounding: 0, total: 0,
      payments: [], paid: 0, change: 0, openedAt: "2026-11-29T10:15:02+08:00",
      completedAt: nil, refundOf: nil)
  }

  func answer(_ call: FakeVarlinkServer.ReceivedCall) -> FakeVarlinkServer.Answer {
    lock.lock()
    defer { lock.unlock() }
    if let close = closeOnce, closeMethod == call.method, close.matches(call.parameters) {
      closeOnce = nil
      close.hook()
      return .close
    }
    let p = call.parameters
    switch call.method {
    case "id.kasir.Sale.Open":
      sale = Self.emptySale()
      sale?.memberNumber = p["memberNumber"]?.text
      return reply(["sale": sale])
    case "id.kasir.Sale.SetMember":
      guard var current = sale else { return .error("id.kasir.Sale.SaleNotFound") }
      current.memberNumber = p["memberNumber"]?.text
      sale = totalled(current)
      return reply(["sale": sale])
    case "id.kasir.Sale.Get": return reply(["sale": sale])
    case "id.kasir.Sale.ListOpen": return reply(["sales": sale.map { [$0] } ?? []])
    case "id.kasir.Sale.AddItem":
      let code = p["code"]?.text ?? ""
      guard var current = sale, let product = Self.products[code] else {
        return .error("id.kasir.Sale.ProductNotFound", #"{"code":\#(quoted(code))}"#)
      }
      let quantity = Thousandths(text: p["quantity"]?.text ?? "1") ?? Thousandths(whole: 1)
      let lineNo = (current.lines.map(\.lineNo).max() ?? 0) + 1
      current.lines.append(
        .init(
          lineNo: lineNo, sku: product.sku, name: product.name, unit: product.unit,
          quantity: quantity, unitPrice: product.price, priceTier: "regular", discount: 0,
          amount: 0))
      sale = totalled(current)
      return reply(["sale": sale, "lineNo": lineNo])
    case "id.kasir.Sale.RemoveLine":
      guard var current = sale else { return .error("id.kasir.Sale.SaleNotFound") }
      current.lines.removeAll { $0.lineNo == Int(p["lineNo"]?.int ?? 0) }
      sale = totalled(current)
      return reply(["sale": sale])
    case "id.kasir.Sale.Hold", "id.kasir.Sale.Resume":
      sale?.state = call.method.hasSuffix("Hold") ? "held" : "open"
      return reply(["sale": sale])
    case "id.kasir.Sale.Pay": return pay(p)
    default:
      return .error("org.varlink.service.MethodNotFound", #"{"method":"\#(call.method)"}"#)
    }
  }

  private func pay(_ p: JSONValue) -> FakeVarlinkServer.Answer {
    guard var current = sale else { return .error("id.kasir.Sale.SaleNotFound") }
    let payments =
      (try? JSONDecoder().decode(
        [SaleAPI.Payment].self, from: JSONEncoder().encode(p["payments"] ?? .array([])))) ?? []
    if payments.contains(where: { $0.method == "kasbon" }), current.memberNumber == nil {
      return .error("id.kasir.Sale.MemberRequired")
    }
    let paid = payments.reduce(0) { $0 + $1.amount }
    guard paid >= current.total else {
      return .error("id.kasir.Sale.Underpaid", #"{"due":\#(current.total),"tendered":\#(paid)}"#)
    }
    current.payments = payments
    current.paid = paid
    current.change = paid - current.total
    current.state = "completed"
    current.completedAt = "2026-11-29T10:16:40+08:00"
    sale = nil
    return reply(["sale": current, "change": current.change])
  }

  /// Prices every line (member prices when the sale has a member) and adds up the totals.
  private func totalled(_ sale: SaleAPI.Sale) -> SaleAPI.Sale {
    var sale = sale
    var saving: Int64 = 0
    for index in sale.lines.indices {
      let line = sale.lines[index]
      guard let product = Self.products.values.first(where: { $0.sku == line.sku }) else {
        continue
      }
      let member = sale.memberNumber == nil ? nil : product.memberPrice
      let regular = (line.quantity.value * product.price + 500) / 1000
      sale.lines[index].unitPrice = member ?? product.price
      sale.lines[index].priceTier = member == nil ? "regular" : "member"
      sale.lines[index].amount = (line.quantity.value * (member ?? product.price) + 500) / 1000
      saving += regular - sale.lines[index].amount
    }
    sale.subtotal = sale.lines.reduce(0) { $0 + $1.amount }
    sale.total = sale.subtotal
    sale.memberSaving = saving == 0 ? nil : saving
    return sale
  }

  private func reply(_ fields: [String: any Encodable]) -> FakeVarlinkServer.Answer {
    var parts: [String] = []
    for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
      let data = (try? JSONEncoder().encode(value)) ?? Data("null".utf8)
      parts.append("\"\(key)\":" + String(decoding: data, as: UTF8.self))
    }
    return .reply("{" + parts.joined(separator: ",") + "}")
  }

  private func quoted(_ text: String) -> String {
    String(decoding: (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
  }
}

/// Runs `kasir till` with `input` against a fresh `FakeShop`.
func till(
  _ input: String, shop: FakeShop = FakeShop(), arguments: [String] = []
) throws -> (result: ProcessResult, calls: [FakeVarlinkServer.ReceivedCall]) {
  let server = try FakeVarlinkServer { shop.answer($0) }
  defer { server.stop() }
  let result = try ProcessRunner.run(
    BuiltProducts.path("kasir"), ["till", "--socket", server.socketPath] + arguments,
    environment: ["KASIR_LANG": ""], input: input)
  return (result, server.calls)
}
