/// A varlink error reply: a qualified name and its parameters.
public struct VarlinkError: Error, Codable, Sendable, Equatable {
  public var error: String
  public var parameters: JSONValue

  public init(_ name: String, _ parameters: [String: JSONValue] = [:]) {
    self.error = name
    self.parameters = .object(parameters)
  }

  /// The last part of the name: `Underpaid` for `id.kasir.Sale.Underpaid`.
  public var shortName: String {
    String(error.split(separator: ".").last ?? Substring(error))
  }

  public static let service = "org.varlink.service"

  public static func interfaceNotFound(_ interface: String) -> VarlinkError {
    VarlinkError("\(service).InterfaceNotFound", ["interface": .string(interface)])
  }
  public static func methodNotFound(_ method: String) -> VarlinkError {
    VarlinkError("\(service).MethodNotFound", ["method": .string(method)])
  }
  public static func methodNotImplemented(_ method: String) -> VarlinkError {
    VarlinkError("\(service).MethodNotImplemented", ["method": .string(method)])
  }
  public static func invalidParameter(_ parameter: String) -> VarlinkError {
    VarlinkError("\(service).InvalidParameter", ["parameter": .string(parameter)])
  }
  public static let permissionDenied = VarlinkError("\(service).PermissionDenied")
  public static let expectedMore = VarlinkError("\(service).ExpectedMore")
}
