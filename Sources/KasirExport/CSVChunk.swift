import Foundation
import KasirCore

/// CSV text being built a row at a time as UTF-8 bytes (the format of `CSVExport`), taken out
/// a chunk at a time. Not thread-safe: one per export, used by one thread at a time.
public final class CSVChunk: @unchecked Sendable {
  private var bytes: [UInt8] = []
  private let times: LocalTimes
  public private(set) var rows = 0

  /// Starts with the header row of `kind`; times are written in `zone`.
  public init(_ kind: ExportKind, zone: TimeZone, capacity: Int) {
    times = LocalTimes(zone: zone)
    bytes.reserveCapacity(capacity)
    bytes.append(contentsOf: CSVExport.header(kind).utf8)
  }

  /// The bytes not yet taken.
  public var count: Int { bytes.count }

  public func append(_ values: [ExportValue]) {
    // One exclusive access to the buffer per row, not one per cell: the checks of a class's
    // stored property were a visible cost.
    var bytes: [UInt8] = []
    swap(&bytes, &self.bytes)
    defer { swap(&bytes, &self.bytes) }
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      switch value {
      case .text(let text): CSVExport.appendField(text, to: &bytes)
      case .money(let money): CSVExport.appendInteger(money.rupiah, to: &bytes)
      case .quantity(let quantity): CSVExport.appendDecimal(quantity, to: &bytes)
      case .count(let count): CSVExport.appendInteger(count, to: &bytes)
      case .flag(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
      case .time(let date): times.appendRFC3339(date, to: &bytes)
      case .empty: break
      }
    }
    bytes.append(contentsOf: [13, 10])
    rows += 1
  }

  /// The text built since the last call, and an empty buffer to go on with.
  public func take() -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    bytes.removeAll(keepingCapacity: true)
    return text
  }
}
