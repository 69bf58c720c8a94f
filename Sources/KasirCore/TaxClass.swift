/// A tax class name: `exempt`, `ppn11`, or one the shop configures.
public struct TaxClass: RawRepresentable, Sendable, Hashable, Codable {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let exempt = TaxClass(rawValue: "exempt")
  public static let ppn11 = TaxClass(rawValue: "ppn11")
  public static let builtIn: [TaxClass] = [.exempt, .ppn11]
}
