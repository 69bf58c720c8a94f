import KasirProtocol

extension RequestHandler {
  static func addServiceMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    registry.add(ServiceAPI.GetInfo.self) { _, _ in
      ServiceAPI.GetInfo.Reply(
        vendor: "Kasir", product: "kasird", version: KasirVersion.current,
        url: "", interfaces: Interfaces.names)
    }
    registry.add(ServiceAPI.GetInterfaceDescription.self) { parameters, _ in
      guard let description = Interfaces.descriptions[parameters.interface] else {
        throw VarlinkError.interfaceNotFound(parameters.interface)
      }
      return ServiceAPI.GetInterfaceDescription.Reply(description: description)
    }
  }

  static func addAdminMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    registry.add(AdminAPI.Info.self) { _, caller in
      AdminAPI.Info.Reply(
        version: KasirVersion.current, database: context.store.path,
        socket: context.config.socketPath,
        uptimeSeconds: Int64(context.now().timeIntervalSince(context.startedAt)),
        timezone: context.config.timezone, shopName: context.config.shopName,
        role: caller.role?.rawValue, user: caller.user)
    }
  }
}
