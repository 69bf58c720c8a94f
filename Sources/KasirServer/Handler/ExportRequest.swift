import Foundation
import KasirCore
import KasirProtocol

/// A checked `Report.Export` call: a known kind and format, and a range of days that exist.
struct ExportRequest: Sendable {
  enum Format: String, Sendable { case csv, xlsx }

  var kind: ExportKind
  var format: Format
  var from: String
  var to: String
  /// The first instant of `from` and the first instant after `to`, in the shop's zone.
  var start: Date
  var end: Date

  static let interface = "id.kasir.Report"

  init(_ parameters: ReportAPI.Export.Parameters, time: ShopTime) throws(VarlinkError) {
    guard let kind = ExportKind(rawValue: parameters.kind) else {
      throw VarlinkError(
        "\(Self.interface).UnknownExportKind", ["kind": .string(parameters.kind)])
    }
    guard let format = Format(rawValue: parameters.format) else {
      throw VarlinkError(
        "\(Self.interface).UnknownExportFormat", ["format": .string(parameters.format)])
    }
    func invalid(_ reason: String) -> VarlinkError {
      VarlinkError(
        "\(Self.interface).InvalidDateRange",
        [
          "from": .string(parameters.from), "to": .string(parameters.to),
          "reason": .string(reason),
        ])
    }
    guard let start = time.startOfDay(parameters.from) else { throw invalid("from") }
    guard let end = time.startOfDay(parameters.to, daysLater: 1) else { throw invalid("to") }
    guard start < end else { throw invalid("order") }
    self.kind = kind
    self.format = format
    self.from = parameters.from
    self.to = parameters.to
    self.start = start
    self.end = end
  }
}
