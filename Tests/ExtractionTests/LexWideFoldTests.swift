import FuzzSupport
import Testing

@testable import Extraction

/// The eleventh session's accented short tokens (`TokenBuilder.makeWide(at:…)`): their ASCII
/// runs are lowered eight bytes at a time into a larger stack buffer and the folded words
/// masked to the folded count. Seeded words of every length up to 16 bytes, mixing ASCII
/// letters of both cases and Latin letters, at the start, middle and very end of a sentence
/// (where eight bytes cannot be loaded), give the general path's tokens.
@Suite struct LexWideFoldTests {
  static let letters: [String] = [
    "a", "B", "z", "Q", "é", "É", "è", "ç", "œ", "Œ", "ß", "à", "Â", "ï", "ñ", "ø", "ĳ", "ſ",
  ]

  static func check(_ text: String) {
    let fast = Lexer.lex(text, cues: true).tokens
    let general = Lexer.lex(text, cues: true, packs: false).tokens
    #expect(fast.count == general.count, "\(text)")
    for (one, two) in zip(fast, general) {
      #expect(one.text == two.text, "\(text)")
      #expect(one.folded == two.folded, "\(text): \(one.text)")
      #expect(one.key == two.key, "\(text): \(one.text)")
      #expect(one.cues == two.cues, "\(text): \(one.text)")
      #expect(one.range == two.range && one.kind == two.kind && one.gap == two.gap, "\(text)")
    }
  }

  @Test func seededAccentedWordsEverywhereInASentence() {
    var random = FuzzGenerator(seed: 23)
    for _ in 0..<3000 {
      var word = ""
      let target = 1 + random.below(16)
      while word.utf8.count < target {
        word += Self.letters[random.below(Self.letters.count)]
      }
      let tail = String(repeating: " ", count: random.below(3))
      Self.check(word)
      Self.check(word + tail)
      Self.check("Le " + word + tail)
      Self.check("Le " + word + " du ministère des Armées")
    }
  }

  @Test func frenchWordsWithAccentsAndCapitals() {
    for word in [
      "ministère", "MINISTÈRE", "Ministère", "établissements", "Établissement", "œuvre", "ŒUVRES",
      "médico", "Île", "hôpitaux", "HÔPITAUX", "solidarités", "coûts", "déjà", "ÉTAT", "préfète",
    ] {
      Self.check(word)
      Self.check(word + ".")
      Self.check("les " + word)
      Self.check("les " + word + " et la santé")
    }
  }
}
