import KasirCore
import KasirProtocol

/// Changing, parking and listing open sales. Each change is committed before the reply.
extension RequestHandler {
  static func addSaleWorkflowMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    let store = context.store
    registry.add(SaleAPI.SetQuantity.self) { parameters, caller in
      let sale = try await store.setQuantity(
        saleId: parameters.saleId, lineNo: parameters.lineNo,
        quantity: Quantity(parameters.quantity), user: caller.user, now: context.now())
      return .init(sale: sale.wire(context.time))
    }
    registry.add(SaleAPI.RemoveLine.self) { parameters, caller in
      let sale = try await store.removeLine(
        saleId: parameters.saleId, lineNo: parameters.lineNo, user: caller.user,
        now: context.now())
      return .init(sale: sale.wire(context.time))
    }
    registry.add(SaleAPI.ApplyDiscount.self) { parameters, caller in
      let discount: Sale.Discount
      switch (parameters.amount, parameters.percent) {
      case (let amount?, nil): discount = .amount(Money(amount))
      case (nil, let percent?): discount = .percent(thousandths: percent.value)
      default: throw VarlinkError.invalidParameter("amount")
      }
      let sale = try await store.applyDiscount(
        saleId: parameters.saleId, lineNo: parameters.lineNo, discount: discount,
        user: caller.user, now: context.now())
      return .init(sale: sale.wire(context.time))
    }
    registry.add(SaleAPI.Hold.self) { parameters, caller in
      let sale = try await store.hold(
        saleId: parameters.saleId, user: caller.user, now: context.now())
      return .init(sale: sale.wire(context.time))
    }
    registry.add(SaleAPI.Resume.self) { parameters, caller in
      let sale = try await store.resume(
        saleId: parameters.saleId, user: caller.user, now: context.now())
      return .init(sale: sale.wire(context.time))
    }
    registry.add(SaleAPI.Cancel.self) { parameters, caller in
      _ = try await store.cancel(
        saleId: parameters.saleId, reason: nil, user: caller.user, now: context.now())
      return Empty()
    }
    registry.add(SaleAPI.ListOpen.self) { _, _ in
      .init(sales: try await store.openSales().map { $0.wire(context.time) })
    }
  }
}
