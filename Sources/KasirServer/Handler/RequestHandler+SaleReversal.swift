import KasirCore
import KasirProtocol

/// Refunds, voids and reprints of completed sales.
extension RequestHandler {
  static func addSaleReversalMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    let store = context.store
    registry.add(SaleAPI.Refund.self, managerOnly: true) { parameters, caller in
      let refund = try await store.refund(
        number: parameters.number,
        lines: parameters.lines.map {
          Sale.RefundRequest(lineNo: $0.lineNo, quantity: Quantity($0.quantity))
        },
        reason: parameters.reason, requireOpenShift: context.config.requireOpenShift,
        user: caller.user, now: context.now())
      return .init(refund: refund.wire(context.time))
    }
    registry.add(SaleAPI.VoidSale.self, managerOnly: true) { parameters, caller in
      let sale = try await store.void(
        number: parameters.number, reason: parameters.reason, user: caller.user,
        now: context.now())
      return .init(sale: sale.wire(context.time))
    }
    registry.add(SaleAPI.Reprint.self) { parameters, caller in
      let sale = try await store.sale(number: parameters.number)
      try sale.requireState(.completed, .voided)
      guard let queue = context.printQueue else {
        throw VarlinkError.printFailed("no receipt printer is configured")
      }
      // Queued like every receipt: it prints when the printer takes it.
      let job = try await store.enqueueCopy(
        number: parameters.number, requestedBy: caller.user, now: context.now())
      queue.wake()
      return .init(receiptJob: job.id!)
    }
  }
}

extension VarlinkError {
  /// `id.kasir.Sale.PrintFailed`: the receipt could not be queued.
  static func printFailed(_ reason: String) -> VarlinkError {
    VarlinkError("id.kasir.Sale.PrintFailed", ["reason": .string(reason)])
  }
}
