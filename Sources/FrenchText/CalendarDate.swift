/// A calendar day ("4 février 2025"), as printed in the Journal officiel or a dateline.
///
/// Documents carry day-precise dates (publication dates); extracted mentions with coarser
/// precision (a month, a season) live in `Extraction`.
public struct CalendarDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` or `DD/MM/YYYY`; returns nil for anything else or an impossible day.
  public init?(parsing text: some StringProtocol) {
    let parts: [Substring]
    let trimmed = Substring(text).trimmingWhitespace()
    if trimmed.contains("-") {
      parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
        let d = Int(parts[2].prefix(2))
      else { return nil }
      self.init(year: y, month: m, day: d)
    } else if trimmed.contains("/") {
      parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 3, parts[2].count >= 4, let d = Int(parts[0]), let m = Int(parts[1]),
        let y = Int(parts[2].prefix(4))
      else { return nil }
      self.init(year: y, month: m, day: d)
    } else {
      return nil
    }
    guard isValid else { return nil }
  }

  /// Whether the day exists in the proleptic Gregorian calendar.
  public var isValid: Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    return day <= CalendarDate.daysInMonth(year: year, month: month)
  }

  public static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// ISO 8601 form, `2025-02-04`.
  public var iso: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Days since 1970-01-01, for comparisons and delays.
  public var daysSinceEpoch: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  public var description: String { iso }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}

extension Substring {
  func trimmingWhitespace() -> Substring {
    var s = self
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return s
  }
}
