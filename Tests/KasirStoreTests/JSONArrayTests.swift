import Foundation
import Testing

@testable import KasirStore

/// `Store.jsonArray` gives `json_each` exactly the strings it was given.
@Suite struct JSONArrayTests {
  @Test func anyTextSurvivesTheRoundTrip() throws {
    let texts = ["BER-MED", #"a"b"#, #"c\d"#, "e\u{1}f\n", "Énak ½", ""]
    let data = Data(Store.jsonArray(texts).utf8)
    #expect(try JSONSerialization.jsonObject(with: data) as? [String] == texts)
    #expect(Store.jsonArray([]) == "[]")
  }
}
