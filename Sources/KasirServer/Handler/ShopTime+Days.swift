import Foundation
import KasirProtocol

extension ShopTime {
  /// The first moment of a `YYYY-MM-DD` day in the shop's zone, or of the day `daysLater`
  /// after it; nil when `text` is not such a date.
  func startOfDay(_ text: String, daysLater: Int = 0) -> Date? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let components = DateComponents(year: year, month: month, day: day)
    guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else {
      return nil
    }
    return calendar.date(byAdding: .day, value: daysLater, to: date)
  }
}

extension ShopTime {
  /// A `YYYY-MM-DD` parameter as the start of that shop day (or of the day after, for an
  /// inclusive end); `InvalidParameter` naming `parameter` otherwise.
  func day(_ text: String?, parameter: String, daysLater: Int = 0) throws -> Date? {
    guard let text else { return nil }
    guard let day = startOfDay(text, daysLater: daysLater) else {
      throw VarlinkError.invalidParameter(parameter)
    }
    return day
  }
}
