import FrenchText

/// A date at its own precision, possibly with an unknown year ("le 4 juin" with no context).
struct DateParts: Sendable, Hashable {
  enum Relative: Sendable, Hashable { case last, next }

  var year: Int?
  var month: Int?
  var day: Int?
  var quarter: Int?
  var half: Int?
  var season: String?
  /// "dernier" / "prochain" after a day or a month.
  var relative: Relative?

  /// ISO 8601 at its grain; "XXXX" stands for an unknown year.
  var iso: String {
    let yearText = year.map { pad($0, 4) } ?? "XXXX"
    if let season { return "\(yearText)-\(season)" }
    if let quarter { return "\(yearText)-Q\(quarter)" }
    if let half { return "\(yearText)-H\(half)" }
    guard let month else { return yearText }
    guard let day else { return "\(yearText)-\(pad(month, 2))" }
    return "\(yearText)-\(pad(month, 2))-\(pad(day, 2))"
  }

  func pad(_ number: Int, _ width: Int) -> String {
    let text = String(number)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }

  /// Whether the day exists (when a day and a year are known).
  var isValid: Bool {
    guard let month else { return true }
    guard (1...12).contains(month) else { return false }
    guard let day else { return true }
    let days = CalendarDate.daysInMonth(year: year ?? 2000, month: month)
    return day >= 1 && day <= days
  }

  /// Fills a missing year from "dernier"/"prochain" and the reference date, else from the last
  /// year of the discourse. Returns true if a year was supplied, false if it stays unknown, nil
  /// when the year was written out.
  mutating func resolveYear(reference: CalendarDate?, discourseYear: Int?) -> Bool? {
    guard year == nil else { return nil }
    if let relative, let reference, let month {
      let sameYear = CalendarDate(year: reference.year, month: month, day: day ?? 1)
      let afterReference =
        day == nil ? month > reference.month : reference < sameYear
      let beforeReference =
        day == nil ? month < reference.month : sameYear < reference
      switch relative {
      case .last: year = beforeReference ? reference.year : reference.year - 1
      case .next: year = afterReference ? reference.year : reference.year + 1
      }
      return true
    }
    if relative == nil, month != nil, let discourseYear {
      year = discourseYear
      return true
    }
    if relative == nil, month == nil, let reference {
      year = reference.year
      return true
    }
    return false
  }
}
