import Foundation
import KasirCore
import KasirProtocol

extension RequestHandler {
  static func addShiftMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    let store = context.store
    registry.add(ShiftAPI.Open.self) { parameters, caller in
      guard (0...Money.limit.rupiah).contains(parameters.openingCash) else {
        throw VarlinkError.invalidParameter("openingCash")
      }
      let shift = try await store.openShift(
        openingCash: Money(parameters.openingCash), user: caller.user, now: context.now())
      return .init(shift: shift.wire(context.time))
    }
    registry.add(ShiftAPI.CashMovement.self) { parameters, caller in
      // Zero moves nothing; a negative amount takes cash out.
      guard parameters.amount != 0, parameters.amount.magnitude <= Money.limit.rupiah else {
        throw VarlinkError.invalidParameter("amount")
      }
      let reason = parameters.reason.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !reason.isEmpty, reason.count <= 200 else {
        throw VarlinkError.invalidParameter("reason")
      }
      let shift = try await store.moveCash(
        amount: Money(parameters.amount), reason: reason, user: caller.user, now: context.now())
      return .init(shift: shift.wire(context.time))
    }
    registry.add(ShiftAPI.Current.self) { _, _ in
      .init(shift: try await store.currentShift()?.wire(context.time))
    }
    registry.add(ShiftAPI.Close.self) { parameters, caller in
      guard (0...Money.limit.rupiah).contains(parameters.countedCash) else {
        throw VarlinkError.invalidParameter("countedCash")
      }
      let (report, reportJob) = try await store.closeShift(
        countedCash: Money(parameters.countedCash), note: parameters.note,
        queueReport: context.printQueue != nil, user: caller.user, now: context.now())
      if reportJob != nil { context.printQueue?.wake() }
      return .init(report: report.wire(context.time), reportJob: reportJob)
    }
  }
}
