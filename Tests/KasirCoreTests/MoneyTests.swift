import KasirCore
import Testing

@Suite struct MoneyTests {
  @Test(arguments: [
    (0, "Rp0"), (500, "Rp500"), (12_500, "Rp12.500"), (1_000_000, "Rp1.000.000"),
    (-1_500, "-Rp1.500"), (118_000, "Rp118.000"),
  ])
  func rupiahUseDotsBetweenThousands(rupiah: Int64, text: String) {
    #expect(Money(rupiah).description == text)
  }

  @Test func groupedHasNoCurrencySign() {
    #expect(Money(14_900).grouped == "14.900")
    #expect(Money(-3_400).grouped == "-3.400")
  }
}

@Suite struct QuantityTests {
  @Test(arguments: [
    ("3", 3_000), ("0,75", 750), ("0.75", 750), ("1,5", 1_500), ("0,001", 1), ("-2", -2_000),
    (" 12 ", 12_000),
  ])
  func parsesWhatPeopleType(text: String, thousandths: Int64) {
    #expect(Quantity(text: text)?.thousandths == thousandths)
  }

  @Test(arguments: ["", "abc", "0,7505", "1.2.3", "1,", ",5", "1e3", "1 000", "--1"])
  func refusesEverythingElse(text: String) {
    #expect(Quantity(text: text) == nil)
  }

  @Test func formatsWithTheRightSeparator() {
    #expect(Quantity(thousandths: 750).formatted(decimalSeparator: ",") == "0,75")
    #expect(Quantity(thousandths: 3_000).formatted(decimalSeparator: ",") == "3")
    #expect(Quantity(thousandths: 1_005).description == "1.005")
    #expect(Quantity(thousandths: -250).description == "-0.25")
  }

  @Test func amountsRoundHalfUpToWholeRupiah() {
    // 0,75 kg × 14.900 = 11.175 exactly
    #expect(Quantity(thousandths: 750).amount(at: 14_900) == 11_175)
    // 0,333 kg × 13.650 = 4.545,45 → 4.545
    #expect(Quantity(thousandths: 333).amount(at: 13_650) == 4_545)
    // 0,001 × 500 = 0,5 → 1 (half up)
    #expect(Quantity(thousandths: 1).amount(at: 500) == 1)
    // negative quantities (refunds) round symmetrically
    #expect(Quantity(thousandths: -1).amount(at: 500) == -1)
  }
}
