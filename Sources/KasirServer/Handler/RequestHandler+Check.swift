import KasirProtocol

extension RequestHandler {
  static func addCheckMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    registry.add(AdminAPI.Check.self, managerOnly: true) { _, _ in
      let report = try await context.store.check()
      if !report.ledgerOk || report.integrity != "ok" {
        context.logger.error(
          "database check failed",
          metadata: [
            "check.integrity": "\(report.integrity)",
            "check.mismatches": "\(report.mismatches.count)",
          ])
      }
      return .init(
        integrity: report.integrity, ledgerOk: report.ledgerOk,
        mismatches: report.mismatches.map {
          AdminAPI.Mismatch(
            sku: $0.sku, onHand: $0.onHand.wire, sumOfMovements: $0.sumOfMovements.wire)
        })
    }
  }
}
