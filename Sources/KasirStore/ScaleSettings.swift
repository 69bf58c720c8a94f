import KasirCore

/// How the shop's scales print weighed-item barcodes.
public struct ScaleSettings: Sendable, Equatable {
  /// The EAN-13 prefixes that mean "a scale label".
  public var prefixes: ClosedRange<Int>
  /// What the 5-digit value holds: grams or rupiah.
  public var value: ScaleBarcode.ValueKind

  public init(prefixes: ClosedRange<Int> = 20...29, value: ScaleBarcode.ValueKind = .grams) {
    self.prefixes = prefixes
    self.value = value
  }
}
