import KasirProtocol

extension RequestHandler {
  static func addBackupMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    registry.add(AdminAPI.Backup.self, managerOnly: true) { _, _ in
      do {
        let result = try await context.backups.make(trigger: "call")
        return .init(path: result.path, bytes: result.bytes)
      } catch let failure as BackupFailure {
        throw VarlinkError("id.kasir.Admin.BackupFailed", ["reason": .string(failure.reason)])
      }
    }
  }
}
