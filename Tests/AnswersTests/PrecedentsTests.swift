import Answers
import Extraction
import Testing

@Suite struct PrecedentsTests {
  static let shared = [
    "La branche autonomie a engagé un financement de trois cents millions "
      + "d'euros pour la mise en œuvre de cet accord de revalorisation.",
    "Les accords ont été agréés dans le respect du code de "
      + "l'action sociale et des familles après avis de la commission nationale.",
    "Cet agrément les rend opposables aux financeurs des établissements "
      + "et services sociaux et médico-sociaux du champ de la branche.",
  ]

  static var records: [DocumentRecord] {
    [
      RecordFixture(
        id: "OLD-1", question: ["La prime Ségur des salariés des associations médico-sociales."],
        answer: shared, questionDate: "2024-01-10", answerDate: "2024-03-01"
      ).record,
      RecordFixture(
        id: "OLD-2", question: ["La prime Ségur pour les associations du secteur social."],
        answer: shared + ["Une phrase propre."], questionDate: "2024-05-10",
        answerDate: "2024-06-01"
      ).record,
      RecordFixture(
        id: "OLD-3", question: ["La pêche maritime et les quotas de thon rouge."],
        answer: ["La parole est à M. le ministre de la mer et de la pêche maritime."],
        questionDate: "2023-05-10"
      ).record,
      RecordFixture(
        id: "NEW", question: ["La prime Ségur pour les salariés des associations médico-sociales."],
        questionDate: "2025-02-04"
      ).record,
      RecordFixture(
        id: "LATER", question: ["La prime Ségur des associations médico-sociales, encore."],
        questionDate: "2025-06-01"
      ).record,
    ]
  }

  @Test func earlierSimilarQuestionsComeFirstWithoutTheDocumentItself() throws {
    let records = Self.records
    let target = try #require(records.first { $0.document.id == "NEW" })
    let precedents = Precedents(target: .document(target), records: records)
    let ids = precedents.results.map(\.id)
    #expect(ids.first == "OLD-1")
    #expect(!ids.contains("NEW"))
    #expect(!ids.contains("LATER"), "dated after the question")
    #expect(!ids.contains("OLD-3"), "shares no term")
    let scores = precedents.results.map(\.score)
    #expect(scores == scores.sorted(by: >))
    #expect(precedents.results.first?.answerDate?.iso == "2024-03-01")
    #expect(precedents.results.first?.answerExcerpt != nil)
  }

  @Test func freeTextHasNoDateLimit() {
    let precedents = Precedents(target: .text("prime ségur associations"), records: Self.records)
    #expect(precedents.results.map(\.id).contains("LATER"))
  }

  @Test func answersSharingParagraphsFormAFamily() {
    let families = AnswerFamilies.families(in: Self.records)
    #expect(families.map(\.documentIDs) == [["OLD-1", "OLD-2"]])
    #expect(families.first?.sharedSentences == 3)
    let precedents = Precedents(target: .text("prime ségur"), records: Self.records)
    #expect(precedents.results.first { $0.id == "OLD-2" }?.family?.documentIDs.count == 2)
  }

  @Test func oneSharedFormulaIsNoFamily() {
    let formula = "La parole est à M. le ministre des solidarités et de l'autonomie des personnes."
    let records = ["A", "B"].map {
      RecordFixture(id: $0, question: ["Question \($0)."], answer: [formula, "Réponse \($0)."])
        .record
    }
    #expect(AnswerFamilies.families(in: records).isEmpty)
  }
}
