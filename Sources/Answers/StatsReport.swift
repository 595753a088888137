import Corpus
import FrenchText

/// Answer statistics per answering ministry (users.md §2): how many questions, how many answered,
/// the median delay from the question's publication to its first answer, the share answered
/// within the two months the government is given, and the questions still open.
///
/// Everything is computed as of a date (`asOf`, by default the newest date found in the
/// documents, never the machine clock): a question published later is not counted, an answer
/// published later does not count yet, and an unanswered question is counted as open, never
/// dropped. Withdrawn, lapsed and converted questions are neither answered nor open.
public struct StatsReport: Sendable, Equatable {
  /// One answering ministry's figures.
  public struct Row: Sendable, Equatable {
    public var ministry: String
    public var questions: Int
    public var answered: Int
    public var open: Int
    /// Open questions past their deadline (two months, or ten days after a signalement).
    public var overdue: Int
    /// Withdrawn, lapsed or converted by `asOf`.
    public var closed: Int
    /// Median days from publication to first answer; nil without a dated answer.
    public var medianDelayDays: Double?
    /// Answered within two months ÷ questions whose two months have run out or that were
    /// answered within them; nil when there is no such question.
    public var answeredWithinTwoMonths: Double?
  }

  public var asOf: CalendarDate?
  /// Ministries, most questions first (then by name).
  public var ministries: [Row]

  /// The ministry name used when a question names none.
  public static let unknownMinistry = "(ministère inconnu)"

  public init(documents: [Document], asOf: CalendarDate? = nil) {
    let questions = documents.filter { $0.kind == .question }
    let date = asOf ?? Self.newestDate(in: questions)
    self.asOf = date
    var groups: [String: [StatsQuestion]] = [:]
    for document in questions {
      guard let question = StatsQuestion(document, asOf: date) else { continue }
      let ministry = document.ministryAnswering ?? document.ministryAsked ?? Self.unknownMinistry
      groups[ministry, default: []].append(question)
    }
    ministries = groups.map { Self.row($0.key, $0.value) }
      .sorted { ($0.questions, $1.ministry) > ($1.questions, $0.ministry) }
  }

  static func row(_ ministry: String, _ questions: [StatsQuestion]) -> Row {
    let delays = questions.compactMap(\.delay).sorted()
    let decided = questions.filter { $0.withinTwoMonths != nil }
    let onTime = decided.filter { $0.withinTwoMonths == true }.count
    return Row(
      ministry: ministry, questions: questions.count,
      answered: questions.filter { $0.state == .answered }.count,
      open: questions.filter { $0.state == .open }.count,
      overdue: questions.filter(\.overdue).count,
      closed: questions.filter { $0.state == .closed }.count,
      medianDelayDays: median(delays),
      answeredWithinTwoMonths: decided.isEmpty ? nil : Double(onTime) / Double(decided.count))
  }

  /// The median of sorted values (the mean of the two middle ones for an even count).
  static func median(_ sorted: [Int]) -> Double? {
    guard !sorted.isEmpty else { return nil }
    let middle = sorted.count / 2
    if sorted.count % 2 == 1 { return Double(sorted[middle]) }
    return Double(sorted[middle - 1] + sorted[middle]) / 2
  }

  /// The newest date any document carries (publication, answer, event).
  public static func newestDate(in documents: [Document]) -> CalendarDate? {
    var newest: CalendarDate?
    for document in documents {
      let dates =
        [document.date, document.questionDate, document.answerDate]
        + document.events.map(\.date)
      for case let date? in dates where newest.map({ date > $0 }) ?? true { newest = date }
    }
    return newest
  }
}

extension StatsReport {
  /// The same day two calendar months later (the month's last day when it has fewer days).
  public static func twoMonthsAfter(_ date: CalendarDate) -> CalendarDate {
    StatsQuestion.twoMonthsAfter(date)
  }
}
