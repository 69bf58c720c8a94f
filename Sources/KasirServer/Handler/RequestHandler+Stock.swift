import KasirCore
import KasirProtocol

extension RequestHandler {
  static func addStockMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    let store = context.store
    registry.add(StockAPI.GetLevel.self) { parameters, _ in
      .init(level: try await store.stockLevel(code: parameters.code).wire)
    }
    if let reader = store.quickReader {
      // The stock check is the read a till makes most: answered on the event loop when it can.
      registry.addQuick(
        StockAPI.GetLevel.self, parameters: { $0.string("code").map { .init(code: $0) } },
        { parameters in
          try reader.withStockLevel(code: parameters.code, WireCodec.levelReply)
        })
    }
    registry.add(StockAPI.ListLevels.self) { parameters, _ in
      let levels = try await store.stockLevels(
        query: parameters.query, lowOnly: parameters.lowOnly ?? false)
      return .init(levels: levels.map(\.wire))
    }
    registry.add(StockAPI.Receive.self, managerOnly: true) { parameters, caller in
      let lines = parameters.lines.map {
        Receiving.Line(
          code: $0.code, quantity: Quantity($0.quantity), unitCost: $0.unitCost.map { Money($0) })
      }
      let receiving = try await store.receive(
        supplier: parameters.supplier, reference: parameters.reference, lines: lines,
        user: caller.user, now: context.now())
      return .init(receiving: receiving.wire(context.time))
    }
  }
}
