import Foundation
import Testing

@testable import FrenchText

/// The sentence splitter's fast path (bytes through a buffer pointer, the text between
/// terminators skipped, abbreviations compared as packed bytes, ASCII openers without Unicode
/// properties) gives exactly the ranges of the former splitter (`ReferenceSentenceSplitter`).
@Suite struct SentenceSplitterFastPathTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let table: [String] = [
    "M. Dupont attire l'attention de Mme la ministre. Elle répond.",
    "Voir éd. Dalloz, réf. 12, Réf. Interne, Éts. Martin, dépt. Nord. Fin.",
    "Il hésite… puis signe… Alors ? Oui ! Non !! Peut-être?! Bon... Ensuite.",
    "« C'est fini. » Puis. « Encore » — Suite. – Tiret. • Puce. [Note]. (Parenthèse). \"Cité\".",
    "Le taux : 4,5 % et 4.5 points. L. 314-6. art. L. 1. MM. Durand. Mmes Petit. Mlles. Z.",
    "anticonstitutionnellement. Établissement. Œuvre. Ça. Île. Ô. ÿ. Ā. ſ. ž. Ž.",
    "Fin.\u{00A0}Début.\u{202F}Suite.\u{2009}Autre.\tTab.\nLigne.\r\nRetour.",
    "Un mot…« guillemet »… Après.” Fin’. Puis.’ Ensuite.",
    "etc. Le reste. etc. le reste. cf. Art. 3. No. 5. no. 6. Cass. civ. 2e. op. cit. Id.",
    "", " ", ".", "..", "...", "…", "a.", "A. B. C.", "x. Y", "\u{00A0}. A", "é. É",
  ]

  @Test(arguments: table)
  func sameAsReferenceOnTable(_ text: String) {
    let bytes = Array(text.utf8)
    #expect(
      SentenceSplitter().sentenceRanges(in: bytes)
        == ReferenceSentenceSplitter().sentenceRanges(in: bytes))
  }

  @Test func sameAsReferenceOnRealFiles() throws {
    let folders = ["corpus", "Tests/CorpusTests/Fixtures"].map {
      Self.root.appendingPathComponent($0)
    }
    var files = 0
    for folder in folders {
      let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
      while let url = walker?.nextObject() as? URL {
        guard let data = FileManager.default.contents(atPath: url.path), !data.isEmpty else {
          continue
        }
        let bytes = [UInt8](data)
        files += 1
        #expect(
          SentenceSplitter().sentenceRanges(in: bytes)
            == ReferenceSentenceSplitter().sentenceRanges(in: bytes), "\(url.lastPathComponent)")
      }
    }
    #expect(files > 10)
  }

  static let pieces: [[UInt8]] =
    [
      ".", "!", "?", "…", "...", " ", "  ", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{200A}", "\n",
      "\t", "\r", "»", "«", "“", "”", "’", "'", "\"", ")", "(", "]", "[", "—", "–", "-", "•", "M",
      "Mme", "MM", "art", "éd", "Réf", "Éts", "dépt", "spéc", "a", "z", "Z", "É", "é", "œ", "1",
      "42", "mot", "Phrase", "etc", "ibid", "Mlles", "anticonstitutionnellement", "Œ", "ſ",
      "æ", "¦", "Ʀ",
    ].map { Array($0.utf8) } + [
      [0xE2], [0xE2, 0x80], [0xC3], [0xC2], [0x80], [0xFF], [0xC5, 0xA0], [0xA6], [0x80, 0xA6],
    ]

  @Test(arguments: 0..<4)
  func sameAsReferenceOnRandomText(_ seed: Int) {
    var random = SplitMix(seed: UInt64(seed))
    for number in 0..<500 {
      var bytes: [UInt8] = []
      for _ in 0..<random.below(60) {
        if random.below(12) == 0 {
          bytes.append(UInt8(truncatingIfNeeded: random.next()))
        } else {
          bytes += Self.pieces[random.below(Self.pieces.count)]
        }
      }
      let expected = ReferenceSentenceSplitter().sentenceRanges(in: bytes)
      #expect(
        SentenceSplitter().sentenceRanges(in: bytes) == expected, "\(seed)-\(number) \(bytes)")
    }
  }

  @Test func abbreviationsArePackedOneToOne() {
    #expect(Set(SentenceAbbreviations.packedWords).count == SentenceAbbreviations.words.count)
    for word in SentenceAbbreviations.words {
      let bytes = Array(word.utf8)
      #expect(bytes.withUnsafeBufferPointer { SentenceAbbreviations.contains($0, 0..<bytes.count) })
      let longer = bytes + [0x61]
      let expected = SentenceAbbreviations.words.contains(String(decoding: longer, as: UTF8.self))
      #expect(
        longer.withUnsafeBufferPointer {
          SentenceAbbreviations.contains($0, 0..<longer.count)
        } == expected)
    }
  }
}

/// A small seeded generator (SplitMix64) for the random tables of the fast-path tests.
struct SplitMix {
  var state: UInt64

  init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
