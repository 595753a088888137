import Corpus
import FrenchText
import FuzzSupport
import Testing

@testable import Indexing

/// `InvertedDocument`'s in-order pass with its per-thread scratch gives what sorting every
/// (term, position) pair gives, whatever documents the scratch served before, and the
/// interner starts afresh after `removeAll()`.
@Suite struct InversionScratchTests {
  static let analyzer = FrenchAnalyzer()

  static func same(_ left: InvertedDocument, _ right: InvertedDocument) -> Bool {
    left.termBytes == right.termBytes && left.termEnds == right.termEnds
      && left.termHashes == right.termHashes && left.entries == right.entries
      && left.entryEnds == right.entryEnds && left.length == right.length
  }

  /// A document of `count` sentences of random words from a small alphabet (repeated terms),
  /// some doubled as compounds ("ab-ab" gives `ab`, the joined `abab` at the same position,
  /// then `ab`).
  static func document(_ random: inout FuzzGenerator, sentences count: Int, title: Bool) -> Document
  {
    let sentences = (0..<count).map { index in
      let words = (0..<random.below(40)).map { _ -> String in
        let word = String(
          (0..<(1 + random.below(6))).map { _ in "abcé".randomElement(using: &random)! })
        return random.below(8) == 0 ? word + "-" + word : word
      }
      return Sentence(
        text: words.joined(separator: " "),
        span: SourceSpan(file: "t", line: index + 1, byteRange: 0..<1))
    }
    return Document(
      id: "d", file: "t", kind: .announcement, format: "test",
      title: title ? "Titre des ab-ab et des abc" : nil,
      sections: [Section(kind: .body, sentences: sentences)])
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func inOrderPassIsTheSortingPass(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    for round in 0..<40 {
      let document = Self.document(
        &random, sentences: random.below(30), title: round % 2 == 0)
      let inverted = InvertedDocument(document: document, analyzer: Self.analyzer)
      let sorted = InvertedDocument(sortingPositionsOf: document, analyzer: Self.analyzer)
      #expect(Self.same(inverted, sorted), "round \(round)")
    }
  }

  /// The shipped documents one after the other, then in reverse, on one thread's scratch.
  @Test func reusedScratchGivesTheSameAsAFreshOne() {
    let documents = InvertedDocumentTests.documents
    for document in documents + documents.reversed() {
      let inverted = InvertedDocument(document: document, analyzer: Self.analyzer)
      let sorted = InvertedDocument(sortingPositionsOf: document, analyzer: Self.analyzer)
      #expect(Self.same(inverted, sorted), "\(document.id)")
    }
  }

  /// A document with more distinct terms and tokens than the scratch keeps (its parts are
  /// dropped, not kept), then a small one.
  @Test func largeDocumentThenSmallOne() {
    var words: [String] = []
    var random = FuzzGenerator(seed: 9)
    for _ in 0..<(InversionScratch.keptStats + 500) {
      words.append(String((0..<8).map { _ in "abcdefghij".randomElement(using: &random)! }))
    }
    let sentences = stride(from: 0, to: words.count, by: 50).map { start in
      Sentence(
        text: words[start..<min(start + 50, words.count)].joined(separator: " "),
        span: SourceSpan(file: "t", line: 1, byteRange: 0..<1))
    }
    let large = Document(
      id: "l", file: "t", kind: .announcement, format: "test",
      sections: [Section(kind: .body, sentences: sentences + sentences)])
    let small = Self.document(&random, sentences: 5, title: true)
    for document in [large, small, large] {
      let inverted = InvertedDocument(document: document, analyzer: Self.analyzer)
      let sorted = InvertedDocument(sortingPositionsOf: document, analyzer: Self.analyzer)
      #expect(Self.same(inverted, sorted))
    }
  }

  @Test(arguments: [4, 5] as [UInt64])
  func internerStartsAfreshAfterRemoveAll(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    let interner = TermInterner()
    for round in 0..<3 {
      var expected: [[UInt8]: Int] = [:]
      for _ in 0..<(round == 1 ? 9_000 : 300) {
        let term = (0..<random.below(12)).map { _ in UInt8(0x61 + random.below(5)) }
        let id = term.withUnsafeBufferPointer { interner.id(of: $0) }
        let known = expected[term] ?? expected.count
        expected[term] = known
        #expect(id == known)
        #expect(interner.term(id) == term)
      }
      #expect(interner.count == expected.count)
      interner.removeAll()
      #expect(interner.count == 0)
    }
  }
}
