import FrenchText

/// A Sénat question id as found in its URLs (`qSEQ241001929`): the year and month of
/// publication, the number, and a letter suffix for questions that are not written ones
/// (`S` oral without debate, `G` questions d'actualité).
struct SenatBasileID {
  let year: Int
  let month: Int
  let number: Int
  let suffix: String

  init?(url: String) {
    guard let found = url.range(of: "qSEQ") else { return nil }
    let token = url[found.upperBound...].prefix { $0.isLetter || $0.isNumber }
    let digits = token.prefix(while: \.isNumber)
    guard digits.count >= 6, let yy = Int(digits.prefix(2)),
      let mm = Int(digits.dropFirst(2).prefix(2)),
      (1...12).contains(mm), let number = Int(digits.dropFirst(4))
    else { return nil }
    year = 2000 + yy
    month = mm
    self.number = number
    suffix = String(token.dropFirst(digits.count))
  }

  /// The question type the suffix implies.
  var type: String {
    switch suffix {
    case "": return "QE"
    case "S": return "QOSD"
    case "G": return "QG"
    default: return "Q" + suffix
    }
  }

  /// The legislature of the publication month, nil when the month spans two legislatures.
  var legislature: Int? { Self.legislature(year: year, month: month) }

  /// Legislatures as [first day, day after the last): the 16th ended with the dissolution of
  /// 9 June 2024 and the 17th began on 18 July 2024.
  static let calendar: [(number: Int, start: CalendarDate, end: CalendarDate)] = [
    (12, CalendarDate(year: 2002, month: 6, day: 19), CalendarDate(year: 2007, month: 6, day: 20)),
    (13, CalendarDate(year: 2007, month: 6, day: 20), CalendarDate(year: 2012, month: 6, day: 20)),
    (14, CalendarDate(year: 2012, month: 6, day: 20), CalendarDate(year: 2017, month: 6, day: 21)),
    (15, CalendarDate(year: 2017, month: 6, day: 21), CalendarDate(year: 2022, month: 6, day: 22)),
    (16, CalendarDate(year: 2022, month: 6, day: 22), CalendarDate(year: 2024, month: 6, day: 10)),
    (17, CalendarDate(year: 2024, month: 7, day: 18), CalendarDate(year: 9999, month: 1, day: 1)),
  ]

  static func legislature(year: Int, month: Int) -> Int? {
    let first = CalendarDate(year: year, month: month, day: 1)
    let last = CalendarDate(
      year: year, month: month, day: CalendarDate.daysInMonth(year: year, month: month))
    let overlapping = calendar.filter { $0.start <= last && first < $0.end }
    return overlapping.count == 1 ? overlapping[0].number : nil
  }
}
