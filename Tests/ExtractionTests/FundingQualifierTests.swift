import Corpus
import Foundation
import Testing

@testable import Extraction

/// Temporariness, conditions, polarity and speaker of funding relations
/// (`french-expressions.md` §3.2–3.4).
@Suite struct FundingQualifierTests {
  func record(_ sentences: [String], section: SectionKind, kind: DocumentKind) -> DocumentRecord {
    let lines = sentences.enumerated().map { index, text in
      Sentence(text: text, span: SourceSpan(file: "d.txt", line: index + 1, byteRange: 0..<0))
    }
    let document = Document(
      id: "d", file: "d.txt", kind: kind, format: "test",
      sections: [Section(kind: section, sentences: lines)])
    return RecordExtractor().record(for: document)
  }

  @Test func nextSentenceMakesTheAdvanceTemporaryAndConditional() throws {
    let record = record(
      [
        "Concrètement, les départements avanceront les fonds nécessaires au versement de la "
          + "prime, et l'État leur versera ensuite une compensation financière.",
        "Ce mécanisme d'avance, présenté comme temporaire dans un premier temps, pourrait faire "
          + "l'objet d'un réexamen en fonction de l'évolution des discussions budgétaires.",
      ], section: .body, kind: .announcement)
    let advance = try #require(record.funding.first { $0.mechanism == .advance })
    #expect(advance.payer == "départements")
    #expect(advance.modality == .planned)
    #expect(advance.temporariness == .temporary)
    #expect(advance.conditions == ["en fonction de l'évolution des discussions budgétaires"])
    #expect(advance.qualifiedByNextSentence == true)
    #expect(advance.statedBy == .announcement)
    #expect(record.funding.allSatisfy { $0.temporariness == .temporary })
  }

  @Test(arguments: [
    ("L'État financera la prime à titre transitoire.", FundingTemporariness.temporary),
    ("L'État financera la prime de manière pérenne.", .permanent),
    ("L'État financera la prime.", .unspecified),
  ])
  func temporariness(text: String, expected: FundingTemporariness) throws {
    let relation = try #require(funding(text).first)
    #expect(relation.temporariness == expected)
  }

  @Test(arguments: [
    (
      "L'État financera la prime sous réserve de l'adoption de la loi de finances.",
      ["sous réserve de l'adoption de la loi de finances"]
    ),
    (
      "L'État financera la prime si les départements le demandent.",
      ["si les départements le demandent"]
    ),
    ("L'État financera la prime pour les salariés.", []),
  ])
  func conditions(text: String, expected: [String]) throws {
    let relation = try #require(funding(text).first)
    #expect(relation.conditions == expected)
    #expect(relation.object == "prime")
  }

  @Test func fauteDeCompensationIsNegative() {
    let relations = funding(
      "Cependant, faute de compensation financière de l'État, les régions ne peuvent pas "
        + "assumer ces dépenses.")
    #expect(relations.map(\.payer) == ["État", "régions"])
    #expect(relations.allSatisfy { $0.polarity == .negative })
    #expect(relations.last?.modality == .possible)
  }

  @Test(arguments: [
    (SectionKind.question, DocumentKind.question, FundingSpeaker.questionAuthor),
    (.answer, .question, .government),
    (.body, .announcement, .announcement),
  ])
  func speaker(section: SectionKind, kind: DocumentKind, expected: FundingSpeaker) throws {
    let record = record(
      ["L'État financera la prime Ségur pour les salariés."], section: section, kind: kind)
    #expect(record.funding.first?.statedBy == expected)
  }

  @Test func anMPAskingIsARequest() throws {
    let record = record(
      [
        "Il lui demande quelles mesures le Gouvernement prévoit pour financer la prime Ségur "
          + "pour les organismes de formation."
      ], section: .question, kind: .question)
    let relation = try #require(record.funding.first)
    #expect(relation.modality == .requested)
    #expect(relation.statedBy == .questionAuthor)
  }
}
