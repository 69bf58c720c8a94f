import Foundation
import KasirProtocol

/// JSON encoding and decoding for varlink messages, in one place.
enum WireCodec {
  /// Shared by every connection: Foundation's `JSONEncoder` and `JSONDecoder` are `Sendable`
  /// (their options are behind a lock; each call encodes or decodes with state of its own).
  static let jsonEncoder = encoder()
  static let jsonDecoder = JSONDecoder()

  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    return encoder
  }

  /// A reply message body (without the NUL).
  static func reply<P: Codable & Sendable>(_ parameters: P, continues: Bool? = nil) throws -> Data {
    try jsonEncoder.encode(Reply(parameters: parameters, continues: continues))
  }

  static func error(_ error: VarlinkError) -> Data {
    // Encoding a VarlinkError cannot fail: it is strings and JSON values.
    (try? jsonEncoder.encode(error))
      ?? Data(#"{"error":"org.varlink.service.InvalidParameter","parameters":{}}"#.utf8)
  }

  /// Decodes a call's parameters; an absent `parameters` is read as `{}`.
  /// A missing or mistyped field becomes `InvalidParameter` naming it.
  static func parameters<P: Decodable>(_ type: P.Type, from frame: Data) throws(VarlinkError) -> P {
    do {
      if let parameters = try jsonDecoder.decode(CallParameters<P>.self, from: frame).parameters {
        return parameters
      }
      return try jsonDecoder.decode(P.self, from: Data("{}".utf8))
    } catch let error as DecodingError {
      throw .invalidParameter(parameterName(error))
    } catch {
      throw .invalidParameter("parameters")
    }
  }

  /// The dotted path of the field a decoding error is about, e.g. `payments.amount`.
  static func parameterName(_ error: DecodingError) -> String {
    var path: [any CodingKey]
    switch error {
    case .keyNotFound(let key, let context): path = context.codingPath + [key]
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      path = context.codingPath
    @unknown default: path = []
    }
    let names = path.filter { $0.intValue == nil }.map(\.stringValue).filter { $0 != "parameters" }
    return names.isEmpty ? "parameters" : names.joined(separator: ".")
  }
}
