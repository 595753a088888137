import FrenchText

/// A date at its own precision, possibly with an unknown year ("le 4 juin" with no context).
struct DateParts: Sendable, Hashable {
  enum Relative: Sendable, Hashable { case last, next }

  var year: Int?
  var month: Int?
  var day: Int?
  var quarter: Int?
  var half: Int?
  var season: DateSeason?
  /// "dernier" / "prochain" after a day or a month.
  var relative: Relative?
  /// How `resolveYear` chose a missing year: `tense` or `discourse`.
  var yearSource: YearSource?

  /// How `resolveYear` chose a missing year (its raw value is the facts' `yearFrom`).
  enum YearSource: String, Sendable, Hashable {
    case tense, discourse
  }

  /// ISO 8601 at its grain; "XXXX" stands for an unknown year.
  var iso: String {
    guard season == nil, Self.fits(year, 9999), Self.fits(month, 99), Self.fits(day, 99),
      Self.fits(quarter, 9), Self.fits(half, 9)
    else { return isoByInterpolation }
    // The same text written as bytes: no interpolation, no padding strings.
    return String(unsafeUninitializedCapacity: 10) { output in
      var count = 0
      func put(_ byte: UInt8) {
        output[count] = byte
        count += 1
      }
      func put(_ value: Int, width: Int) {
        var divisor = width == 4 ? 1000 : width == 2 ? 10 : 1
        while divisor > 0 {
          put(UInt8(ascii: "0") + UInt8(value / divisor % 10))
          divisor /= 10
        }
      }
      if let year { put(year, width: 4) } else { for _ in 0..<4 { put(UInt8(ascii: "X")) } }
      if let quarter {
        put(UInt8(ascii: "-"))
        put(UInt8(ascii: "Q"))
        put(quarter, width: 1)
      } else if let half {
        put(UInt8(ascii: "-"))
        put(UInt8(ascii: "H"))
        put(half, width: 1)
      } else if let month {
        put(UInt8(ascii: "-"))
        put(month, width: 2)
        if let day {
          put(UInt8(ascii: "-"))
          put(day, width: 2)
        }
      }
      return count
    }
  }

  /// Whether `value` is absent or written in its field's width (from 0 to `maximum`).
  @inline(__always)
  static func fits(_ value: Int?, _ maximum: Int) -> Bool {
    guard let value else { return true }
    return value >= 0 && value <= maximum
  }

  /// `iso` as first written (the general path, for any value).
  var isoByInterpolation: String {
    let yearText = year.map { pad($0, 4) } ?? "XXXX"
    if let season { return "\(yearText)-\(season.rawValue)" }
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
  mutating func resolveYear(
    reference: CalendarDate?, discourseYear: Int?, tense: DateTense? = nil
  ) -> Bool? {
    guard year == nil else { return nil }
    if relative == nil, let reference, let month, day != nil, let tense,
      let chosen = yearByTense(reference: reference, month: month, tense: tense, discourseYear)
    {
      year = chosen
      yearSource = .tense
      return true
    }
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
      yearSource = .discourse
      return true
    }
    if relative == nil, month == nil, let reference {
      year = reference.year
      return true
    }
    return false
  }

  /// "sera versée le 4 juin" in a document of 11 March 2025: the next 4 June on or after it
  /// (2025); "a été signé le 4 juin": the last one on or before it (2024). A discourse year
  /// that agrees with the tense is kept (nil is returned so that it applies).
  func yearByTense(
    reference: CalendarDate, month: Int, tense: DateTense, _ discourseYear: Int?
  ) -> Int? {
    func date(_ year: Int) -> CalendarDate {
      let days = CalendarDate.daysInMonth(year: year, month: month)
      return CalendarDate(year: year, month: month, day: min(day ?? 1, days))
    }
    let agrees = { (year: Int) -> Bool in
      switch tense {
      case .future: return !(date(year) < reference)
      case .past: return !(reference < date(year))
      }
    }
    if let discourseYear, agrees(discourseYear) { return nil }
    switch tense {
    case .future: return agrees(reference.year) ? reference.year : reference.year + 1
    case .past: return agrees(reference.year) ? reference.year : reference.year - 1
    }
  }
}

/// A season as its ISO code ("2022-SU"): one byte in `DateParts`, which holds no `String`, so
/// that dates and their matches are copied and destroyed with no retain and no release.
enum DateSeason: String, Sendable, Hashable {
  case spring = "SP"
  case summer = "SU"
  case fall = "FA"
  case winter = "WI"
}
