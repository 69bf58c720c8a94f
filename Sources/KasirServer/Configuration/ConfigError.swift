/// Why a configuration cannot be used. Each message names the key and what is allowed.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
  public var key: String
  public var message: String

  public init(key: String, message: String) {
    self.key = key
    self.message = message
  }

  public var description: String { key.isEmpty ? message : "\(key): \(message)" }
}
