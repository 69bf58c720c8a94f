import Testing

@testable import KasirServer

/// `PlainCall` reads only the plain shape of a call and refuses everything else, so the full
/// decoder answers it.
@Suite struct PlainCallTests {
  @Test func readsThePlainShapeInAnyOrderWithAnySpacing() {
    let expected = PlainCall(
      method: "id.kasir.Stock.GetLevel", parameters: ["code": "8991000000034"])
    let spellings = [
      #"{"method":"id.kasir.Stock.GetLevel","parameters":{"code":"8991000000034"}}"#,
      #"{"parameters":{"code":"8991000000034"},"method":"id.kasir.Stock.GetLevel"}"#,
      "\t{ \"method\" :\"id.kasir.Stock.GetLevel\",\n\"parameters\": {\"code\" : \"8991000000034\"}}\r\n",
    ]
    for text in spellings { #expect(PlainCall(Array(text.utf8)) == expected, "\(text)") }
    #expect(
      PlainCall(Array(#"{"method":"org.varlink.service.GetInfo"}"#.utf8))
        == PlainCall(method: "org.varlink.service.GetInfo", parameters: [:]))
    #expect(
      PlainCall(Array(#"{"method":"a.b.C","parameters":{}}"#.utf8))
        == PlainCall(method: "a.b.C", parameters: [:]))
  }

  @Test func readsWholeNumbersApartFromStrings() {
    let text = #"{"method":"a.b.C","parameters":{"q":"kopi","limit": 20 ,"n":-7,"z":0}}"#
    #expect(
      PlainCall(Array(text.utf8))
        == PlainCall(
          method: "a.b.C", parameters: ["q": "kopi"],
          numbers: ["limit": 20, "n": -7, "z": 0]))
    let largest = #"{"method":"a.b.C","parameters":{"n":999999999999999999}}"#
    #expect(PlainCall(Array(largest.utf8))?.numbers == ["n": 999_999_999_999_999_999])
  }

  @Test func refusesEverythingElse() {
    let refused = [
      "", "{}", "[]", "null", #"{"method":"a.b.C""#, #"{"method":"a.b.C",}"#,
      #"{"method":"a.b.C"} {}"#, #"{"method":"a.b.C","oneway":true}"#,
      #"{"method":"a.b.C","more":false}"#, #"{"method":"a.b.C","upgrade":false}"#,
      #"{"method":"a.b.C","method":"a.b.D"}"#, #"{"method":"a.b.C","parameters":{"n":1.5}}"#,
      #"{"method":"a.b.C","parameters":{"n":1e3}}"#, #"{"method":"a.b.C","parameters":{"n":01}}"#,
      #"{"method":"a.b.C","parameters":{"n":-}}"#, #"{"method":"a.b.C","parameters":{"n":+1}}"#,
      #"{"method":"a.b.C","parameters":{"n":1234567890123456789}}"#,
      #"{"method":"a.b.C","parameters":{"n":-9223372036854775808}}"#,
      #"{"method":"a.b.C","parameters":{"n":123456789012345678901234567890}}"#,
      #"{"method":"a.b.C","parameters":{"n":1,"n":"x"}}"#,
      #"{"method":"a.b.C","parameters":{"n":"x","n":2}}"#,
      #"{"method":"a.b.C","parameters":{"n":"x","n":"y"}}"#,
      #"{"method":"a.b.C","parameters":{"n":{"m":"x"}}}"#,
      #"{"method":"a.b.C","parameters":{"n":null}}"#,
      #"{"method":"a.b.C","parameters":{"n":"a\"b"}}"#,
      #"{"method":"a.b.C","parameters":{"n":"\u0041"}}"#,
      #"{"method":"a.b.C","parameters":{"n":"Énak"}}"#, "{\"method\":\"a.b\u{01}C\"}",
      #"{"method":42}"#, #"{"parameters":{}}"#, #"{"method":"a.b.C","parameters":null}"#,
      #"{"method":"a.b.C","parameters":{"n":"x",}}"#, #"{"method":"a.b.C","parameters":{"n"}}"#,
    ]
    for text in refused { #expect(PlainCall(Array(text.utf8)) == nil, "\(text)") }
    #expect(PlainCall([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x22, 0x22, 0x7D]) == nil)
  }
}
