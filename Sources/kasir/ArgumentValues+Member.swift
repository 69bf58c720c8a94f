import ArgumentParser

extension ArgumentValues {
  private static var messages: Messages { Messages(language: Language.beforeParsing()) }

  /// Refuses a NIK that is not 16 digits; the daemon checks the rest (province, date of
  /// birth, serial). Called from `validate()`, not as a transform: argument-parser repeats a
  /// transformed value in its refusal, and a NIK is never shown in full.
  static func checkNik(_ text: String?) throws {
    guard let text else { return }
    guard text.count == 16, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      throw ValidationError(messages(.invalidNik))
    }
  }

  /// A calendar year, 2000 to 2999.
  @Sendable static func year(_ text: String) throws -> Int {
    guard text.count == 4, let year = Int(text), (2000...2999).contains(year) else {
      throw ValidationError(messages(.invalidYear, ["value": text]))
    }
    return year
  }
}
