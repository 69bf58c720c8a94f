import ArgumentParser
import Foundation

/// The language of everything the client says: Bahasa Indonesia unless told otherwise.
enum Language: String, CaseIterable, ExpressibleByArgument, Sendable {
  case id
  case en

  /// `KASIR_LANG`, when it names a known language.
  static var fromEnvironment: Language? {
    ProcessInfo.processInfo.environment["KASIR_LANG"].flatMap(Language.init(rawValue:))
  }

  /// The language for messages written while the arguments are still being parsed:
  /// a `--lang` among the arguments, else `KASIR_LANG`, else Indonesian.
  static func beforeParsing(_ arguments: [String] = CommandLine.arguments) -> Language {
    for (index, argument) in arguments.enumerated() {
      if argument == "--lang", index + 1 < arguments.count,
        let language = Language(rawValue: arguments[index + 1])
      {
        return language
      }
      if argument.hasPrefix("--lang="),
        let language = Language(rawValue: String(argument.dropFirst("--lang=".count)))
      {
        return language
      }
    }
    return fromEnvironment ?? .id
  }
}
