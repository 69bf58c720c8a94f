/// A tax class name: `exempt`, `ppn11`, or one the shop configures.
public struct TaxClass: RawRepresentable, Sendable, Hashable, Codable {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let exempt = TaxClass(rawValue: "exempt")
  public static let ppn11 = TaxClass(rawValue: "ppn11")
  public static let builtIn: [TaxClass] = [.exempt, .ppn11]

  /// 1 to 20 lowercase ASCII letters, digits or `_`, e.g. `ppnbm`.
  public static func isWellFormed(_ name: String) -> Bool {
    !name.isEmpty && name.count <= 20
      && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
  }
}
