import Corpus
import FrenchText
import Testing

/// The status history read from the Sénat page text and the Assemblée Markdown export, and the
/// state derived from a log (status only moves forward).
struct StatusHistoryTests {
  @Test
  func senatPageHistory() throws {
    let document = try #require(TestSupport.document(SenatReaderTests.page))
    #expect(document.events.map(\.kind) == [.published, .transferred, .answered])
    let transfer = document.events[1]
    #expect(transfer.from == "ministre délégué chargé de l'autonomie")
    #expect(transfer.to == "Ministère de la santé")
    #expect(document.events[2].date == CalendarDate(year: 2020, month: 3, day: 7))
    #expect(document.events[2].page == 5488)
  }

  @Test(arguments: [
    (
      "La question a été retirée pour cause de fin de mandat.", StatusEvent.Kind.withdrawn,
      "fin de mandat", "withdrawn"
    ),
    ("La question est caduque.", .lapsed, "caduque", "lapsed"),
    ("Transformée en QOSD n° 0345S", .converted, "Transformée en QOSD n° 0345S", "unanswered"),
  ])
  func senatClosingLines(line: String, kind: StatusEvent.Kind, label: String, status: String) throws
  {
    let base = SenatReaderTests.page.components(separatedBy: "\n\nTransmise")[0]
    let text = base + "\n\nEn attente de réponse du Ministère de la santé\n\n" + line + "\n"
    let document = try #require(TestSupport.document(text))
    let last = try #require(document.events.last)
    #expect(last.kind == kind && last.label == label)
    #expect(document.status == status)
  }

  @Test
  func senatErratumOfTheAnswer() throws {
    let text = SenatReaderTests.page + "\n\nErratum : JO Sénat du 14/03/2020, p. 5601\n"
    let document = try #require(TestSupport.document(text))
    let erratum = try #require(document.events.last)
    #expect(erratum.kind == .erratum && erratum.label == "réponse" && erratum.page == 5601)
    #expect(erratum.date == CalendarDate(year: 2020, month: 3, day: 14))
  }

  static func event(_ kind: StatusEvent.Kind, _ day: Int) -> StatusEvent {
    StatusEvent(kind: kind, date: CalendarDate(year: 2025, month: 1, day: day))
  }

  @Test(arguments: [
    ([event(.published, 1)], nil, "unanswered"),
    ([event(.published, 1), event(.answered, 9), event(.withdrawn, 20)], nil, "answered"),
    ([event(.published, 1), event(.answered, 9)], 5, "unanswered"),
    ([event(.published, 1), event(.converted, 3), event(.lapsed, 8)], nil, "lapsed"),
  ])
  func statusOnlyMovesForward(events: [StatusEvent], asOfDay: Int?, expected: String) {
    let asOf = asOfDay.map { CalendarDate(year: 2025, month: 1, day: $0) }
    #expect(StatusLog.status(of: events, asOf: asOf) == expected)
  }

  @Test
  func undatedEventsKeepTheirPlace() {
    let events = [
      Self.event(.answered, 9), StatusEvent(kind: .transferred), Self.event(.published, 1),
    ]
    #expect(StatusLog.ordered(events).map(\.kind) == [.published, .answered, .transferred])
  }
}

/// The dates block of an Assemblée page exported to Markdown, as a history.
struct MarkdownHistoryTests {
  @Test
  func readsTheDatesBlock() throws {
    let data =
      ANMarkdownReaderTests.colonInside.dropLast() + [
        "**Date de changement d'attribution :** [15 octobre 2024](#)",
        "**Date de signalement :** [5 novembre 2024](#)",
        "**Date de renouvellement :** [14 janvier 2025](#)",
        "**Question retirée le :** [10 juin 2025](#) (Fin de mandat)",
      ]
    let text = ANMarkdownReaderTests.page(
      title: "## Prime", mark: "##", data: Array(data), answer: "")
    let document = try #require(TestSupport.document(text, name: "page.md"))
    #expect(
      document.events.map(\.kind) == [.published, .transferred, .signaled, .renewed, .withdrawn])
    #expect(document.events[1].from == "Santé et accès aux soins")
    #expect(document.events[1].to == "Travail, santé, solidarités et familles")
    #expect(document.events[0].page == 5629)
    #expect(document.events.last?.label == "fin de mandat")
    #expect(document.status == "withdrawn")
  }
}

/// Overdue: two months after publication, or ten days after a signalement, without an answer.
struct OverdueTests {
  static func day(_ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: 2025, month: month, day: day)
  }

  @Test(arguments: [
    ([StatusEvent.Kind.published], day(3, 1), false),
    ([.published], day(3, 11), true),
    ([.published, .signaled], day(2, 11), false),
    ([.published, .signaled], day(2, 12), true),
    ([.published, .answered], day(6, 1), false),
  ])
  func overdue(kinds: [StatusEvent.Kind], asOf: CalendarDate, expected: Bool) {
    let dates = [Self.day(1, 10), Self.day(2, 1), Self.day(2, 20)]
    let events = zip(kinds, dates).map { StatusEvent(kind: $0, date: $1) }
    #expect(StatusLog.isOverdue(events, published: Self.day(1, 10), asOf: asOf) == expected)
  }
}
