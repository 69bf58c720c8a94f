import Foundation

/// Formats instants through `format`, giving back the last text while the same instant
/// repeats: an export's lines share their sale's time, and formatting a time in the shop's
/// zone (a calendar computation) is the costliest cell of a row. Not thread-safe: one per
/// export.
public final class TimeTextCache {
  private let format: (Date) -> String
  private var last: (date: Date, text: String)?

  public init(_ format: @escaping (Date) -> String) {
    self.format = format
  }

  public func text(_ date: Date) -> String {
    if let last, last.date == date { return last.text }
    let text = format(date)
    last = (date, text)
    return text
  }
}
