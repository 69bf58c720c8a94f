import Foundation

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
