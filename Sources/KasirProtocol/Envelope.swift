/// The parts of a varlink call the server reads before it knows the method.
public struct CallHeader: Decodable, Sendable {
  public var method: String
  public var more: Bool?
  public var oneway: Bool?
  public var upgrade: Bool?
}

/// A call's parameters, decoded once the method is known.
public struct CallParameters<Parameters: Decodable>: Decodable {
  public var parameters: Parameters?
}

/// A call as sent by a client.
public struct Call<Parameters: Encodable & Sendable>: Encodable, Sendable {
  public var method: String
  public var parameters: Parameters
  public var more: Bool?
  public var oneway: Bool?

  public init(method: String, parameters: Parameters, more: Bool? = nil, oneway: Bool? = nil) {
    self.method = method
    self.parameters = parameters
    self.more = more
    self.oneway = oneway
  }
}

/// A successful reply.
public struct Reply<Parameters: Codable & Sendable>: Codable, Sendable {
  public var parameters: Parameters
  public var continues: Bool?

  public init(parameters: Parameters, continues: Bool? = nil) {
    self.parameters = parameters
    self.continues = continues
  }
}

/// The first look at any reply: is it an error, and does more follow?
public struct ReplyHeader: Decodable, Sendable {
  public var error: String?
  public var continues: Bool?
  public var parameters: JSONValue?
}
