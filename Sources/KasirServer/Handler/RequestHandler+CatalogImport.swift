import KasirCore
import KasirProtocol
import KasirStore

extension RequestHandler {
  static func addCatalogImportMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    let store = context.store
    registry.add(CatalogAPI.ImportProducts.self, managerOnly: true) { parameters, caller in
      let parsed = CatalogCSV.parseAll(parameters.csv, rules: context.config.catalogRules)
      var errors = parsed.errors
      var summary = ImportSummary()
      do {
        // With bad rows already found, the good ones are still checked against the database
        // (in a dry run) so that the reply lists every bad row at once.
        summary = try await store.importProducts(
          parsed.rows.map { ($0.number, $0.product) },
          replacingPacks: parsed.rows.first?.packsGiven ?? false,
          dryRun: (parameters.dryRun ?? false) || !errors.isEmpty, user: caller.user,
          now: context.now())
      } catch let error as ImportRejected {
        errors += error.problems.map {
          CatalogCSV.RowError(row: $0.row, field: $0.field, message: CatalogCSV.message($0.error))
        }
      }
      guard errors.isEmpty else { throw rejected(errors) }
      return .init(created: summary.created, updated: summary.updated, unchanged: summary.unchanged)
    }
    registry.add(CatalogAPI.ExportProducts.self) { _, _ in
      .init(csv: CatalogCSV.export(try await store.allProducts(now: context.now())))
    }
  }

  /// `ImportRejected {errors}`, rows in file order.
  private static func rejected(_ errors: [CatalogCSV.RowError]) -> VarlinkError {
    let sorted = errors.sorted { $0.row < $1.row }
    return VarlinkError(
      "id.kasir.Catalog.ImportRejected",
      [
        "errors": .array(
          sorted.map {
            .object([
              "row": .int(Int64($0.row)), "field": .string($0.field),
              "message": .string($0.message),
            ])
          })
      ])
  }
}
