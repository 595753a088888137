import Corpus
import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// Encodings share pooled memory (`RecordEncoderScratch`: string table, value bytes, key cache,
/// decimal names): an encoding never depends on the ones before it, including after a record
/// large enough to grow the table.
@Suite struct RecordEncoderScratchTests {
  struct Figures: Codable, Equatable {
    var label: String
    var values: [Decimal]
    var words: [String]
  }

  static func figures(_ random: inout FuzzGenerator, size: Int) -> Figures {
    let words = [
      "prime", "Ségur", "l’hôpital", "œuvre", "1er", "\u{202F}%", "santé", "183\u{00A0}€",
    ]
    let values = (0..<size).map { _ in
      Decimal(random.below(100_000)) / Decimal(1 + random.below(1_000))
    }
    let texts = (0..<size).map { index in
      words[random.below(words.count)] + " \(index % (1 + random.below(50)))"
    }
    return Figures(label: words[random.below(words.count)], values: values, words: texts)
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func encodingsDoNotDependOnEarlierOnes(seed: UInt64) throws {
    var random = FuzzGenerator(seed: seed)
    let values = (0..<30).map { index in
      Self.figures(&random, size: index % 7 == 0 ? 3_000 : random.below(40))
    }
    let forward = try values.map { try RecordEncoder.encode($0) }
    let backward = try values.reversed().map { try RecordEncoder.encode($0) }
    #expect(forward == Array(backward.reversed()))
    for (value, bytes) in zip(values, forward) {
      let decoded = try bytes.withUnsafeBytes { try RecordDecoder.decode(Figures.self, from: $0) }
      #expect(decoded == value)
    }
  }

  /// Long strings are hashed by their ends only: strings differing only in the middle still get
  /// their own index, and each string met again gets its first index.
  @Test func longStringsDifferingInTheMiddleStayApart() {
    let start = String(repeating: "Le Ségur prévoit 183\u{00A0}€ net par mois ", count: 3)
    let end = String(repeating: " pour 700\u{202F}000 salariés de l’hôpital", count: 3)
    let middles = ["a", "b", "œ", "é", "1er", "2e", "", "0,5 %"]
    var table = RecordStringTable()
    defer { table.deallocate() }
    var indices: [String: Int] = [:]
    for round in 0..<3 {
      for middle in middles {
        var text = start + middle + end
        let index = text.withUTF8 { table.index(of: $0) }
        if round == 0 {
          #expect(index == indices.count)
          indices[text] = index
        } else {
          #expect(index == indices[text])
        }
      }
    }
    #expect(table.count == middles.count)
  }
}
