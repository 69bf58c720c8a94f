import KasirCore
import Testing

/// Found by the fault suite's fuzzing: a member name of at most 120 characters but more code
/// points passed validation, then failed the table's CHECK (length() counts code points) and
/// came back as an internal error. Names are now measured the way SQLite measures them.
@Suite struct StoredLengthTests {
  /// "é" written as e + combining acute accent: one Character, two code points.
  static let decomposed = "e\u{301}"

  @Test func aMemberNameIsMeasuredInCodePoints() throws {
    let fits = Member(number: "A-1", name: String(repeating: Self.decomposed, count: 60))
    #expect(try fits.validated().name.unicodeScalars.count == 120)
    let tooLong = Member(number: "A-1", name: String(repeating: Self.decomposed, count: 61))
    #expect(throws: MemberError.invalidField(field: "name", reason: .nameLength)) {
      try tooLong.validated()
    }
    #expect(throws: MemberError.invalidField(field: "name", reason: .nameLength)) {
      try Member(number: "A-1", name: "Siti\u{0}").validated()
    }
  }

  @Test func aProductNameAndUnitAreMeasuredInCodePoints() throws {
    let name = String(repeating: Self.decomposed, count: 61)
    #expect(throws: CatalogError.invalidField(field: "name", reason: .nameLength)) {
      try Product(sku: "X", name: name, unit: "pcs", price: Money(1)).validate()
    }
    let unit = String(repeating: Self.decomposed, count: 7)
    #expect(throws: CatalogError.invalidField(field: "unit", reason: .unitFormat)) {
      try Product(sku: "X", name: "Kopi", unit: unit, price: Money(1)).validate()
    }
    try Product(
      sku: "X", name: String(repeating: Self.decomposed, count: 60), unit: "pcs", price: Money(1)
    ).validate()
  }
}
