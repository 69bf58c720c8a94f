import Foundation
import KasirCore
import Testing

@testable import KasirServer

@Suite struct KasirConfigSaleTests {
  @Test func scaleAndRoundingDefaults() throws {
    let config = try KasirConfig.parse("")
    #expect(config.scalePrefixes == 20...29)
    #expect(config.scaleValue == .grams)
    #expect(config.cashRounding == 0)
  }

  @Test func scaleAndRoundingAreRead() throws {
    let config = try KasirConfig.parse(
      """
      [scale]
      prefixes = "21-22"
      value = "rupiah"
      [sale]
      cash_rounding = 100
      """)
    #expect(config.scalePrefixes == 21...22)
    #expect(config.scaleValue == .rupiah)
    #expect(config.cashRounding == 100)
    #expect(try KasirConfig.parse("[scale]\nprefixes = \"27\"").scalePrefixes == 27...27)
  }

  @Test(arguments: [
    ("[scale]\nprefixes = \"19-29\"", "scale.prefixes"),
    ("[scale]\nprefixes = \"25-21\"", "scale.prefixes"),
    ("[scale]\nprefixes = 20", "scale.prefixes"),
    ("[scale]\nvalue = \"kg\"", "scale.value"),
    ("[sale]\ncash_rounding = -100", "sale.cash_rounding"),
    ("[sale]\ncash_rounding = 300", "sale.cash_rounding"),
    ("[sale]\nrounding = 100", "sale.rounding"),
  ])
  func badValuesNameTheirKey(text: String, key: String) throws {
    #expect(throws: ConfigError.self) { try KasirConfig.parse(text) }
    do {
      _ = try KasirConfig.parse(text)
    } catch {
      #expect(error.key == key)
    }
  }
}
