import Answers
import Extraction
import Testing

@Suite struct FundingReportTests {
  static var trainingQuestion: RecordFixture {
    var fixture = RecordFixture(
      id: "Q-5",
      question: [
        "Faute de compensation financière de l'État, les "
          + "régions ne peuvent pas assumer ces dépenses.",
        "Il demande quelles mesures le Gouvernement prévoit pour "
          + "financer la prime pour les instituts de formation.",
      ],
      answer: [
        "Il revient donc aux régions de prévoir la "
          + "compensation du versement de la prime aux salariés concernés.",
        "Une enveloppe de 7 millions d'euros doit être consacrée à cet objet.",
      ], questionDate: "2025-01-14", answerDate: "2025-03-11")
    fixture.funding(
      "compensation", payer: "État", mechanism: .compensation, polarity: .negative)
    fixture.funding("financer", payer: "État", mechanism: .directFunding, modality: .requested)
    fixture.funding("revient", payer: "régions", mechanism: .obligation, modality: .obligation)
    fixture.funding("consacrée", payer: nil, mechanism: .earmarking, modality: .planned)
    return fixture
  }

  @Test func statementsAreGroupedByPayerThenBeneficiary() {
    let report = FundingReport(records: [Self.trainingQuestion.record])
    let payers = report.groups.map(\.payer)
    #expect(payers == ["État", "État", "régions", nil])
    let request = report.statements.first { $0.relation.modality == .requested }
    #expect(request?.beneficiary == "instituts de formation")
    #expect(request?.beneficiaryDerived == true)
    let duty = report.statements.first { $0.relation.mechanism == .obligation }
    #expect(duty?.beneficiary == "salariés concernés")
    #expect(duty?.source.speaker.role == .answer)
    #expect(duty?.source.speaker.date?.iso == "2025-03-11")
  }

  @Test func whatNoDocumentSettlesIsListed() {
    let report = FundingReport(records: [Self.trainingQuestion.record])
    let reasons = report.openPoints.map(\.reason)
    #expect(reasons.contains(.unknownPayer))
    let request = report.openPoints.first { $0.reason == .requestNotTakenUp }
    #expect(request?.text.contains("l'État") == true)
    #expect(request?.text.contains("les régions") == true)
  }

  @Test func aPayerDeniedByTheQuestionAndHeldByTheAnswerIsDisputed() {
    var fixture = Self.trainingQuestion
    fixture.funding(
      "assumer", payer: "régions", mechanism: .costBearing, modality: .possible,
      polarity: .negative)
    let disputes = FundingReport(records: [fixture.record]).openPoints.filter {
      $0.reason == .disputed
    }
    #expect(disputes.count == 1)
    #expect(disputes.first?.text.contains("les régions") == true)
    #expect(disputes.first?.sources.map(\.speaker.role) == [.question, .answer])
  }

  @Test func anAnsweredRequestIsNotOpen() {
    var fixture = RecordFixture(
      id: "Q-6", question: ["Il demande que l'État finance la prime."],
      answer: ["L'État financera la prime dès juin 2025."])
    fixture.funding("finance ", payer: "État", mechanism: .directFunding, modality: .requested)
    fixture.funding("financera", payer: "l'État", mechanism: .directFunding, modality: .planned)
    let report = FundingReport(records: [fixture.record])
    #expect(!report.openPoints.contains { $0.reason == .requestNotTakenUp })
    #expect(report.groups.count == 1, "l'État and État are one payer")
  }

  @Test func anUnansweredQuestionIsOpen() {
    let fixture = RecordFixture(id: "Q-7", question: ["Qui financera la prime ?"])
    let report = FundingReport(records: [fixture.record])
    #expect(report.openPoints.map(\.reason) == [.unanswered])
  }

  @Test func leurIsThePayerOfTheEarlierRelationAndTheNounFoldsIntoItsVerb() {
    var fixture = RecordFixture(
      id: "release", kind: .announcement,
      body: [
        "Les départements avanceront les fonds, et "
          + "l'État leur versera ensuite une compensation financière."
      ], questionDate: "2025-04-29")
    fixture.reference(
      "les fonds", kind: "agreement", date: "2025-04-29")
    fixture.funding("avanceront", payer: "départements", mechanism: .advance, modality: .planned)
    fixture.funding(
      "versera", payer: "État", mechanism: .payment, modality: .planned,
      object: "compensation financière")
    fixture.funding("compensation", payer: "État", mechanism: .compensation)
    let statements = FundingReport(records: [fixture.record]).statements
    #expect(statements.count == 2)
    let state = statements.first { $0.relation.payer == "État" }
    #expect(state?.relation.mechanism == .compensation)
    #expect(state?.relation.modality == .planned)
    #expect(state?.beneficiary == "départements")
    #expect(state?.source.speaker.role == .announcement)
    #expect(state?.agreement?.date == "2025-04-29")
  }
}
