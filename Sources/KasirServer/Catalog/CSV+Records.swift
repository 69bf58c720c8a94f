import KasirCore

extension CSV {
  /// One data row of a CSV file with a header: its row number in the file (the header is
  /// row 1) and its values, trimmed, in the header's order.
  struct Record {
    var row: Int
    var fields: [String]
    /// Column name → position in `fields`; the same for every record of a file.
    var columns: [String: Int]

    /// The value in `column`, nil when the file has no such column.
    subscript(column: String) -> String? { columns[column].map { fields[$0] } }

    /// The values by column name.
    var values: [String: String] { columns.mapValues { fields[$0] } }
  }

  /// Reads a CSV file whose first row names its columns (trimmed, any letter case; a UTF-8
  /// byte order mark is skipped). A broken file, or a column that is unknown, missing or
  /// named twice, is reported and no record is returned; a row with the wrong number of
  /// fields is an error of its own and the other rows are still read.
  static func records(_ text: String, columns: [String], required: [String]) -> (
    records: [Record], errors: [CatalogCSV.RowError]
  ) {
    typealias RowError = CatalogCSV.RowError
    let table: [[String]]
    do {
      table = try CSV.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    } catch {
      return ([], [RowError(row: error.row, field: "", message: error.message)])
    }
    guard let header = table.first?.map({ $0.trimmingSpaces().lowercased() }) else {
      return (
        [], [RowError(row: 1, field: "", message: "the file is empty; it needs a header row")]
      )
    }
    var errors: [RowError] = []
    for name in header where !columns.contains(name) {
      errors.append(RowError(row: 1, field: name, message: "unknown column"))
    }
    for name in required where !header.contains(name) {
      errors.append(RowError(row: 1, field: name, message: "required column missing"))
    }
    for name in Set(header) where header.filter({ $0 == name }).count > 1 {
      errors.append(RowError(row: 1, field: name, message: "column named twice"))
    }
    guard errors.isEmpty else { return ([], errors) }
    let positions = Dictionary(uniqueKeysWithValues: zip(header, header.indices))
    var records: [Record] = []
    records.reserveCapacity(table.count - 1)
    for (index, fields) in table.dropFirst().enumerated() {
      let number = index + 2
      guard fields.count == header.count else {
        errors.append(
          RowError(
            row: number, field: "",
            message: "has \(fields.count) fields, the header has \(header.count)"))
        continue
      }
      records.append(Record(row: number, fields: fields.map(trimmed), columns: positions))
    }
    return (records, errors)
  }

  /// `field.trimmingSpaces()`, without looking at its characters when it starts and ends
  /// with a visible ASCII byte (nearly every field; a character that begins with such a
  /// byte is that byte alone, so it is no space either).
  private static func trimmed(_ field: String) -> String {
    guard let first = field.utf8.first, let last = field.utf8.last else { return field }
    let visible = UInt8(ascii: "!")...UInt8(ascii: "~")
    if visible.contains(first), visible.contains(last) { return field }
    return field.trimmingSpaces()
  }
}
