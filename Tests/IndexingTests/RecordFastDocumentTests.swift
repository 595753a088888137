import Corpus
import Extraction
import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Indexing

/// The hand-written encoding of a whole record (`RecordFastDocument`, `RecordFastFunding`)
/// gives exactly the bytes of the generic `Codable` path on records whose every optional field
/// is set or not at random, and decodes back to the same record.
@Suite struct RecordFastDocumentTests {
  typealias Random = FuzzGenerator

  static func maybe<T>(_ random: inout Random, _ value: T) -> T? {
    random.below(2) == 0 ? value : nil
  }

  static func date(_ random: inout Random) -> CalendarDate {
    CalendarDate(
      year: 2000 + random.below(30), month: 1 + random.below(12), day: 1 + random.below(28))
  }

  static func sentence(_ random: inout Random) -> Sentence {
    let texts = ["Le Ségur prévoit 183 € net.", "L’État financera 50 % des travaux.", ""]
    let lower = random.below(5000)
    return Sentence(
      text: texts[random.below(texts.count)],
      span: SourceSpan(
        file: "corpus/q\(random.below(3)).json", line: 1 + random.below(900),
        byteRange: lower..<lower + random.below(300)))
  }

  static func event(_ random: inout Random) -> StatusEvent {
    let kinds = StatusEvent.Kind.allCases
    return StatusEvent(
      kind: kinds[random.below(kinds.count)], date: maybe(&random, date(&random)),
      page: maybe(&random, random.below(9000)), label: maybe(&random, "Réponse publiée"),
      from: maybe(&random, "Ministère de la santé"), to: maybe(&random, "Ministère du travail"),
      part: maybe(&random, 1 + random.below(3)))
  }

  static func document(_ random: inout Random) -> Document {
    let sections = (0..<random.below(4)).map { _ in
      Section(
        kind: [.title, .question, .answer, .body][random.below(4)],
        sentences: (0..<random.below(4)).map { _ in sentence(&random) })
    }
    let author = Author(
      name: maybe(&random, "Jean-Luc Bourgeaux"), id: maybe(&random, "PA720892"),
      group: maybe(&random, "Droite Républicaine"), groupShort: maybe(&random, "DR"),
      constituency: maybe(&random, "Ille-et-Vilaine (7e circonscription)"))
    return Document(
      id: "AN-17-QE-\(random.below(9999))", file: "corpus/q.json",
      kind: random.below(2) == 0 ? .question : .announcement, format: "an-open-data-json",
      chamber: maybe(&random, random.below(2) == 0 ? .assemblee : .senat),
      legislature: maybe(&random, 17), number: maybe(&random, random.below(9999)),
      type: maybe(&random, "QE"), title: maybe(&random, "Prime « Ségur »"),
      analysis: maybe(&random, "Revalorisation"), date: maybe(&random, date(&random)),
      dateSource: maybe(&random, [.questionPublication, .dateline, .text][random.below(3)]),
      status: maybe(&random, "answered"), author: maybe(&random, author),
      ministryAsked: maybe(&random, "Santé"), ministryAnswering: maybe(&random, "Travail"),
      rubric: maybe(&random, "santé"), questionDate: maybe(&random, date(&random)),
      questionPage: maybe(&random, random.below(900)), answerDate: maybe(&random, date(&random)),
      answerPage: maybe(&random, random.below(900)), sections: sections,
      issuer: maybe(&random, "Matignon"), closureCode: maybe(&random, "REP_PUB"),
      closureLabel: maybe(&random, "Réponse publiée"),
      events: (0..<random.below(4)).map { _ in event(&random) })
  }

  static func funding(_ random: inout Random) -> FundingRelation {
    var relation = FundingRelation(
      mechanism: [.directFunding, .advance, .coFunding][random.below(3)], trigger: "financera",
      sentence: sentence(&random), modality: [.realised, .planned][random.below(2)],
      polarity: random.below(2) == 0 ? .positive : .negative)
    relation.payer = maybe(&random, "l’État")
    relation.recipient = maybe(&random, "les communes")
    relation.object = maybe(&random, "les travaux")
    relation.amount = maybe(&random, RecordFastPathTests.randomFacts(&random))
    relation.time = maybe(&random, RecordFastPathTests.randomFacts(&random))
    relation.temporariness = [.permanent, .temporary, .unspecified][random.below(3)]
    relation.temporaryCue = maybe(&random, "dans un premier temps")
    relation.conditions = (0..<random.below(3)).map { "sous réserve \($0)" }
    relation.recipientFromAnaphora = maybe(&random, random.below(2) == 0)
    relation.payerAnaphor = maybe(&random, "Celui-ci")
    relation.payerInferred = maybe(&random, "same-sentence")
    relation.statedBy = maybe(&random, [.questionAuthor, .government][random.below(2)])
    relation.qualifiedByNextSentence = maybe(&random, true)
    return relation
  }

  static func record(_ random: inout Random) -> DocumentRecord {
    let mentions = (0..<random.below(4)).map { _ in
      Mention(
        facts: RecordFastPathTests.randomFacts(&random), sentence: sentence(&random),
        textRange: 0..<random.below(10))
    }
    return DocumentRecord(
      document: document(&random), mentions: mentions,
      funding: (0..<random.below(4)).map { _ in funding(&random) })
  }

  @Test(arguments: 1...20)
  func randomRecordsEncodeAlikeBothWays(seed: UInt64) throws {
    var random = Random(seed: seed)
    for _ in 0..<20 {
      let record = Self.record(&random)
      let fast = try RecordEncoder.encode(record)
      #expect(fast == (try RecordEncoder.encode(record, fastPaths: false)))
      let decoded = try fast.withUnsafeBytes {
        try RecordDecoder.decode(DocumentRecord.self, from: $0)
      }
      #expect(decoded == record)
    }
  }

  @Test func partsEncodeAlikeAlone() throws {
    var random = Random(seed: 7)
    let record = Self.record(&random)
    #expect(
      try RecordEncoder.encode(record.document)
        == RecordEncoder.encode(record.document, fastPaths: false))
    let relations = (0..<20).map { _ in Self.funding(&random) }
    #expect(
      try RecordEncoder.encode(relations) == RecordEncoder.encode(relations, fastPaths: false))
  }
}
