import Foundation

/// The `.varlink` interface files shipped with this module: the one source of truth.
public enum Interfaces {
  /// Interface name → description text, e.g. `id.kasir.Sale` → its `.varlink` file.
  public static let descriptions: [String: String] = load()

  /// The names, sorted, as `GetInfo` lists them.
  public static var names: [String] { descriptions.keys.sorted() }

  private static func load() -> [String: String] {
    guard
      let directory = Bundle.module.resourceURL?.appendingPathComponent("Interfaces"),
      let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
    else { return [:] }
    var result: [String: String] = [:]
    for file in files where file.hasSuffix(".varlink") {
      let url = directory.appendingPathComponent(file)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
      result[String(file.dropLast(".varlink".count))] = text
    }
    return result
  }

  /// The methods an interface text declares, e.g. `["Open", "AddItem", …]`.
  public static func methods(in description: String) -> [String] {
    description.split(separator: "\n").compactMap { line in
      let trimmed = line.drop(while: { $0 == " " })
      guard trimmed.hasPrefix("method ") else { return nil }
      let rest = trimmed.dropFirst("method ".count)
      return String(rest.prefix(while: { $0.isLetter || $0.isNumber }))
    }
  }
}
