import FuzzSupport
import Testing

@testable import FrenchText

/// The thirteenth session's common-word path (`Tokenizer.simpleWord`): a word of letters and
/// digits ended by an ASCII separator or the text's end is taken at once, its separator skipped;
/// anything else is read again by the plain-word loop. The tokens must be the general path's
/// for words ended every way: by each ASCII byte, by "×" and "÷", by the text's end, at the
/// word-length limit, as numbers that a digit group or a decimal may continue, and as plurals.
@Suite struct LexSimpleWordTests {
  @Test func wordsEndedByEveryASCIIByte() {
    for value in UInt8(0x01)...0x7F {
      let byte = String(UnicodeScalar(value))
      for text in [
        "mot\(byte)", "Chevaux\(byte)suivants", "12\(byte)345", "1234\(byte)5", "été\(byte)",
        "taux\(byte)x", "L\(byte)314", "ab1\(byte)", "\(byte)fois\(byte)\(byte)mois",
      ] {
        #expect(TokenizerFastPathTests.same(text), "\(Array(text.utf8))")
      }
    }
  }

  @Test func wordsAtTheLengthLimitAndTheTextsEnd() {
    for length in 110...135 {
      for letter in ["a", "é", "1", "S"] {
        let word = String(repeating: letter, count: length)
        for text in [word, "\(word) ", "x \(word)", "\(word)s", "\(word)×y", "\(word)÷"] {
          #expect(TokenizerFastPathTests.same(text), "\(length) \(letter) \(text.suffix(3))")
        }
      }
    }
  }

  @Test func seededTextsOfWordsAndSeparators() {
    var random = FuzzGenerator(seed: 14)
    let pieces = [
      "a", "Z", "é", "É", "œ", "ß", "ÿ", "Ž", "×", "÷", "1", "2021", " ", ".", ",", ";", "(",
      ")", "'", "’", "-", "\u{00A0}", "\u{202F}", "…", "chevaux", "travaux", "taux", "ans",
      "fonds", "L", "R", "D", "s", "x", "eaux", "150 000", "4,5", "1.200", "\n", "€", "°",
    ]
    for _ in 0..<3_000 {
      var text = ""
      for _ in 0..<random.below(40) { text += pieces[random.below(pieces.count)] }
      #expect(TokenizerFastPathTests.same(text), "\(Array(text.utf8))")
    }
  }
}
