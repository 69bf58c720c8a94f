import KasirCore
import Testing

@Suite struct BarcodeTests {
  @Test(arguments: [
    ("8991234000206", Barcode.Kind.ean13), ("96385074", .ean8), ("036000291452", .upcA),
    ("2010001007500", .inStore),
  ])
  func validCodesAreRecognised(code: String, kind: Barcode.Kind) throws {
    #expect(try Barcode.validate(code) == kind)
  }

  @Test(arguments: [
    ("8991234000207", CatalogError.BarcodeProblem.checkDigit), ("12345", .length),
    ("899123400020A", .notDigits), ("", .length),
  ])
  func invalidCodesSayWhy(code: String, problem: CatalogError.BarcodeProblem) {
    #expect(throws: CatalogError.invalidBarcode(code: code, reason: problem)) {
      try Barcode.validate(code)
    }
  }

  @Test func scaleBarcodesCarryPluAndGrams() throws {
    // prefix 20, PLU 10001, 00750 g, check digit
    let body = "201000100750"
    let code = body + String(Barcode.checkDigit(for: body.compactMap(\.wholeNumberValue)))
    let decoded = try #require(ScaleBarcode(code: code))
    #expect(decoded.plu == "10001")
    #expect(decoded.quantity(kind: .grams, unitPrice: 13_500) == Quantity(thousandths: 750))
    // the same value read as a price: Rp750 of a Rp15.000/kg product is 0,05 kg
    #expect(decoded.quantity(kind: .rupiah, unitPrice: 15_000) == Quantity(thousandths: 50))
    #expect(ScaleBarcode(code: "8991234000206") == nil)
    let wrongCheck = (code.last!.wholeNumberValue! + 1) % 10
    #expect(ScaleBarcode(code: body + String(wrongCheck)) == nil)
    #expect(ScaleBarcode(code: code, prefixes: 21...29) == nil)
  }
}
