import KasirProtocol

extension RequestHandler {
  /// `Report.Export`, streamed: managers only.
  static func addExportMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    registry.addStreaming(ReportAPI.Export.self, managerOnly: true) { parameters, _, emit in
      let request = try ExportRequest(parameters, time: context.time)
      let exporter = Exporter(store: context.store, time: context.time, request: request)
      switch request.format {
      case .csv: try await exporter.csv(emit)
      case .xlsx: try await exporter.xlsx(emit)
      }
    }
  }
}
