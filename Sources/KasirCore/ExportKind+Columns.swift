extension ExportKind {
  /// The columns of this kind, in order. `state` is `completed` or `voided`; `type` is `sale`
  /// or `refund`; `net` is what the row adds to the shop's takings (a refund subtracts, a
  /// voided sale adds nothing), so the column's total is the takings of the range.
  public var columns: [ExportColumn] {
    switch self {
    case .sales:
      return [
        .init("sale_number", .text), .init("completed_at", .time), .init("cashier", .text),
        .init("member_number", .text), .init("state", .text), .init("type", .text),
        .init("refund_of", .text), .init("lines", .count), .init("discount", .money),
        .init("rounding", .money), .init("total", .money), .init("net", .money),
      ]
    case .lines:
      return [
        .init("sale_number", .text), .init("completed_at", .time), .init("cashier", .text),
        .init("member_number", .text), .init("sku", .text), .init("name", .text),
        .init("quantity", .quantity), .init("unit", .text), .init("unit_price", .price),
        .init("discount", .money), .init("amount", .money), .init("state", .text),
        .init("type", .text), .init("refund_of", .text), .init("net", .money),
      ]
    case .payments:
      return [
        .init("sale_number", .text), .init("completed_at", .time), .init("cashier", .text),
        .init("method", .text), .init("amount", .money), .init("reference", .text),
        .init("state", .text), .init("type", .text), .init("net", .money),
      ]
    case .movements:
      return [
        .init("at", .time), .init("sku", .text), .init("name", .text), .init("kind", .text),
        .init("delta", .quantity), .init("balance", .quantity), .init("reference", .text),
        .init("user", .text), .init("reason", .text), .init("note", .text),
      ]
    case .members:
      return [
        .init("number", .text), .init("name", .text), .init("nik", .text), .init("phone", .text),
        .init("credit_limit", .money), .init("kasbon_outstanding", .money),
        .init("active", .flag), .init("purchases", .money), .init("transactions", .count),
      ]
    }
  }

  /// The signed contribution of a sale's `amount` to the takings: a refund subtracts, a
  /// voided sale adds nothing.
  public static func net(_ amount: Money, voided: Bool, refund: Bool) -> Money {
    voided ? .zero : refund ? -amount : amount
  }
}
