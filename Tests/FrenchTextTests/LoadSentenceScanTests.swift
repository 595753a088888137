import Foundation
import FuzzSupport
import Testing

@testable import FrenchText

/// The sentence splitter's scan that goes straight to the lowest possible terminator of each
/// eight-byte word (skipping the "’" that share the lead byte of "…"), and its callback form
/// (`forEachSentenceRange`), give exactly the ranges of the former splitter
/// (`ReferenceSentenceSplitter`): on real French text, dense with apostrophes and terminators,
/// and on seeded random text.
@Suite struct LoadSentenceScanTests {
  static let table: [String] = [
    "L’État s’est engagé… l’an dernier. L’aide n’a pas été versée ! Pourquoi ? Voilà.",
    "’’’’’’’’’’’’’’’’. Fin’’’’’’’’’’… Début’’’’’’.",
    "a.b.c.d.e.f.g.h.i.j. K. L.M.N.O.P. Q.",
    "…………………… Après…………. Suite????!!!!.... Fin",
    "M. le ministre de l’Économie, des Finances et de la Souveraineté industrielle et "
      + "numérique. Mme Gaëlle Saint-Martin appelle l’attention de M. le ministre… Elle "
      + "souhaite connaître ses intentions. Réponse. — Le Gouvernement (art. L. 314-6) a pris "
      + "note… « Les 1 000 € seront versés. » Ainsi, 4,5 % des aides… etc. Fin.",
    "\u{2019}.\u{2019}.\u{2019}. A\u{2026}B\u{2026} C\u{2026}\u{2019} D",
  ]

  @Test(arguments: table)
  func sameAsReferenceOnTable(_ text: String) {
    let bytes = Array(text.utf8)
    let expected = ReferenceSentenceSplitter().sentenceRanges(in: bytes)
    #expect(SentenceSplitter().sentenceRanges(in: bytes) == expected)
    var collected: [Range<Int>] = []
    SentenceSplitter().forEachSentenceRange(in: bytes) { collected.append($0) }
    #expect(collected == expected)
  }

  /// Every offset of each table text, so that terminators fall at every place of a word.
  @Test func sameAsReferenceAtEveryAlignment() {
    for text in Self.table {
      let bytes = Array(text.utf8)
      for start in 0..<min(bytes.count, 16) {
        let slice = Array(bytes[start...])
        #expect(
          SentenceSplitter().sentenceRanges(in: slice)
            == ReferenceSentenceSplitter().sentenceRanges(in: slice), "\(start) \(text)")
      }
    }
  }

  static let pieces: [[UInt8]] =
    [
      ".", "!", "?", "…", "’", "’", "l’", "d’", " ", " ", "\u{00A0}", "\u{202F}", "»", "«", "—",
      "M.", "Mme", "art.", "L.", "Le", "la", "État", "été", "œuvre", "1", "42", "mot", "Phrase",
    ].map { Array($0.utf8) } + [[0xE2], [0xE2, 0x80], [0x2E, 0xE2], [0x80, 0xA6]]

  @Test(arguments: 0..<4)
  func sameAsReferenceOnRandomText(_ seed: Int) {
    var random = FuzzGenerator(seed: 80_100 + UInt64(seed))
    for number in 0..<400 {
      var bytes: [UInt8] = []
      for _ in 0..<random.below(120) {
        if random.below(20) == 0 {
          bytes.append(UInt8(truncatingIfNeeded: random.next()))
        } else {
          bytes += Self.pieces[random.below(Self.pieces.count)]
        }
      }
      let expected = ReferenceSentenceSplitter().sentenceRanges(in: bytes)
      #expect(SentenceSplitter().sentenceRanges(in: bytes) == expected, "\(seed)-\(number)")
    }
  }
}
