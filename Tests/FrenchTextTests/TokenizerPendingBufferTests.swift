import FuzzSupport
import Testing

@testable import FrenchText

/// Plain words are folded into a pending buffer of `Tokenizer.pendingCapacity` bytes appended to
/// the term bytes when full, before a group of the general path, and at the end: long texts
/// (many flushes, at every offset) give the tokens of the general path alone.
struct TokenizerPendingBufferTests {
  static let words: [String] = [
    "départements", "les", "crédits", "l’État", "qu'il", "d’autres", "œuvres", "hôpitaux",
    "médico-sociaux", "aujourd'hui", "1 200 000", "4,5", "L. 314-6", "n° 2021-1234", "COVID-19",
    "1er", "2024", "taux", "\u{A0}", "\u{202F}", "’", "-", "É", "Île-de-France", "ÉTÉ",
    String(repeating: "é", count: 70), String(repeating: "a", count: 130), "Straße", "e\u{301}",
  ]

  @Test(arguments: [7, 8, 9] as [UInt64])
  func longTextsGiveTheSameTokens(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    for _ in 0..<30 {
      var text = ""
      for _ in 0..<(200 + random.below(800)) {
        let pool = random.below(4) == 0 ? TokenizerFastPathTests.fragments : Self.words
        text += pool[random.below(pool.count)]
        text += [" ", " ", "\u{A0}", ", ", ". ", "\n", "’"][random.below(7)]
      }
      #expect(TokenizerFastPathTests.same(text), "\(text.prefix(80))")
    }
  }

  /// Only plain words, so that the buffer fills up and is flushed between two of them.
  @Test(arguments: [1, 2, 3, 40, 127, 128, 129] as [Int])
  func plainWordsAcrossFlushes(length: Int) {
    let word = String(repeating: "é", count: length / 2) + String(repeating: "s", count: length % 2)
    let text = Array(repeating: word, count: 3 * Tokenizer.pendingCapacity / max(length, 8))
      .joined(separator: " ")
    #expect(TokenizerFastPathTests.same(text))
    let tokens = FrenchAnalyzer().tokens(in: text)
    #expect(tokens.count == 3 * Tokenizer.pendingCapacity / max(length, 8))
  }
}
