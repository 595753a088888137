import Corpus
import FrenchText
import FuzzSupport
import Testing

@testable import Indexing

/// The raw-memory interner (slots holding a term's first eight bytes and its length) and the
/// counting-sort inversion: the cases their shortcuts could get wrong.
@Suite struct InversionInternerTests {
  static let analyzer = FrenchAnalyzer()

  /// Terms the slot's head alone cannot tell apart: trailing zero bytes, the same first eight
  /// bytes with the same length, long terms differing only in their last byte, the empty term.
  @Test func termsSharingTheirHeadAreDistinct() {
    let a = UInt8(ascii: "a")
    let terms: [[UInt8]] = [
      [], [0], [0, 0], [a], [a, 0], [a, 0, 0], Array("gouverne".utf8), Array("gouverne\0".utf8),
      Array("gouvernement".utf8), Array("gouvernemenx".utf8), Array("gouvernements".utf8),
      Array("internationale".utf8), Array("internationaux".utf8),
      Array("anticonstitutionnellement".utf8), Array("anticonstitutionnellemenx".utf8),
      Array("anticonstitutionnellement!".utf8), Array("é".utf8), Array("ée".utf8),
    ]
    let interner = TermInterner()
    for round in 0..<2 {
      for (index, term) in terms.enumerated() {
        let id = term.withUnsafeBufferPointer { interner.id(of: $0) }
        #expect(id == index, "round \(round) \(term)")
        #expect(interner.term(id) == term)
      }
    }
    #expect(interner.count == terms.count)
    #expect(
      interner.hashes
        == terms.map { term in term.withUnsafeBufferPointer { TermInterner.hash($0) } })
  }

  /// A term read eight bytes at once (more bytes after it) and read byte by byte (at the end of
  /// its buffer) gets the same id and hash.
  @Test func wordReadsAndByteReadsAgree() {
    let interner = TermInterner()
    var storage = interner.borrow()
    let text = Array("abcdefghijklmnopqrstuvwxyz".utf8)
    var ids: [[UInt8]: Int] = [:]
    text.withUnsafeBufferPointer { bytes in
      for start in 0..<text.count {
        for end in start...text.count {
          let term = Array(text[start..<end])
          let id = storage.id(
            of: bytes.baseAddress! + start, count: end - start, readable: text.count - start)
          let known = ids[term] ?? ids.count
          ids[term] = known
          #expect(id == known)
          // The same bytes copied alone: only `count` bytes may be read.
          let alone = term.withUnsafeBufferPointer { copy in
            copy.baseAddress.map { storage.id(of: $0, count: copy.count, readable: copy.count) }
          }
          #expect(alone == nil || alone == id)
        }
      }
    }
    interner.giveBack(storage)
    #expect(interner.count == ids.count)
  }

  /// Many terms, long ones among them: the table, the arrays by id and the byte buffer grow
  /// (past their first sizes), then come back to them after `removeAll()`.
  @Test(arguments: [7, 8] as [UInt64])
  func growingKeepsEveryTerm(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    let interner = TermInterner()
    for round in 0..<2 {
      var expected: [[UInt8]: Int] = [:]
      var order: [[UInt8]] = []
      for _ in 0..<6_000 {
        let length = random.below(4) == 0 ? 9 + random.below(30) : 1 + random.below(8)
        let term = (0..<length).map { _ in UInt8(0x61 + random.below(3)) }
        let id = term.withUnsafeBufferPointer { interner.id(of: $0) }
        if expected[term] == nil {
          expected[term] = order.count
          order.append(term)
        }
        #expect(id == expected[term], "round \(round)")
      }
      #expect(interner.count == order.count)
      #expect(interner.termBytes == Array(order.joined()))
      #expect(interner.ends == order.reduce(into: [Int]()) { $0.append(($0.last ?? 0) + $1.count) })
      interner.removeAll()
      #expect(interner.count == 0)
    }
  }

  /// A term whose deltas take 128 bytes or more (its size takes two bytes: the deltas are moved
  /// on), positions past 127 (first deltas of several bytes), repeated positions of joined
  /// tokens, and title words: as the sorting pass gives, and as the `String` path gives.
  @Test func longEntriesAndFarPositions() {
    let words = (0..<600).map { index in index % 3 == 0 ? "mot" : "terme\(index % 7)-terme" }
    let sentences = stride(from: 0, to: words.count, by: 100).map { start in
      Sentence(
        text: words[start..<(start + 100)].joined(separator: " "),
        span: SourceSpan(file: "t", line: 1, byteRange: 0..<1))
    }
    let document = Document(
      id: "d", file: "t", kind: .announcement, format: "test", title: "Le mot du titre",
      sections: [Section(kind: .body, sentences: sentences)])
    let inverted = InvertedDocument(document: document, analyzer: Self.analyzer)
    let sorted = InvertedDocument(sortingPositionsOf: document, analyzer: Self.analyzer)
    #expect(InversionScratchTests.same(inverted, sorted))
    let expected = IndexedText.postings(of: document, analyzer: Self.analyzer)
    var termStart = 0
    var entryStart = 0
    var longest = 0
    for (index, termEnd) in inverted.termEnds.enumerated() {
      let term = String(decoding: inverted.termBytes[termStart..<termEnd], as: UTF8.self)
      let entry = Array(inverted.entries[entryStart..<inverted.entryEnds[index]])
      #expect(
        entry
          == PostingsAccumulator.entry(
            positions: expected.terms[term] ?? [], frequency: expected.frequencies[term] ?? -1))
      longest = max(longest, entry.count)
      termStart = termEnd
      entryStart = inverted.entryEnds[index]
    }
    #expect(longest > 130)
    #expect(inverted.length == expected.length)
  }
}
