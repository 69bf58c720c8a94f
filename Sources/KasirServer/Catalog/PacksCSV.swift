import KasirCore

/// The `packs` column of the catalog CSV: a product's packs in one cell, separated by `;`,
/// each `BARCODE:FACTOR:PRICE:NAME`, e.g. `8991234001012:40:128000:Karton isi 40`. The name
/// comes last, so it may hold `:` but not `;`.
///
/// A file without the column leaves every product's packs as they are; with it, each row's
/// cell is the product's whole list of packs (an empty cell: no packs). Export always writes it.
enum PacksCSV {
  static let column = "packs"

  static func format(_ packs: [Pack]) -> String {
    packs.map { "\($0.barcode):\($0.factor):\($0.price.rupiah):\($0.name)" }
      .joined(separator: "; ")
  }

  /// The packs of a cell, or a message saying what is wrong with the first bad one.
  static func parse(_ cell: String) -> Result<[Pack], PackCellError> {
    var packs: [Pack] = []
    for (index, part) in cell.split(separator: ";").enumerated() {
      let text = String(part).trimmingSpaces()
      if text.isEmpty { continue }
      let fields = text.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        .map { String($0).trimmingSpaces() }
      guard fields.count == 4, let factor = Int64(fields[1]), let price = Int64(fields[2]) else {
        return .failure(PackCellError(pack: index + 1, text: text))
      }
      packs.append(Pack(barcode: fields[0], name: fields[3], factor: factor, price: Money(price)))
    }
    return .success(packs)
  }

  struct PackCellError: Error {
    var pack: Int
    var text: String
    var message: String {
      "pack \(pack) \"\(text)\" must be BARCODE:FACTOR:PRICE:NAME, packs separated by ';', "
        + "e.g. 8991234001012:40:128000:Karton isi 40"
    }
  }
}
