import Corpus
import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Indexing

/// The byte path of a document's postings (`InvertedDocument`, `TermInterner`, the folded
/// filter strings) gives what the `String` path (`IndexedText`) gives.
@Suite struct InvertedDocumentTests {
  static let analyzer = FrenchAnalyzer()

  /// The shipped corpus, the corpus tests' open-data fixtures and, when they are there, 200 real
  /// open-data records.
  static let documents: [Document] = {
    let root = RecordCoderTests.root
    let folders = [
      root.appendingPathComponent("corpus"),
      root.appendingPathComponent("Tests/CorpusTests/Fixtures"),
    ]
    let real = CorpusWalker().files(under: [RecordFastPathTests.realRecords.path]).files
    let files = folders.flatMap { CorpusWalker().files(under: [$0.path]).files } + real.prefix(200)
    return files.flatMap { DocumentLoader().load($0).documents }
  }()

  @Test func documentsAreThere() {
    #expect(Self.documents.count >= 20)
  }

  @Test func entriesAreThoseOfTheStringPath() {
    for document in Self.documents {
      let inverted = InvertedDocument(document: document, analyzer: Self.analyzer)
      let expected = IndexedText.postings(of: document, analyzer: Self.analyzer)
      #expect(inverted.length == expected.length)
      #expect(inverted.termEnds.count == expected.terms.count)
      #expect(inverted.entryEnds.count == inverted.termEnds.count)
      var termStart = 0
      var entryStart = 0
      for (index, termEnd) in inverted.termEnds.enumerated() {
        let termBytes = Array(inverted.termBytes[termStart..<termEnd])
        let term = String(decoding: termBytes, as: UTF8.self)
        let entry = Array(inverted.entries[entryStart..<inverted.entryEnds[index]])
        let positions = expected.terms[term] ?? []
        let frequency = expected.frequencies[term] ?? -1
        #expect(
          entry == PostingsAccumulator.entry(positions: positions, frequency: frequency),
          "\(document.id) \(term)")
        let hash = termBytes.withUnsafeBufferPointer { TermInterner.hash($0) }
        #expect(inverted.termHashes[index] == hash)
        termStart = termEnd
        entryStart = inverted.entryEnds[index]
      }
    }
  }

  @Test func filterStringsAreTheFoldedFields() {
    var documents = Self.documents
    var extra = documents[0]
    extra.ministryAsked = "Ministère de l’Économie, des Finances et de la Souveraineté"
    extra.ministryAnswering = nil
    extra.rubric = "Ehpad — établissements médico-sociaux"
    extra.author = Author(name: "Jean-Luc Bourgeaux", group: "", groupShort: "L. 314-6")
    documents.append(extra)
    for document in documents {
      let fields = [
        document.id, document.file,
        IndexedText.foldedField(
          [document.ministryAsked, document.ministryAnswering], analyzer: Self.analyzer),
        IndexedText.foldedField([document.author?.name], analyzer: Self.analyzer),
        IndexedText.foldedField(
          [document.author?.group, document.author?.groupShort], analyzer: Self.analyzer),
        IndexedText.foldedField([document.rubric], analyzer: Self.analyzer),
      ]
      let expected = Array(fields.joined(separator: "\0").utf8)
      #expect(PreparedDocument.strings(of: document, analyzer: Self.analyzer) == expected)
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func internerIdsAreFirstSeenAndDistinctByBytes(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    let interner = TermInterner()
    var expected: [[UInt8]: Int] = [:]
    for _ in 0..<20_000 {
      let term = (0..<random.below(20)).map { _ in UInt8(0x61 + random.below(4)) }
      let id = term.withUnsafeBufferPointer { interner.id(of: $0) }
      let known = expected[term] ?? expected.count
      expected[term] = known
      #expect(id == known)
      #expect(interner.term(id) == term)
    }
    #expect(interner.count == expected.count)
  }
}
