import KasirCore
import KasirTestSupport
import Testing

@testable import KasirPrinting

@Suite struct ReceiptRendererTests {
  @Test(arguments: [32, 42, 48]) func dump(columns: Int) {
    let d = EscPosDecoder(ReceiptRenderer(columns: columns).render(SampleReceipt.sale))
    Swift.print("COLUMNS \(columns)")
    for l in d.text { Swift.print("      \"\(l.replacingOccurrences(of: "\"", with: "\\\""))\",") }
  }
}
