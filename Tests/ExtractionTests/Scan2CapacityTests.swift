import Corpus
import FrenchText
import Testing

@testable import Extraction

/// The eighth session's second round: a document's first capacity for its mentions counts two
/// per sentence, within 32 and 256, and does not change what the record holds.
@Suite struct Scan2CapacityTests {
  @Test(arguments: [(0, 32), (1, 32), (16, 32), (17, 34), (100, 200), (128, 256), (500, 256)])
  func firstCapacityIsTwoPerSentenceWithinBounds(sentences: Int, capacity: Int) {
    let half = sentences / 2
    let sentence = Sentence(
      text: "Une phrase.", span: SourceSpan(file: "q.md", line: 1, byteRange: 0..<11))
    let document = Document(
      id: "AN-17-QE-1", file: "q.md", kind: .question, format: "an-markdown",
      sections: [
        Section(kind: .question, sentences: Array(repeating: sentence, count: half)),
        Section(kind: .answer, sentences: Array(repeating: sentence, count: sentences - half)),
      ])
    #expect(RecordExtractor.firstCapacity(for: document) == capacity)
  }

  /// A document of more sentences than the first capacity holds: its record's mentions are the
  /// sentences' own, in order, however the array grew.
  @Test func recordHoldsEverySentencesMentions() {
    let date = CalendarDate(year: 2025, month: 2, day: 4)
    let sentences = (0..<150).map { index in
      let text =
        "Le \(index % 28 + 1) mars 2024, \(index * 7 + 3) salariés ont reçu \(index + 2) M€."
      return Sentence(
        text: text, span: SourceSpan(file: "q.md", line: index + 1, byteRange: 0..<text.utf8.count))
    }
    let document = Document(
      id: "AN-17-QE-1", file: "q.md", kind: .question, format: "an-markdown", date: date,
      sections: [Section(kind: .body, sentences: sentences)])
    let record = RecordExtractor().record(for: document)
    var context = DiscourseContext()
    var expected: [Mention] = []
    for sentence in sentences {
      expected +=
        MentionExtractor().extract(sentence, documentDate: date, context: &context)
        .mentions
    }
    #expect(expected.count >= 3 * sentences.count)
    #expect(record.mentions == expected)
  }
}
