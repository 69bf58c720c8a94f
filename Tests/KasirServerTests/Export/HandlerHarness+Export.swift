import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

/// An export as the handler sent it: each reply's header, and the file's bytes.
struct ExportResult {
  var headers: [ReplyHeader]
  var replies: [ReportAPI.Export.Reply]
  var bytes: Data
  var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension HandlerHarness {
  /// Calls `Report.Export` with `more: true` and joins its chunks; an error reply throws.
  func export(
    _ kind: String, from: String = "2026-11-29", to: String = "2026-11-29",
    format: String = "csv", as caller: Caller = manager
  ) async throws -> ExportResult {
    let call = Call(
      method: ReportAPI.Export.name,
      parameters: ReportAPI.Export.Parameters(kind: kind, from: from, to: to, format: format),
      more: true)
    let outcome = await handler.handle(try JSONEncoder().encode(call), caller: caller)
    var result = ExportResult(headers: [], replies: [], bytes: Data())
    for data in outcome.replies {
      let header = try JSONDecoder().decode(ReplyHeader.self, from: data)
      if let error = header.error {
        guard case .object(let parameters)? = header.parameters else { throw VarlinkError(error) }
        throw VarlinkError(error, parameters)
      }
      let reply = try JSONDecoder().decode(Reply<ReportAPI.Export.Reply>.self, from: data)
      result.headers.append(header)
      result.replies.append(reply.parameters)
      if reply.parameters.encoding == "base64" {
        result.bytes.append(try #require(Data(base64Encoded: reply.parameters.chunk)))
      } else {
        result.bytes.append(Data(reply.parameters.chunk.utf8))
      }
    }
    return result
  }

  /// A sale of 3 noodles and 0,75 kg rice (20.325), a refund of 2 noodles (6.800) and a second
  /// such sale, voided: the takings are 13.525.
  func saleRefundAndVoid() async throws -> (sale: String, refund: String, voided: String) {
    let sale = try await completedSale()
    let refund = try await call(
      SaleAPI.Refund.self,
      .init(
        number: sale.number, lines: [.init(lineNo: 1, quantity: Thousandths(whole: 2))],
        reason: "rusak")
    ).refund
    let voided = try await completedSale()
    try await call(SaleAPI.VoidSale.self, .init(number: voided.number, reason: "salah"))
    return (sale.number, refund.number, voided.number)
  }
}

/// RFC 4180 records of `text` (quoted fields with commas, quotes and line breaks).
func csvRecords(_ text: String) -> [[String]] {
  var records: [[String]] = []
  var record: [String] = []
  var field = ""
  var quoted = false
  var characters = Array(text).makeIterator()
  while let character = characters.next() {
    if quoted {
      if character == "\"" {
        quoted = false
      } else {
        field.append(character)
      }
      continue
    }
    switch character {
    case "\"":
      if !field.isEmpty { field.append("\"") }
      quoted = true
    case ",":
      record.append(field)
      field = ""
    case "\r\n", "\n":
      record.append(field)
      records.append(record)
      (record, field) = ([], "")
    default: field.append(character)
    }
  }
  if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
  return records
}
