import KasirCore

extension ConfigKeys {
  /// `[catalog]`: the units and the extra tax classes products may have.
  static let catalog: [String: Apply] = [
    "units": { config, value throws(ConfigError) in config.catalogUnits = try units(value) },
    "tax_classes": { config, value throws(ConfigError) in
      config.extraTaxClasses = try taxClasses(value)
    },
  ]

  /// A non-empty list of distinct unit names, each 1 to 12 lowercase letters.
  static func units(_ value: ConfigValue) throws(ConfigError) -> [String] {
    let units = try value.strings()
    guard !units.isEmpty else {
      throw ConfigError(
        key: value.key,
        message: "must name at least one unit, e.g. [\"pcs\", \"kg\", \"liter\"]")
    }
    for unit in units
    where unit.isEmpty || unit.count > 12 || !unit.allSatisfy({ $0.isLetter && $0.isLowercase }) {
      throw ConfigError(
        key: value.key, message: "\"\(unit)\" is not a unit: use 1 to 12 lowercase letters")
    }
    try distinct(units, value)
    return units
  }

  /// Extra tax class names (exempt and ppn11 always exist), each like `ppnbm`.
  static func taxClasses(_ value: ConfigValue) throws(ConfigError) -> [String] {
    let names = try value.strings()
    for name in names where !TaxClass.isWellFormed(name) {
      throw ConfigError(
        key: value.key,
        message:
          "\"\(name)\" is not a tax class name: use 1 to 20 lowercase letters, digits or _")
    }
    try distinct(names, value)
    return names
  }

  private static func distinct(_ names: [String], _ value: ConfigValue) throws(ConfigError) {
    var seen = Set<String>()
    for name in names where !seen.insert(name).inserted {
      throw ConfigError(key: value.key, message: "\"\(name)\" is listed twice")
    }
  }
}
