import Foundation
import TOMLKit

extension KasirConfig {
  /// Reads a TOML file: unknown keys, wrong types and bad values are errors that name the key.
  public static func load(path: String) throws(ConfigError) -> KasirConfig {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw ConfigError(
        key: "", message: "cannot read configuration file \(path): \(error.localizedDescription)")
    }
    return try parse(text, source: path)
  }

  public static func parse(_ text: String, source: String = "configuration") throws(ConfigError)
    -> KasirConfig
  {
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw ConfigError(
        key: "",
        message:
          "\(source) is not valid TOML at \(error.source.begin.debugDescription): \(error.description)"
      )
    } catch {
      throw ConfigError(key: "", message: "\(source) is not valid TOML: \(error)")
    }
    var config = KasirConfig()
    for (section, value) in table {
      guard let keys = ConfigKeys.sections[section] else {
        throw ConfigError(
          key: section,
          message:
            "unknown section; allowed: \(ConfigKeys.sections.keys.sorted().joined(separator: ", "))"
        )
      }
      guard let inner = value.table else {
        throw ConfigError(key: section, message: "must be a table, written [\(section)]")
      }
      for (name, item) in inner {
        let key = "\(section).\(name)"
        guard let apply = keys[name] else {
          throw ConfigError(
            key: key,
            message:
              "unknown key; allowed in [\(section)]: \(keys.keys.sorted().joined(separator: ", "))")
        }
        try apply(&config, ConfigValue(key: key, value: item))
      }
    }
    return config
  }

  /// Checks values that depend on each other or on the system (time zone names).
  public func validate() throws(ConfigError) {
    guard TimeZone(identifier: timezone) != nil else {
      throw ConfigError(
        key: "shop.timezone",
        message:
          "unknown time zone \"\(timezone)\"; use an IANA name such as Asia/Makassar, Asia/Jakarta or Asia/Jayapura"
      )
    }
    guard [32, 42, 48].contains(receiptColumns) else {
      throw ConfigError(
        key: "printer.columns",
        message: "must be 32 (58 mm), 42 or 48 (80 mm), not \(receiptColumns)")
    }
    guard printerProfile.codePage != .ascii || printerProfile.codePageNumber == nil else {
      throw ConfigError(
        key: "printer.code_page_number",
        message:
          "has no effect with code_page = \"ascii\" (no ESC t is sent); remove it or set "
          + "code_page to one of: cp437, cp850, cp858, cp1252")
    }
    guard printRetryMaxSeconds >= printRetryInitialSeconds else {
      throw ConfigError(
        key: "printer.retry_max_seconds",
        message:
          "must not be below retry_initial_seconds (\(printRetryInitialSeconds)), not \(printRetryMaxSeconds)"
      )
    }
    guard !databasePath.isEmpty else {
      throw ConfigError(key: "database.path", message: "must not be empty")
    }
    guard !socketPath.isEmpty, socketPath.utf8.count <= 107 else {
      throw ConfigError(
        key: "socket.path", message: "must be a path of 1 to 107 bytes (a Unix socket limit)")
    }
  }
}

/// One value read from the file, with typed accessors that explain a wrong type.
struct ConfigValue {
  var key: String
  var value: any TOMLValueConvertible

  func string() throws(ConfigError) -> String {
    guard let text = value.string else { throw wrongType("a string in quotes") }
    return text
  }

  func int(in range: ClosedRange<Int>) throws(ConfigError) -> Int {
    guard let number = value.int else { throw wrongType("a whole number") }
    guard range.contains(number) else {
      throw ConfigError(
        key: key,
        message: "must be between \(range.lowerBound) and \(range.upperBound), not \(number)")
    }
    return number
  }

  func strings() throws(ConfigError) -> [String] {
    guard let array = value.array else {
      throw wrongType("a list of strings, e.g. [\"line 1\", \"line 2\"]")
    }
    var result: [String] = []
    for element in array {
      guard let text = element.string else { throw wrongType("a list of strings") }
      result.append(text)
    }
    return result
  }

  func oneOf(_ allowed: [String]) throws(ConfigError) -> String {
    let text = try string()
    guard allowed.contains(text) else {
      throw ConfigError(
        key: key,
        message: "\"\(text)\" is not allowed; use one of: \(allowed.joined(separator: ", "))")
    }
    return text
  }

  func wrongType(_ expected: String) -> ConfigError {
    ConfigError(key: key, message: "must be \(expected) (found: \(value.type))")
  }
}
