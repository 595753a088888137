import Corpus
import Foundation
import FrenchText
import Testing

/// The Assemblée open-data XML (per-question file, XIV bulk file, legacy upper-case view) and
/// the status history of fixtures written from the schema (formats.md §1.2, §1.6).
struct OpenDataXMLTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/opendata")

  static func file(_ name: String) -> CorpusFile {
    let url = folder.appendingPathComponent(name)
    return CorpusFile(path: url.path, relativePath: name, size: 0, modificationTime: 0)
  }

  static func load(_ name: String) -> LoadOutcome { DocumentLoader().load(file(name)) }

  static func date(_ text: String) -> CalendarDate? { CalendarDate(parsing: text) }

  @Test
  func readsATransferredQuestionInXML() throws {
    let outcome = Self.load("QANR5L17QE9001.xml")
    #expect(outcome.diagnostics.isEmpty)
    let document = try #require(outcome.documents.first)
    #expect(document.id == "AN-17-QE-9001" && document.format == "an-open-data-xml")
    #expect(
      document.analysis == "Extension d'une prime de revalorisation / "
        + "Financement par l'assurance maladie")
    #expect(document.rubric == "professions et activités sociales")
    #expect(document.ministryAsked == "Ministère de la santé")
    #expect(document.ministryAnswering == "Ministère chargé de l'autonomie")
    #expect(document.questionDate == Self.date("2025-06-03") && document.questionPage == 4210)
    #expect(document.author?.id == "PA000001" && document.author?.groupShort == "XYZ")
    #expect(document.author?.name == "Alice Exemple")
    #expect(document.status == "answered")
    let question = try #require(document.sections.first { $0.kind == .question })
    #expect(question.sentences.first?.text.contains("prime & sur") == true)
  }

  @Test
  func xmlSpansPointIntoTheFile() throws {
    let document = try #require(Self.load("QANR5L17QE9001.xml").documents.first)
    let bytes = try [UInt8](
      Data(contentsOf: Self.folder.appendingPathComponent("QANR5L17QE9001.xml")))
    let answer = try #require(document.sections.first { $0.kind == .answer }?.sentences.first)
    let raw = String(decoding: bytes[answer.span.byteRange], as: UTF8.self)
    #expect(raw.hasPrefix("L'accord signé"))
    let line = bytes[..<answer.span.byteRange.lowerBound].filter { $0 == 0x0A }.count + 1
    #expect(answer.span.line == line)
  }

  @Test
  func historyOfATransferredQuestion() throws {
    let document = try #require(Self.load("QANR5L17QE9001.xml").documents.first)
    let kinds = document.events.map(\.kind)
    #expect(
      kinds == [
        .published, .erratum, .renewed, .transferred, .signaled, .answered, .answered, .erratum,
      ])
    let transfer = try #require(document.events.first { $0.kind == .transferred })
    #expect(transfer.from == "Ministère de la santé")
    #expect(transfer.to == "Ministère chargé de l'autonomie")
    #expect(transfer.date == Self.date("2025-09-16") && transfer.page == 7702)
    let answers = document.events.filter { $0.kind == .answered }
    #expect(answers.map(\.part) == [1, 2] && answers.map(\.page) == [9876, 10012])
    let erratum = try #require(document.events.last)
    #expect(erratum.label == "réponse" && erratum.page == 10100)
    #expect(document.events.first { $0.kind == .signaled }?.date == Self.date("2025-10-14"))
  }

  @Test
  func historyOfAWithdrawnQuestion() throws {
    let document = try #require(Self.load("QANR5L17QE9002.json").documents.first)
    #expect(document.status == "withdrawn")
    #expect(document.events.map(\.kind) == [.published, .renewed, .renewed, .withdrawn])
    let withdrawal = try #require(document.events.last)
    #expect(withdrawal.label == "fin de mandat" && withdrawal.date == Self.date("2025-06-09"))
    #expect(withdrawal.page == 4500)
  }

  @Test
  func readsTheBulkFileRecordByRecord() throws {
    var batches: [LoadOutcome] = []
    DocumentLoader().stream(Self.file("Questions_ecrites_XIV.xml")) { batches.append($0) }
    #expect(batches.count == 3 && batches.allSatisfy { $0.diagnostics.isEmpty })
    let documents = batches.flatMap(\.documents)
    #expect(documents.map(\.id) == ["AN-14-QE-1", "AN-14-QE-2", "AN-14-QE-3"])
    #expect(documents.map(\.status) == ["answered", "unanswered", "withdrawn"])
    #expect(documents[0].answerDate == Self.date("2012-09-18"))
    #expect(documents[2].events.last?.kind == .withdrawn)
    #expect(documents[1].author?.name == "Carl Exemple")
    let first = try #require(documents[0].sentences.first { $0.text.contains("sujet 1") })
    #expect(first.span.line > 3)
  }

  @Test(arguments: [1, 7, 64, 1000])
  func chunkBoundariesDoNotMatter(chunk: Int) throws {
    let bytes = try [UInt8](
      Data(contentsOf: Self.folder.appendingPathComponent("Questions_ecrites_XIV.xml")))
    var offset = 0
    var documents: [Document] = []
    ANOpenDataXMLReader().stream(
      file: Self.file("Questions_ecrites_XIV.xml"),
      nextChunk: {
        guard offset < bytes.count else { return nil }
        defer { offset += chunk }
        return Array(bytes[offset..<min(offset + chunk, bytes.count)])
      }
    ) { documents += $0.documents }
    let whole = Self.load("Questions_ecrites_XIV.xml").documents
    #expect(documents == whole)
  }

  @Test
  func readsTheLegacyUpperCaseView() throws {
    let outcome = Self.load("legacy-QE12345.xml")
    #expect(outcome.diagnostics.isEmpty)
    let document = try #require(outcome.documents.first)
    #expect(document.id == "AN-14-QE-12345" && document.rubric == "voirie")
    #expect(document.ministryAsked == "Écologie" && document.ministryAnswering == "Transports")
    #expect(document.questionPage == 7101 && document.answerPage == 5300)
    #expect(document.events.map(\.kind) == [.published, .transferred, .renewed, .answered])
    #expect(document.analysis == "entretien" && document.author?.name == "Denis Exemple")
  }

  @Test
  func readsLatin1XMLByItsDeclaration() throws {
    let name = "legacy-QE12346-latin1.xml"
    let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
    for outcome in [Self.load(name), TestSupport.load(bytes: bytes, name: name)] {
      #expect(outcome.diagnostics.isEmpty)
      let document = try #require(outcome.documents.first)
      #expect(document.id == "AN-14-QE-12346" && document.ministryAsked == "Écologie")
      let answer = try #require(document.sections.first { $0.kind == .answer }?.sentences.first)
      #expect(answer.text == "Le ministre répond sur les routes.")
      #expect(Latin1Text.string(bytes[answer.span.byteRange]) == answer.text)
    }
  }

  @Test(arguments: [
    ("<question><uid>QANR5L17QE1</uid><type>QE</type>", "truncated XML"),
    ("<question><uid>x</uid></type></question>", "invalid XML"),
    ("<questionsEcrites></questionsEcrites>", "not a question record"),
  ])
  func badXMLIsReported(text: String, reason: String) {
    let outcome = TestSupport.load(text, name: "bad.xml")
    #expect(outcome.documents.isEmpty)
    #expect(outcome.diagnostics.first?.message.contains(reason) == true, "\(outcome.diagnostics)")
  }
}
