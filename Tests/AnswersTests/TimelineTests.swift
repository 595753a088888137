import Answers
import Extraction
import Testing

@Suite struct TimelineTests {
  static func twoQuestionsOnOneAgreement(secondArrete: String) -> [RecordFixture] {
    var first = RecordFixture(
      id: "Q-1",
      question: [
        "L'accord de branche étendu, agréé par arrêté le 25 juin 2024, a prévu une prime."
      ],
      answer: ["L'accord du 4 juin 2024 étend la prime."],
      questionDate: "2025-01-14", answerDate: "2025-03-11")
    first.reference("arrêté le 25 juin 2024", kind: "order", date: "2024-06-25")
    first.reference("L'accord du 4 juin 2024", kind: "agreement", date: "2024-06-04")
    var second = RecordFixture(
      id: "Q-2",
      question: ["Malgré l'agrément et la publication de l'arrêté du \(secondArrete), rien."],
      answer: ["Ils ont conclu deux accords le 4 juin 2024."], questionDate: "2024-10-22")
    second.reference(
      "l'arrêté du \(secondArrete)", kind: "order",
      date: secondArrete == "26 juin 2024"
        ? "2024-06-26" : "2024-07-30")
    second.reference("accords le 4 juin 2024", kind: "agreement", date: "2024-06-04")
    return [first, second]
  }

  @Test func theSameAgreementToldTwiceIsOneEntryWithBothSources() {
    let timeline = Timeline(
      records: Self.twoQuestionsOnOneAgreement(secondArrete: "26 juin 2024").map(\.record))
    let agreements = timeline.events.filter { $0.kind == .agreement }
    #expect(agreements.count == 1)
    #expect(agreements.first?.date.iso == "2024-06-04")
    #expect(Set(agreements.first?.sources.map(\.documentID) ?? []) == ["Q-1", "Q-2"])
  }

  @Test func differentDatesForTheSameApprovalAreAConflict() throws {
    let timeline = Timeline(
      records: Self.twoQuestionsOnOneAgreement(secondArrete: "26 juin 2024").map(\.record))
    let approvals = timeline.events.filter { $0.kind == .approval }
    #expect(approvals.count == 1)
    let approval = try #require(approvals.first)
    #expect(approval.date.iso == "2024-06-25")
    #expect(approval.sources.map(\.documentID) == ["Q-1"])
    #expect(approval.conflicts.map(\.date.iso) == ["2024-06-26"])
    #expect(approval.conflicts.first?.sources.map(\.documentID) == ["Q-2"])
  }

  @Test func datesAMonthApartAreTwoEventsNotAConflict() {
    let timeline = Timeline(
      records: Self.twoQuestionsOnOneAgreement(secondArrete: "30 juillet 2024").map(\.record))
    let approvals = timeline.events.filter { $0.kind == .approval }
    #expect(approvals.count == 2)
    #expect(approvals.allSatisfy { $0.conflicts.isEmpty })
  }

  @Test func oneDocumentGivingTwoDatesIsNoConflict() {
    var fixture = RecordFixture(
      id: "Q-3",
      question: [
        "L'accord, agréé par arrêté le 25 juin 2024, s'applique.",
        "L'agrément par l'arrêté du 26 juin 2024 est publié.",
      ])
    fixture.reference("arrêté le 25 juin 2024", kind: "order", date: "2024-06-25")
    fixture.reference("l'arrêté du 26 juin 2024", kind: "order", date: "2024-06-26")
    let events = Timeline(records: [fixture.record]).events
    #expect(events.filter { $0.kind == .approval }.count == 2)
    #expect(events.allSatisfy { $0.conflicts.isEmpty })
  }

  @Test func eventsAreOldestFirstAndEachDocumentPublishesItsQuestionAndAnswer() {
    let timeline = Timeline(
      records: Self.twoQuestionsOnOneAgreement(secondArrete: "26 juin 2024").map(\.record))
    let dates = timeline.events.map(\.date)
    #expect(dates == dates.sorted())
    let published = timeline.events.filter { $0.kind == .questionPublished }
    #expect(published.map(\.date.iso) == ["2024-10-22", "2025-01-14"])
    let answer = timeline.events.first { $0.kind == .answerPublished }
    #expect(answer?.date.iso == "2025-03-11")
    #expect(answer?.page == 34)
    #expect(answer?.summary.contains("page 34") == true)
  }

  @Test(arguments: [
    ("La mise en œuvre est prévue à compter de juin 2025.", "juin 2025", EventKind.planned),
    ("Une instruction est attendue en mai 2025.", "mai 2025", .planned),
    ("Depuis l'été 2022, les représentants ont engagé des négociations.", "l'été 2022", .effective),
    ("Le 6 août, le gouvernement a acté l'extension de la prime.", "6 août", .extension),
  ])
  func aDateIsClassifiedByTheWordsAroundIt(sentence: String, text: String, kind: EventKind) {
    var fixture = RecordFixture(id: "A-1", kind: .announcement, body: [sentence])
    fixture.date(text, value: "2025-06", relation: text.contains("juin") ? .from : nil)
    if text.contains("été") {
      fixture.mentions = []
      fixture.date(text, value: "2022-SU", relation: .since)
    }
    let events = Timeline(records: [fixture.record]).events
    #expect(events.map(\.kind) == [kind])
  }

  @Test func aDateTimingAFundingRelationIsMoneyFromThatDate() {
    var fixture = RecordFixture(
      id: "Q-4",
      answer: ["La branche autonomie a engagé un financement de 300 M€ dès juillet 2024."])
    fixture.date("dès juillet 2024", value: "2024-07", relation: .from)
    fixture.funding(
      "financement", payer: "branche autonomie", mechanism: .directFunding,
      time: fixture.mentions[0].facts)
    let event = Timeline(records: [fixture.record]).events.first { $0.date.iso == "2024-07" }
    #expect(event?.kind == .funding)
    #expect(event?.relation == .from)
    #expect(event?.subject == "payer:branche autonomie")
  }

  @Test func summariesAreCutAroundTheMention() {
    let long =
      String(repeating: "mot ", count: 80) + "l'accord du 4 juin 2024 "
      + String(
        repeating: "fin ", count: 80)
    let focus = AnswerSummary.utf8Range(of: "l'accord du 4 juin 2024", in: long)
    let summary = AnswerSummary.around(long, focus: focus, width: 100)
    #expect(summary.contains("l'accord du 4 juin 2024"))
    #expect(summary.hasPrefix("…") && summary.hasSuffix("…"))
    #expect(summary.count <= 102)
    #expect(AnswerSummary.around("Courte phrase.") == "Courte phrase.")
  }
}
