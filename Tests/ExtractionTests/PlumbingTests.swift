import Corpus
import FrenchText
import FuzzSupport
import Testing

@testable import Extraction

/// The fifth session's extraction plumbing gives what the general path gives: mentions
/// appended to a document's array in place, the order of the passes' results without a sort
/// when already in order, the record's anaphora read on actors only.
@Suite struct PlumbingTests {
  static let date = CalendarDate(year: 2025, month: 3, day: 11)

  static func sentence(_ line: String, _ number: Int) -> Sentence {
    Sentence(text: line, span: SourceSpan(file: "t", line: number, byteRange: 0..<0))
  }

  /// Extracting into a non-empty array appends exactly what extracting alone gives, and the
  /// funding relations are those found from the sentence's own mentions.
  @Test func mentionsAppendedInPlaceAgree() {
    var all: [Mention] = []
    var shared = DiscourseContext()
    var alone = DiscourseContext()
    for (number, line) in FastPathKeyTests.allLines.enumerated() {
      let sentence = Self.sentence(line, number + 1)
      let start = all.count
      let found = MentionExtractor().extractLexed(
        sentence, documentDate: Self.date, context: &shared, inQuestion: true, into: &all)
      let single = MentionExtractor().extract(
        sentence, documentDate: Self.date, context: &alone, inQuestion: true)
      #expect(Array(all[start...]) == single.mentions, "\(line)")
      #expect(found.funding == single.funding, "\(line)")
      let general = MentionExtractor().funding(
        in: sentence, mentions: single.mentions, inQuestion: true)
      #expect(found.funding == general, "\(line)")
    }
    #expect(all.count > 100)
  }

  /// The order of the passes' results is that of a stable sort by span, on random groups
  /// (sorted or not, with ties).
  @Test func orderIsAStableSortBySpan() {
    var random = FuzzGenerator(seed: 5)
    for _ in 0..<300 {
      var groups: [[Found]] = []
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let ascending = Int.random(in: 0..<2, using: &random) == 0
        var items: [Found] = []
        var first = 0
        for _ in 0..<Int.random(in: 1...6, using: &random) {
          first =
            ascending
            ? first + Int.random(in: 0...3, using: &random)
            : Int.random(in: 0...12, using: &random)
          let end = first + Int.random(in: 1...3, using: &random)
          items.append(Found(facts: MentionFacts(type: .count, text: ""), first: first, end: end))
        }
        groups.append(items)
      }
      let flat = groups.enumerated().flatMap { group, items in
        items.indices.map { (group << 32 | $0, items[$0].first, items[$0].end) }
      }
      let expected = flat.enumerated().sorted {
        ($0.element.1, $0.element.2, $0.offset) < ($1.element.1, $1.element.2, $1.offset)
      }.map(\.element.0)
      #expect(MentionExtractor.order(of: groups, total: flat.count) == expected)
    }
  }

  /// A document's record holds, sentence by sentence, the mentions `extract` gives.
  @Test func recordAgreesWithSentenceBySentenceExtraction() {
    let lines = Array(FastPathKeyTests.realLines.prefix(200))
    let sentences = lines.enumerated().map { Self.sentence($1, $0 + 1) }
    let document = Document(
      id: "t", file: "t", kind: .announcement, format: "t", date: Self.date,
      sections: [Section(kind: .body, sentences: sentences)])
    let record = RecordExtractor().record(for: document)
    var context = DiscourseContext()
    var expected: [Mention] = []
    for sentence in sentences {
      expected +=
        MentionExtractor().extract(
          sentence, documentDate: Self.date, context: &context
        ).mentions
    }
    #expect(record.mentions == expected)
  }
}
