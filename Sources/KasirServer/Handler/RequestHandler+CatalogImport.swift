import KasirCore
import KasirProtocol
import KasirStore
import NIOPosix

extension RequestHandler {
  static func addCatalogImportMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    registry.add(CatalogAPI.ImportProducts.self, managerOnly: true) { parameters, caller in
      try await importCatalog(
        parameters.csv, dryRun: parameters.dryRun ?? false, caller: caller, context)
    }
    // The same import, sent in parts on one connection (see id.kasir.Catalog.varlink).
    registry.addWithConnection(CatalogAPI.BeginImport.self, managerOnly: true) {
      parameters, _, connection in
      .init(
        importId: connection.beginImport(dryRun: parameters.dryRun ?? false),
        maxMessageBytes: context.config.maxMessageBytes)
    }
    registry.addWithConnection(CatalogAPI.AddImportPart.self, managerOnly: true) {
      parameters, _, connection in
      .init(
        receivedBytes: try connection.addImportPart(id: parameters.importId, csv: parameters.csv))
    }
    registry.addWithConnection(CatalogAPI.CommitImport.self, managerOnly: true) {
      parameters, caller, connection in
      let staged = try connection.takeImport(id: parameters.importId)
      return try await importCatalog(staged.csv, dryRun: staged.dryRun, caller: caller, context)
    }
    registry.add(CatalogAPI.ExportProducts.self) { _, _ in
      .init(csv: CatalogCSV.export(try await context.store.allProducts(now: context.now())))
    }
  }

  /// Parses and imports a catalog CSV, all or nothing; `ImportRejected` lists every bad row.
  private static func importCatalog(
    _ csv: String, dryRun: Bool, caller: Caller, _ context: ServerContext
  ) async throws -> CatalogAPI.ImportProducts.Reply {
    // Parsing and checking 20,000 rows takes a few hundred milliseconds: on NIO's thread pool,
    // not on one of the two threads of Swift's cooperative pool that every connection shares.
    let rules = context.config.catalogRules
    let parsed = try await NIOThreadPool.singleton.runIfActive {
      CatalogCSV.parseAll(csv, rules: rules)
    }
    var errors = parsed.errors
    var summary = ImportSummary()
    do {
      // With bad rows already found, the good ones are still checked against the database
      // (in a dry run) so that the reply lists every bad row at once.
      summary = try await context.store.importProducts(
        parsed.rows.map { ($0.number, $0.product) },
        replacingPacks: parsed.rows.first?.packsGiven ?? false, dryRun: dryRun || !errors.isEmpty,
        user: caller.user, now: context.now())
    } catch let error as ImportRejected {
      errors += error.problems.map {
        CatalogCSV.RowError(row: $0.row, field: $0.field, message: CatalogCSV.message($0.error))
      }
    }
    guard errors.isEmpty else { throw rejected(errors) }
    return .init(created: summary.created, updated: summary.updated, unchanged: summary.unchanged)
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
