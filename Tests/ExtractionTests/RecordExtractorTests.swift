import Corpus
import Foundation
import FrenchText
import Testing

@testable import Extraction

@Suite struct RecordExtractorTests {
  func sentence(_ text: String, line: Int) -> Sentence {
    Sentence(text: text, span: SourceSpan(file: "q.md", line: line, byteRange: 0..<text.utf8.count))
  }

  func document() -> Document {
    Document(
      id: "AN-17-QE-1", file: "q.md", kind: .question, format: "an-markdown",
      date: CalendarDate(year: 2025, month: 2, day: 4),
      questionDate: CalendarDate(year: 2025, month: 2, day: 4),
      answerDate: CalendarDate(year: 2025, month: 9, day: 30),
      sections: [
        Section(
          kind: .question,
          sentences: [
            sentence("Le 6 août dernier, le gouvernement a acté l'extension de la prime.", line: 3),
            sentence("Les salariés toucheront 183 euros net par mois.", line: 4),
          ]),
        Section(
          kind: .answer,
          sentences: [
            sentence("Le 6 août dernier, un accord a été conclu.", line: 8),
            sentence("Il concerne 1 550 étudiants, dès juillet 2024.", line: 9),
          ]),
      ])
  }

  @Test func questionAndAnswerUseTheirOwnDates() {
    let record = RecordExtractor().record(for: document())
    let dates = record.mentions.filter { $0.type == .date }
    #expect(dates.map(\.value?.string) == ["2024-08-06", "2025-08-06", "2024-07"])
    #expect(dates.map(\.line) == [3, 8, 9])
    #expect(dates.prefix(2).allSatisfy { $0.resolved == true })
  }

  @Test func mentionsKeepTheirSentence() {
    let record = RecordExtractor().record(for: document())
    let amount = record.mentions.first { $0.type == .amount }
    #expect(amount?.sentence.text == "Les salariés toucheront 183 euros net par mois.")
    #expect(amount?.text == "183 euros net par mois")
    #expect(amount?.byteRange != nil)
    #expect(record.mentions.map(\.type) == [.date, .actor, .amount, .date, .count, .date])
    #expect(record.document.id == "AN-17-QE-1")
  }

  @Test func withoutADocumentDateRelativeDatesStayUnresolved() {
    var plain = document()
    plain.date = nil
    plain.questionDate = nil
    plain.answerDate = nil
    let record = RecordExtractor().record(for: plain)
    let first = record.mentions.first { $0.type == .date }
    #expect(first?.value == .text("XXXX-08-06"))
    #expect(first?.resolved == false)
  }
}

@Suite struct DocumentRecordCodingTests {
  @Test func recordRoundTripsThroughJSON() throws {
    let text =
      "L'accord prévoit que l'État financera la prime de 183 euros net par mois dès juillet 2024."
    let sentence = Sentence(
      text: text, span: SourceSpan(file: "c.txt", line: 2, byteRange: 10..<(10 + text.utf8.count)))
    let document = Document(
      id: "c.txt", file: "c.txt", kind: .announcement, format: "text",
      sections: [Section(kind: .body, sentences: [sentence])])
    let record = RecordExtractor().record(for: document)
    #expect(record.mentions.map(\.type) == [.actor, .amount, .date])
    #expect(record.funding.map(\.payer) == ["État"])
    #expect(record.funding.first?.amount?.value == .number(183))
    let data = try JSONEncoder().encode(record)
    #expect(try JSONDecoder().decode(DocumentRecord.self, from: data) == record)
  }

  @Test func questionSentencesThatAskAreRequests() {
    let text = "Il lui demande comment le Gouvernement entend financer la prime Ségur."
    let sentence = Sentence(
      text: text, span: SourceSpan(file: "q.md", line: 5, byteRange: 0..<text.utf8.count))
    let document = Document(
      id: "q", file: "q.md", kind: .question, format: "an-markdown",
      sections: [Section(kind: .question, sentences: [sentence])])
    let record = RecordExtractor().record(for: document)
    #expect(record.funding.map(\.modality) == [.requested])
  }
}
