import Foundation
import KasirCore
import KasirProtocol
import KasirStore

extension RequestHandler {
  /// The reasons an adjustment may give.
  static let adjustmentReasons = ["count", "damaged", "expired", "lost", "correction"]

  static func addStockAdjustMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    let store = context.store
    registry.add(StockAPI.Adjust.self, managerOnly: true) { parameters, caller in
      let adjustment: StockAdjustment
      switch (parameters.countedQuantity, parameters.delta) {
      case (let counted?, nil): adjustment = .counted(Quantity(counted))
      case (nil, let delta?):
        guard delta.value != 0 else { throw VarlinkError.invalidParameter("delta") }
        adjustment = .delta(Quantity(delta))
      default: throw VarlinkError.invalidParameter("countedQuantity")
      }
      guard adjustmentReasons.contains(parameters.reason) else {
        throw VarlinkError.invalidParameter("reason")
      }
      do {
        let (level, movement) = try await store.adjust(
          code: parameters.code, adjustment, reason: parameters.reason, note: parameters.note,
          user: caller.user, now: context.now())
        return .init(level: level.wire, movement: movement.wire(context.time))
      } catch StockError.invalidQuantity {
        // A negative count, or a fraction of a product that is not weighed: name the
        // parameter given, not Receive's `lines.quantity`.
        throw VarlinkError.invalidParameter(
          parameters.countedQuantity == nil ? "delta" : "countedQuantity")
      }
    }
    registry.add(StockAPI.Movements.self) { parameters, _ in
      let from = try context.time.day(parameters.from, parameter: "from")
      let to = try context.time.day(parameters.to, parameter: "to", daysLater: 1)
      if let from, let to, from >= to { throw VarlinkError.invalidParameter("from") }
      let movements = try await store.movements(code: parameters.code, from: from, to: to)
      return .init(movements: movements.map { $0.wire(context.time) })
    }
  }
}
