import KasirCore
import KasirProtocol

extension RequestHandler {
  static func addSaleMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    let store = context.store
    registry.add(SaleAPI.Open.self) { parameters, caller in
      let sale = try await store.openSale(
        cashier: caller.user, memberNumber: parameters.memberNumber,
        requireOpenShift: context.config.requireOpenShift, now: context.now())
      return .init(sale: sale.wire(context.time))
    }
    registry.add(SaleAPI.AddItem.self) { parameters, caller in
      let (sale, lineNo) = try await store.addItem(
        saleId: parameters.saleId, code: parameters.code,
        quantity: parameters.quantity.map { Quantity($0) }, user: caller.user, now: context.now())
      return .init(sale: sale.wire(context.time), lineNo: lineNo)
    }
    registry.add(SaleAPI.Get.self) { parameters, _ in
      let sale: Sale
      switch (parameters.saleId, parameters.number) {
      case (let id?, nil): sale = try await store.sale(id: id)
      case (nil, let number?): sale = try await store.sale(number: number)
      default: throw VarlinkError.invalidParameter("saleId")
      }
      return .init(sale: sale.wire(context.time))
    }
    registry.add(SaleAPI.Pay.self) { parameters, caller in
      let payments = try parameters.payments.map { payment in
        guard let method = Payment.Method(rawValue: payment.method) else {
          throw VarlinkError.invalidParameter("payments.method")
        }
        return Payment(method: method, amount: Money(payment.amount), reference: payment.reference)
      }
      let (sale, change, receiptJob) = try await store.pay(
        saleId: parameters.saleId, payments: payments,
        cashRoundingStep: Money(Int64(context.config.cashRounding)),
        queueReceipt: context.printQueue != nil,
        requireOpenShift: context.config.requireOpenShift, user: caller.user, now: context.now())
      context.printQueue?.wake()
      return .init(sale: sale.wire(context.time), change: change.rupiah, receiptJob: receiptJob)
    }
    registry.add(SaleAPI.SetMember.self) { parameters, _ in
      let sale = try await store.setMember(
        saleId: parameters.saleId, number: parameters.memberNumber, now: context.now())
      return .init(sale: sale.wire(context.time))
    }
  }
}
