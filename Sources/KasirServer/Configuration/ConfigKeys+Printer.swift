import KasirPrinting

extension ConfigKeys {
  /// `[printer]`: where receipts go, and the printer's profile (how it wants its bytes).
  static let printer: [String: Apply] = [
    "destination": { config, value throws(ConfigError) in
      config.printerDestination = try optional(value)
    },
    "server": { config, value throws(ConfigError) in config.cupsServer = try optional(value) },
    "columns": { config, value throws(ConfigError) in
      config.printerProfile.columns = try columns(value)
    },
    "timeout_seconds": { config, value throws(ConfigError) in
      config.printTimeoutSeconds = try value.int(in: 1...120)
    },
    "retry_initial_seconds": { config, value throws(ConfigError) in
      config.printRetryInitialSeconds = try value.int(in: 1...600)
    },
    "retry_max_seconds": { config, value throws(ConfigError) in
      config.printRetryMaxSeconds = try value.int(in: 1...3600)
    },
    "cancel_kanji": { config, value throws(ConfigError) in
      config.printerProfile.cancelKanji = try value.bool()
    },
    "code_page": { config, value throws(ConfigError) in
      config.printerProfile.codePage = try value.oneOf(CodePage.allCases)
    },
    "code_page_number": { config, value throws(ConfigError) in
      config.printerProfile.codePageNumber = UInt8(try value.int(in: 0...255))
    },
    "feed_lines": { config, value throws(ConfigError) in
      config.printerProfile.feedLines = try value.int(in: 0...10)
    },
    "cut": { config, value throws(ConfigError) in
      config.printerProfile.cut = try value.oneOf(PrinterProfile.Cut.allCases)
    },
    "drawer": { config, value throws(ConfigError) in
      config.printerProfile.drawer = try value.oneOf(PrinterProfile.Drawer.allCases)
    },
    "drawer_pin": { config, value throws(ConfigError) in
      config.printerProfile.drawerPin = try drawerPin(value)
    },
    "drawer_pulse_ms": { config, value throws(ConfigError) in
      config.printerProfile.drawerPulseMs = try value.int(in: 2...510)
    },
    "sale_code": { config, value throws(ConfigError) in
      config.printerProfile.saleCode = try value.oneOf(PrinterProfile.SaleCode.allCases)
    },
  ]

  static func drawerPin(_ value: ConfigValue) throws(ConfigError) -> PrinterProfile.DrawerPin {
    let number = try value.int(in: Int.min...Int.max)
    guard let pin = PrinterProfile.DrawerPin(rawValue: number) else {
      throw ConfigError(
        key: value.key,
        message: "must be 2 (ESC p 0, most drawers) or 5 (ESC p 1), not \(number)")
    }
    return pin
  }
}

extension ConfigValue {
  func bool() throws(ConfigError) -> Bool {
    guard let flag = value.bool else { throw wrongType("true or false, without quotes") }
    return flag
  }

  /// One of an enumeration's raw values.
  func oneOf<Choice: RawRepresentable & CaseIterable>(_ choices: Choice.AllCases)
    throws(ConfigError) -> Choice where Choice.RawValue == String
  {
    Choice(rawValue: try oneOf(choices.map(\.rawValue)))!
  }
}
