import Foundation
import KasirProtocol

extension ExportCommand {
  /// The call's parameters once kind, format, days and the output folder are checked, or the
  /// first problem found, in words.
  func checkedParameters() throws -> ReportAPI.Export.Parameters {
    guard ReportAPI.Export.kinds.contains(kind) else { throw usage(.unknownKind, ["kind": kind]) }
    let chosen = format ?? (output.lowercased().hasSuffix(".xlsx") ? "xlsx" : "csv")
    guard ReportAPI.Export.formats.contains(chosen) else {
      throw usage(.unknownFormat, ["format": chosen])
    }
    let (first, last): (String, String)
    switch (date, from, to) {
    case (let day?, nil, nil): (first, last) = (day, day)
    case (nil, let start?, let end?): (first, last) = (start, end)
    default: throw usage(.datesNeeded, [:])
    }
    for (option, value) in [(date == nil ? "--from" : "--date", first), ("--to", last)]
    where !Self.isDay(value) {
      throw usage(.badDate, ["value": value, "option": option])
    }
    guard first <= last else { throw usage(.fromAfterTo, ["from": first, "to": last]) }
    let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue
    else { throw usage(.noDirectory, ["directory": folder]) }
    if !force, FileManager.default.fileExists(atPath: output) {
      throw usage(.fileExists, ["file": output])
    }
    return .init(kind: kind, from: first, to: last, format: chosen)
  }

  /// `YYYY-MM-DD` naming a day that exists (2026-02-30 does not).
  static func isDay(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return DateComponents(year: year, month: month, day: day).isValidDate(in: calendar)
  }
}

extension Character {
  fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
