import KasirCore
import KasirProtocol
import KasirStore

extension RequestHandler {
  static func addCatalogImportMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    let store = context.store
    registry.add(CatalogAPI.ImportProducts.self, managerOnly: true) { parameters, caller in
      let parsed = CatalogCSV.parseAll(parameters.csv)
      guard parsed.errors.isEmpty else { throw rejected(parsed.errors) }
      do {
        let summary = try await store.importProducts(
          parsed.rows.map { ($0.number, $0.product) }, dryRun: parameters.dryRun ?? false,
          user: caller.user, now: context.now())
        return .init(
          created: summary.created, updated: summary.updated, unchanged: summary.unchanged)
      } catch let error as ImportRejected {
        throw rejected(
          error.problems.map {
            CatalogCSV.RowError(
              row: $0.row, field: $0.field, message: CatalogCSV.message($0.error))
          })
      }
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
