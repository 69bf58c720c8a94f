import Foundation
import KasirCore

/// Every key the configuration file may hold, section by section, and how each is applied.
enum ConfigKeys {
  typealias Apply = @Sendable (inout KasirConfig, ConfigValue) throws(ConfigError) -> Void

  static let sections: [String: [String: Apply]] = [
    "shop": [
      "name": { config, value throws(ConfigError) in config.shopName = try nonEmpty(value) },
      "address": { config, value throws(ConfigError) in config.shopAddress = try value.strings() },
      "npwp": { config, value throws(ConfigError) in config.npwp = try optional(value) },
      "timezone": { config, value throws(ConfigError) in config.timezone = try timeZone(value) },
      "language": { config, value throws(ConfigError) in
        config.language = KasirConfig.Language(rawValue: try value.oneOf(["id", "en"]))!
      },
    ],
    "database": [
      "path": { config, value throws(ConfigError) in config.databasePath = try nonEmpty(value) },
      "max_size_mb": { config, value throws(ConfigError) in
        config.databaseMaxSizeMB = try value.int(in: 0...1_048_576)
      },
    ],
    "socket": [
      "path": { config, value throws(ConfigError) in config.socketPath = try nonEmpty(value) },
      "group": { config, value throws(ConfigError) in config.socketGroup = try optional(value) },
      "mode": { config, value throws(ConfigError) in config.socketMode = try mode(value) },
      "max_message_bytes": { config, value throws(ConfigError) in
        config.maxMessageBytes = try value.int(in: 1024...64 * 1_048_576)
      },
    ],
    "roles": [
      "cashier_group": { config, value throws(ConfigError) in
        config.cashierGroup = try nonEmpty(value)
      },
      "manager_group": { config, value throws(ConfigError) in
        config.managerGroup = try nonEmpty(value)
      },
    ],
    "printer": printer,
    "scale": [
      "prefixes": { config, value throws(ConfigError) in config.scalePrefixes = try prefixes(value)
      },
      "value": { config, value throws(ConfigError) in
        config.scaleValue = ScaleBarcode.ValueKind(rawValue: try value.oneOf(["grams", "rupiah"]))!
      },
    ],
    "sale": [
      "cash_rounding": { config, value throws(ConfigError) in
        config.cashRounding = try cashRounding(value)
      },
      "require_open_shift": { config, value throws(ConfigError) in
        config.requireOpenShift = try value.bool()
      },
    ],
    "catalog": catalog,
    "backup": backup,
    "receipt": [
      "header": { config, value throws(ConfigError) in config.receiptHeader = try value.strings() },
      "footer": { config, value throws(ConfigError) in config.receiptFooter = try value.strings() },
    ],
  ]

  static func nonEmpty(_ value: ConfigValue) throws(ConfigError) -> String {
    let text = try value.string()
    guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ConfigError(key: value.key, message: "must not be empty")
    }
    return text
  }

  /// An empty string means "none".
  static func optional(_ value: ConfigValue) throws(ConfigError) -> String? {
    let text = try value.string()
    return text.isEmpty ? nil : text
  }

  static func timeZone(_ value: ConfigValue) throws(ConfigError) -> String {
    let name = try value.string()
    guard TimeZone(identifier: name) != nil else {
      throw ConfigError(
        key: value.key,
        message: "unknown time zone \"\(name)\"; use an IANA name such as Asia/Makassar, "
          + "Asia/Jakarta or Asia/Jayapura")
    }
    return name
  }

  static func columns(_ value: ConfigValue) throws(ConfigError) -> Int {
    let columns = try value.int(in: 1...1000)
    guard [32, 42, 48].contains(columns) else {
      throw ConfigError(
        key: value.key, message: "must be 32 (58 mm), 42 or 48 (80 mm), not \(columns)")
    }
    return columns
  }

  /// `"20-29"` or `"20"`: a range of two-digit EAN-13 prefixes (20 to 29 are in-store codes).
  static func prefixes(_ value: ConfigValue) throws(ConfigError) -> ClosedRange<Int> {
    let text = try value.string()
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      .map { Int($0.trimmingCharacters(in: .whitespaces)) }
    guard (1...2).contains(parts.count), let low = parts.first!, let high = parts.last!,
      20 <= low, low <= high, high <= 29
    else {
      throw ConfigError(
        key: value.key,
        message: "must be a prefix or range within 20-29 in quotes, e.g. \"20-29\" or \"21\", "
          + "not \"\(text)\"")
    }
    return low...high
  }

  /// 0 (off) or a step of whole rupiah that divides 1000 or is a multiple of it.
  static func cashRounding(_ value: ConfigValue) throws(ConfigError) -> Int {
    let step = try value.int(in: 0...100_000)
    guard step == 0 || 1000 % step == 0 || step % 1000 == 0 else {
      throw ConfigError(
        key: value.key,
        message: "must be 0 (off) or a step such as 50, 100, 500 or 1000, not \(step)")
    }
    return step
  }

  /// `"0660"`: an octal file mode as a string, as in chmod.
  static func mode(_ value: ConfigValue) throws(ConfigError) -> UInt32 {
    let text = try value.string()
    guard (3...4).contains(text.count), let mode = UInt32(text, radix: 8), mode <= 0o777 else {
      throw ConfigError(
        key: value.key, message: "must be an octal mode in quotes such as \"0660\", not \"\(text)\""
      )
    }
    return mode
  }
}
