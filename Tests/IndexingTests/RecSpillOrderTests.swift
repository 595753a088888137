import Corpus
import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Indexing

/// A spilled run lists its terms in byte order (`PostingsAccumulator.sortedByTerm`, a radix sort
/// on the terms' first eight bytes, then whole terms where these are equal), each once, on words
/// that share long prefixes, differ only past their eighth byte, or are shorter than eight.
@Suite struct RecSpillOrderTests {
  static let stems = [
    "anticonstitutionnel", "anticonstitutionnellement", "financement", "financements",
    "financer", "fin", "f", "établissement", "établissements", "établir", "zèbre", "a", "aa",
    "aaaaaaaab", "aaaaaaaaa", "aaaaaaaa", "médico-social", "1er", "150", "2024", "œuvre",
  ]

  static func document(_ random: inout FuzzGenerator) -> Document {
    var document = InvertedDocumentTests.documents[0]
    let words = (0..<(20 + random.below(200))).map { _ in
      stems[random.below(stems.count)] + (random.below(3) == 0 ? String(random.below(1_000)) : "")
    }
    document.sections = [
      Section(
        kind: .body,
        sentences: [
          Sentence(
            text: words.joined(separator: " "),
            span: SourceSpan(file: "f", line: 1, byteRange: 0..<1))
        ])
    ]
    return document
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func spilledTermsAreInByteOrder(seed: UInt64) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rec-spill-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var random = FuzzGenerator(seed: seed)
    var accumulator = PostingsAccumulator()
    var expected = Set<[UInt8]>()
    for number in 0..<40 {
      let inverted = InvertedDocument(
        document: Self.document(&random), analyzer: InvertedDocumentTests.analyzer)
      var start = 0
      for end in inverted.termEnds {
        expected.insert(Array(inverted.termBytes[start..<end]))
        start = end
      }
      accumulator.add(document: number, postings: inverted)
    }
    let url = folder.appendingPathComponent("run")
    try accumulator.spill(to: url)
    let bytes = try Data(contentsOf: url)
    var terms: [[UInt8]] = []
    bytes.withUnsafeBytes { raw in
      var reader = ByteReader(raw)
      while !reader.isAtEnd {
        terms.append(Array(reader.slice(reader.varintInt())))
        _ = reader.varintInt()
        _ = reader.varintInt()
        _ = reader.slice(reader.varintInt())
      }
    }
    #expect(Set(terms) == expected)
    #expect(terms.count == expected.count)
    for index in terms.indices.dropFirst() {
      let order = terms[index - 1].withUnsafeBytes { left in
        terms[index].withUnsafeBytes { RunMerger.compare(left, $0) }
      }
      #expect(order < 0, "\(terms[index - 1]) before \(terms[index])")
    }
  }
}
