/// Whole rupiah as people write them: `Rp12.500`, dots between thousands.
enum Rupiah {
  /// The largest amount a person may type: a thousand trillion rupiah.
  static let limit: Int64 = 1_000_000_000_000_000

  /// `12500` → `Rp12.500`, `-500` → `-Rp500`.
  static func format(_ amount: Int64) -> String {
    (amount < 0 ? "-" : "") + "Rp" + grouped(amount.magnitude)
  }

  /// `1234567` → `1.234.567`.
  static func grouped(_ value: UInt64) -> String {
    var digits = Array(String(value))
    var result: [Character] = []
    while digits.count > 3 {
      result.insert(contentsOf: ["."] + digits.suffix(3), at: 0)
      digits.removeLast(3)
    }
    return String(digits + result)
  }

  /// Parses `50000`, `50.000` or `Rp50.000` (also `Rp 50.000`); nil for anything else,
  /// such as `50,5`, `-1`, `5.00` or `abc`.
  static func parse(_ text: String) -> Int64? {
    var rest = Substring(text)
    if rest.lowercased().hasPrefix("rp") {
      rest = rest.dropFirst(2)
      if rest.first == " " { rest = rest.dropFirst() }
    }
    let groups = rest.split(separator: ".", omittingEmptySubsequences: false)
    guard let first = groups.first, !first.isEmpty,
      groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    if groups.count > 1 {
      guard first.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
        return nil
      }
    }
    let digits = groups.joined()
    guard digits.count <= 18, let value = Int64(digits), value <= limit else { return nil }
    return value
  }
}
