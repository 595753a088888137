import Answers
import Extraction

/// The days a timeline date covers, at its true precision: a day is one day, "juin 2025" the
/// 30 days of June, "2025-Q1" January to March, "été 2022" June to August, "fin 2024"
/// September to December, "mi-juin" the 11th to the 20th (the thirds of
/// `french-expressions.md`, as `EventDate` sorts them). Days count from 1970-01-01;
/// `end` is exclusive.
struct TimelineSpan: Sendable, Hashable {
  var start: Int
  var end: Int
  var isDay: Bool

  init(start: Int, end: Int, isDay: Bool = false) {
    self.start = start
    self.end = end
    self.isDay = isDay
  }

  init(_ date: EventDate, mod: DateMod? = nil) {
    let months: Int
    switch date.precision {
    case .day:
      let day = Self.days(year: date.year, month: date.month, day: date.day)
      self.init(start: day, end: day + 1, isDay: true)
      return
    case .month: months = 1
    case .quarter, .season: months = 3
    case .half: months = 6
    case .year: months = 12
    }
    var start = Self.days(year: date.year, month: date.month, day: 1)
    var end = Self.days(year: date.year, month: date.month + months, day: 1)
    switch (date.precision, mod) {
    case (.year, .start?): end = Self.days(year: date.year, month: 5, day: 1)
    case (.year, .mid?):
      start = Self.days(year: date.year, month: 5, day: 1)
      end = Self.days(year: date.year, month: 9, day: 1)
    case (.year, .end?): start = Self.days(year: date.year, month: 9, day: 1)
    case (.month, .start?): end = start + 10
    case (.month, .mid?): (start, end) = (start + 10, start + 20)
    case (.month, .end?): start += 20
    default: break
    }
    self.init(start: start, end: end)
  }

  var length: Int { end - start }

  /// Days since 1970-01-01 of a civil date; a month past 12 rolls into the next year.
  static func days(year: Int, month: Int, day: Int) -> Int {
    let year = year + (month - 1) / 12
    let month = (month - 1) % 12 + 1
    let shifted = month <= 2 ? year - 1 : year
    let era = (shifted >= 0 ? shifted : shifted - 399) / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
