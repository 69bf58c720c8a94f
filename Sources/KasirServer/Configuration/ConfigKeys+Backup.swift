extension ConfigKeys {
  /// `[backup]`: where backups go, how many are kept, and the automatic daily one.
  static let backup: [String: Apply] = [
    "directory": { config, value throws(ConfigError) in
      config.backupDirectory = try optional(value)
    },
    "keep": { config, value throws(ConfigError) in config.backupKeep = try value.int(in: 1...1000)
    },
    "daily_at": { config, value throws(ConfigError) in config.backupDailyAt = try dailyAt(value) },
  ]

  /// `"23:30"`: a time of day on the shop's clock; `""` means no automatic backup.
  static func dailyAt(_ value: ConfigValue) throws(ConfigError) -> DailyTime? {
    let text = try value.string()
    if text.isEmpty { return nil }
    guard let time = DailyTime(text) else {
      throw ConfigError(
        key: value.key,
        message: "must be a time of day HH:MM in quotes, e.g. \"21:30\", or \"\" for none, "
          + "not \"\(text)\"")
    }
    return time
  }
}
