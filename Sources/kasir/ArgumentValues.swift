import ArgumentParser
import Foundation
import KasirProtocol

/// Transforms for arguments typed by people; a bad value is a usage error that says what is
/// allowed, in the user's language.
enum ArgumentValues {
  private static var messages: Messages { Messages(language: Language.beforeParsing()) }

  /// A rupiah amount: `50000`, `50.000` or `Rp50.000`.
  @Sendable static func amount(_ text: String) throws -> Int64 {
    guard let value = Rupiah.parse(text) else {
      throw ValidationError(messages(.invalidAmount, ["value": text]))
    }
    return value
  }

  /// A quantity above zero: `3`, `0,75` or `0.75`.
  @Sendable static func quantity(_ text: String) throws -> Thousandths {
    guard let value = Thousandths(text: text), value.value > 0 else {
      throw ValidationError(messages(.invalidQuantity, ["value": text]))
    }
    return value
  }

  /// A time in RFC 3339, e.g. `2026-12-01T07:00:00+08:00`.
  @Sendable static func time(_ text: String) throws -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    let fractional = ISO8601DateFormatter()
    fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    guard formatter.date(from: text) != nil || fractional.date(from: text) != nil else {
      throw ValidationError(messages(.invalidTime, ["value": text]))
    }
    return text
  }
}

extension ArgumentValues {
  /// A quantity of zero or more, e.g. a reorder level.
  @Sendable static func level(_ text: String) throws -> Thousandths {
    guard let value = Thousandths(text: text), value.value >= 0 else {
      throw ValidationError(messages(.invalidLevel, ["value": text]))
    }
    return value
  }
}
