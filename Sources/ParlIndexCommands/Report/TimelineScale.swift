/// The horizontal scale of the SVG timeline: the days of every span, padded, mapped linearly
/// onto `left…right`, with the first day of each year and month in range for the axis.
struct TimelineScale: Sendable {
  var first: Int
  var last: Int
  var left: Double
  var right: Double

  init(spans: [TimelineSpan], left: Double, right: Double) {
    var first = spans.map(\.start).min() ?? 0
    var last = spans.map(\.end).max() ?? 1
    // At least two months shown; a small margin so that no mark touches the edges.
    if last - first < 60 {
      let middle = (first + last) / 2
      first = middle - 30
      last = middle + 30
    }
    let padding = max(10, (last - first) / 30)
    self.first = first - padding
    self.last = last + padding
    self.left = left
    self.right = right
  }

  /// The x coordinate of the start of `day`.
  func x(_ day: Int) -> Double {
    left + Double(day - first) / Double(last - first) * (right - left)
  }

  /// Pixels per day.
  var dayWidth: Double { (right - left) / Double(last - first) }

  /// The 1st of January of each year inside the range.
  var years: [(year: Int, day: Int)] {
    let (firstYear, lastYear) = (year(of: first), year(of: last))
    return (firstYear...lastYear + 1).map { ($0, TimelineSpan.days(year: $0, month: 1, day: 1)) }
      .filter { $0.day >= first && $0.day <= last }
  }

  /// The first day of each month inside the range.
  var months: [Int] {
    let (firstYear, lastYear) = (year(of: first), year(of: last))
    return (firstYear...lastYear).flatMap { year in
      (1...12).map { TimelineSpan.days(year: year, month: $0, day: 1) }
    }.filter { $0 >= first && $0 <= last }
  }

  /// The year a day falls in (days since 1970-01-01).
  func year(of day: Int) -> Int {
    var year = 1970 + day / 366
    while TimelineSpan.days(year: year + 1, month: 1, day: 1) <= day { year += 1 }
    while TimelineSpan.days(year: year, month: 1, day: 1) > day { year -= 1 }
    return year
  }
}
