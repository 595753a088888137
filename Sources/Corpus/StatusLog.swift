import FrenchText

/// Derives a question's state from its dated event log, and keeps the log in order.
///
/// Status only moves forward: `unanswered` → `converted` → `withdrawn` / `lapsed` → `answered`.
/// An answered question never goes back, whatever later events say.
public enum StatusLog {
  /// The events sorted by date (undated events keep their place after the dated ones before
  /// them; equal dates keep the source's order).
  ///
  /// The keys (each event's date, else the last date before it) are sorted with the events'
  /// indices, not with copies of the events; a log already in order (the usual case) is
  /// returned as it is.
  public static func ordered(_ events: [StatusEvent]) -> [StatusEvent] {
    guard events.count > 1 else { return events }
    var keys: [CalendarDate?] = []
    keys.reserveCapacity(events.count)
    var lastDate: CalendarDate?
    for event in events {
      if let date = event.date { lastDate = date }
      keys.append(event.date ?? lastDate)
    }
    // (key, index) is a total order: no pair of neighbours out of order means sorted.
    let before = { (lhs: Int, rhs: Int) -> Bool in
      switch (keys[lhs], keys[rhs]) {
      case let (left?, right?) where left != right: return left < right
      case (nil, _?): return true
      case (_?, nil): return false
      default: return lhs < rhs
      }
    }
    if (1..<events.count).allSatisfy({ !before($0, $0 - 1) }) { return events }
    return Array(events.indices).sorted(by: before).map { events[$0] }
  }

  /// `answered`, `withdrawn`, `lapsed`, `converted` or `unanswered`, from the events dated on
  /// or before `asOf` (all of them when nil); nil when the log is empty.
  public static func status(of events: [StatusEvent], asOf: CalendarDate? = nil) -> String? {
    guard !events.isEmpty else { return nil }
    var best = "unanswered"
    for event in events {
      if let asOf, let date = event.date, date > asOf { continue }
      let candidate: String
      switch event.kind {
      case .answered: candidate = "answered"
      case .withdrawn: candidate = "withdrawn"
      case .lapsed: candidate = "lapsed"
      case .converted: candidate = "converted"
      default: continue
      }
      if rank(candidate) > rank(best) { best = candidate }
    }
    return best
  }

  /// Whether an unanswered question is overdue at `asOf` (users.md §2): two months after its
  /// publication, or ten days after a signalement, without an answer.
  public static func isOverdue(
    _ events: [StatusEvent], published: CalendarDate?, asOf: CalendarDate
  ) -> Bool {
    guard status(of: events, asOf: asOf) ?? "unanswered" == "unanswered" else { return false }
    if let published, twoMonthsAfter(published) < asOf { return true }
    let signaled = events.filter { $0.kind == .signaled }.compactMap(\.date).filter { $0 <= asOf }
    return signaled.contains { asOf.daysSinceEpoch - $0.daysSinceEpoch > 10 }
  }

  /// The same day two calendar months later (the month's last day when it has fewer days).
  public static func twoMonthsAfter(_ date: CalendarDate) -> CalendarDate {
    let month = date.month + 2
    let year = date.year + (month - 1) / 12
    let normalized = (month - 1) % 12 + 1
    let day = min(date.day, CalendarDate.daysInMonth(year: year, month: normalized))
    return CalendarDate(year: year, month: normalized, day: day)
  }

  /// The date of the first answer, if any.
  public static func firstAnswer(in events: [StatusEvent]) -> CalendarDate? {
    events.filter { $0.kind == .answered }.compactMap(\.date).min()
  }

  /// The order in which a status may move: a status never goes back to a lower rank.
  public static func rank(_ status: String?) -> Int {
    switch status {
    case "answered": return 4
    case "withdrawn", "lapsed": return 3
    case "converted": return 2
    case "unanswered": return 1
    default: return 0
    }
  }
}
