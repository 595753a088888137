import FrenchText

/// A date at its own precision for `--from` / `--to`: a year, a month or a day.
public struct DateBound: Sendable, Hashable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible date.
  public init?(parsing text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else {
      return nil
    }
    var month: Int?
    var day: Int?
    if parts.count >= 2 {
      guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else {
        return nil
      }
      month = value
    }
    if parts.count == 3 {
      guard parts[2].count == 2, let value = Int(parts[2]),
        CalendarDate(year: year, month: month!, day: value).isValid
      else { return nil }
      day = value
    }
    self.init(year: year, month: month, day: day)
  }

  /// The first day the bound covers, in days since 1970.
  public var firstDay: Int {
    CalendarDate(year: year, month: month ?? 1, day: day ?? 1).daysSinceEpoch
  }

  /// The last day the bound covers, in days since 1970.
  public var lastDay: Int {
    let lastMonth = month ?? 12
    let lastDay = day ?? CalendarDate.daysInMonth(year: year, month: lastMonth)
    return CalendarDate(year: year, month: lastMonth, day: lastDay).daysSinceEpoch
  }

  public var description: String {
    var text = String(year)
    if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
    if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
    return text
  }
}
