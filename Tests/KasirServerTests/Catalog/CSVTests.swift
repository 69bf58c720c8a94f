import Testing

@testable import KasirServer

/// The CSV reader of imports (RFC 4180 as spreadsheets write it), field by field.
@Suite struct CSVTests {
  @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
    let text = "a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nx,,\"\"\n"
    #expect(
      try CSV.parse(text) == [
        ["a", "b,c", "say \"hi\"", "two\r\nlines"],
        ["x", "", ""],
      ])
  }

  @Test func lineEndsBlankLinesAndTheLastLine() throws {
    #expect(try CSV.parse("a,b\r\n\r\n\nc,d") == [["a", "b"], ["c", "d"]])
    #expect(try CSV.parse("a,\n") == [["a", ""]])
    #expect(try CSV.parse("") == [])
    // A carriage return outside quotes is dropped wherever it is.
    #expect(try CSV.parse("a\rb,c\r\n") == [["ab", "c"]])
  }

  @Test func textIsKeptAsItIs() throws {
    // Multi-byte UTF-8, a combining accent after a delimiter, spaces (trimmed later, not here).
    let text = "Kopi Kapal Api ☕, \u{301}é ,\"Bánh \u{1F35C}\"\n"
    #expect(try CSV.parse(text) == [["Kopi Kapal Api ☕", " \u{301}é ", "Bánh \u{1F35C}"]])
    // A quote inside an unquoted field is an ordinary character.
    #expect(try CSV.parse("5\" pipa,x\n") == [["5\" pipa", "x"]])
    // A comma followed by a combining mark is one Character, still two fields.
    #expect(try CSV.parse("a,\u{301}b\n") == [["a", "\u{301}b"]])
  }

  @Test func brokenQuotingNamesItsRow() {
    #expect(throws: CSV.ParseError(row: 2, message: "text after a closing quote")) {
      try CSV.parse("a,b\n\"c\"d,e\n")
    }
    #expect(throws: CSV.ParseError(row: 3, message: "a quoted field is not closed")) {
      try CSV.parse("a\nb\n\"c,d\n")
    }
  }

  @Test func recordsTrimValuesAndSkipAByteOrderMark() {
    let text = "\u{FEFF}SKU , Name\r\n A-1 ,\u{A0}Kopi\u{A0}\r\n A-2,x,y\r\n"
    let (records, errors) = CSV.records(text, columns: ["sku", "name"], required: ["sku"])
    #expect(records.count == 1)
    #expect(records.first?.row == 2)
    #expect(records.first?.values == ["sku": "A-1", "name": "Kopi"])
    #expect(records.first?["name"] == "Kopi")
    #expect(records.first?["price"] == nil)
    #expect(errors == [.init(row: 3, field: "", message: "has 3 fields, the header has 2")])
  }
}
