import Corpus
import FrenchText

/// One question as `StatsReport` counts it at a date: answered (with its delay), open, or
/// closed without an answer.
struct StatsQuestion {
  enum State { case answered, open, closed }

  let state: State
  /// Days from publication to the first answer, when both are dated.
  let delay: Int?
  /// Whether it was answered within two months; nil while its two months have not run out.
  let withinTwoMonths: Bool?
  /// Open and past its deadline (two months, or ten days after a signalement).
  var overdue = false

  /// Nil when the question was published after `asOf`.
  init?(_ document: Document, asOf: CalendarDate?) {
    let published =
      document.questionDate ?? document.events.first { $0.kind == .published }?.date
      ?? document.date
    if let published, let asOf, published > asOf { return nil }
    let answer = StatusLog.firstAnswer(in: document.events) ?? document.answerDate
    let answeredUndated =
      answer == nil
      && (document.status == "answered" || document.events.contains { $0.kind == .answered })
    let deadline = published.map(Self.twoMonthsAfter)
    if let answer, asOf.map({ answer <= $0 }) ?? true {
      state = .answered
      delay = published.map { answer.daysSinceEpoch - $0.daysSinceEpoch }
      withinTwoMonths = deadline.map { answer <= $0 }
      return
    }
    delay = nil
    if answeredUndated {
      state = .answered
      withinTwoMonths = nil
      return
    }
    let logged = StatusLog.status(of: document.events, asOf: asOf) ?? document.status
    let isClosed = ["withdrawn", "lapsed", "converted"].contains(logged ?? "")
    state = isClosed ? .closed : .open
    if !isClosed, let asOf {
      overdue = StatusLog.isOverdue(document.events, published: published, asOf: asOf)
    }
    if !isClosed, let deadline, let asOf, deadline < asOf {
      withinTwoMonths = false
    } else {
      withinTwoMonths = nil
    }
  }

  static func twoMonthsAfter(_ date: CalendarDate) -> CalendarDate {
    StatusLog.twoMonthsAfter(date)
  }
}
