import Answers
import Corpus
import FrenchText
import Search
import Testing

/// `StatsReport`: per answering ministry, delays from publication to first answer, the share
/// answered within two months, open questions counted as open at the as-of date.
struct StatsReportTests {
  static func day(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

  static func question(
    _ number: Int, ministry: String = "Santé", published: String, answered: String? = nil,
    withdrawn: String? = nil
  ) -> Document {
    var events = [StatusEvent(kind: .published, date: day(published))]
    if let answered { events.append(StatusEvent(kind: .answered, date: day(answered))) }
    if let withdrawn { events.append(StatusEvent(kind: .withdrawn, date: day(withdrawn))) }
    return Document(
      id: "AN-17-QE-\(number)", file: "f\(number)", kind: .question, format: "test",
      chamber: .assemblee, legislature: 17, number: number, type: "QE", date: day(published),
      status: StatusLog.status(of: events), ministryAnswering: ministry,
      questionDate: day(published), answerDate: answered.map(day), events: events)
  }

  static let documents = [
    question(1, published: "2025-01-10", answered: "2025-02-09"),  // 30 days
    question(2, published: "2025-01-10", answered: "2025-05-10"),  // 120 days, late
    question(3, published: "2025-01-10", answered: "2025-03-01"),  // 50 days
    question(4, published: "2025-01-10"),  // open
    question(5, published: "2025-06-01", withdrawn: "2025-06-20"),
    question(6, ministry: "Travail", published: "2025-05-20"),  // open, not yet late
    Document(id: "a", file: "a", kind: .announcement, format: "test"),
  ]

  @Test
  func countsPerMinistryAsOfTheNewestDate() throws {
    let report = StatsReport(documents: Self.documents)
    #expect(report.asOf == Self.day("2025-06-20"))
    let health = try #require(report.ministries.first)
    #expect(health.ministry == "Santé" && health.questions == 5)
    #expect(health.answered == 3 && health.open == 1 && health.closed == 1)
    #expect(health.overdue == 1)
    #expect(health.medianDelayDays == 50)
    #expect(health.answeredWithinTwoMonths == 0.5)
    let work = try #require(report.ministries.last)
    #expect(work.open == 1 && work.answeredWithinTwoMonths == nil && work.medianDelayDays == nil)
    #expect(work.overdue == 0)
  }

  @Test
  func anEarlierDateReopensLaterAnswersAndDropsLaterQuestions() throws {
    let report = StatsReport(documents: Self.documents, asOf: Self.day("2025-04-01"))
    #expect(report.ministries.count == 1)
    let health = try #require(report.ministries.first)
    #expect(health.questions == 4 && health.answered == 2 && health.open == 2)
    #expect(health.overdue == 2)
    #expect(health.medianDelayDays == 40)
    #expect(health.answeredWithinTwoMonths == 0.5)
  }

  @Test(arguments: [
    ("2025-01-31", "2025-03-31"), ("2024-12-31", "2025-02-28"), ("2025-11-15", "2026-01-15"),
  ])
  func twoMonthsLater(start: String, expected: String) {
    #expect(StatsReport.twoMonthsAfter(Self.day(start)) == Self.day(expected))
  }

  @Test
  func filterKeepsTheMinistryWords() {
    var filter = SearchFilter()
    filter.ministry = "sante"
    let kept = Self.documents.filter(StatsFilter(filter).matches)
    #expect(
      kept.map(\.id) == ["AN-17-QE-1", "AN-17-QE-2", "AN-17-QE-3", "AN-17-QE-4", "AN-17-QE-5"])
  }
}
