import FrenchText

/// Derives a question's state from its dated event log, and keeps the log in order.
///
/// Status only moves forward: `unanswered` → `converted` → `withdrawn` / `lapsed` → `answered`.
/// An answered question never goes back, whatever later events say.
public enum StatusLog {
  /// The events sorted by date (undated events keep their place after the dated ones before
  /// them; equal dates keep the source's order).
  public static func ordered(_ events: [StatusEvent]) -> [StatusEvent] {
    var lastDate: CalendarDate?
    let keyed = events.enumerated().map { index, event -> (CalendarDate?, Int, StatusEvent) in
      if let date = event.date { lastDate = date }
      return (event.date ?? lastDate, index, event)
    }
    return keyed.sorted { lhs, rhs in
      switch (lhs.0, rhs.0) {
      case let (left?, right?) where left != right: return left < right
      case (nil, _?): return true
      case (_?, nil): return false
      default: return lhs.1 < rhs.1
      }
    }.map(\.2)
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
