import Testing

@testable import FrenchText

/// The plain-word loop (tenth session) ends a word at any scalar that only separates ("°", "€",
/// "…", "»") and reads short numbers itself unless a digit group or a decimal may follow: the
/// tokens are the general path's, for every such scalar and every number shape around the rules.
struct TokenizerPlainLoopTests {
  /// Latin-1 and general punctuation (separators and connectors alike), and a few scalars of
  /// other blocks: symbols, a letter of another script, an emoji, a combining mark.
  static let scalars: [String] = {
    let values =
      Array(UInt32(0x80)...0xBF) + Array(UInt32(0x2000)...0x206F)
      + [0xD7, 0xF7, 0x20AC, 0x2122, 0x3B1, 0x4E2D, 0x1F600, 0x301, 0xFEFF, 0x2212]
    return values.compactMap { Unicode.Scalar($0).map { String($0) } }
  }()

  @Test func wordsAndNumbersEndedByEveryScalar() {
    for scalar in Self.scalars {
      for text in [
        "mot\(scalar)", "les mots\(scalar) suivants", "n\(scalar) 2021-1234", "12\(scalar)345",
        "12\(scalar)34", "1234\(scalar)567", "l’\(scalar)État", "qu'\(scalar)", "été\(scalar)x",
        "Œuvres\(scalar)", "aujourd\(scalar)hui", "7\(scalar)", "L\(scalar)314-6",
      ] {
        #expect(TokenizerFastPathTests.same(text), "\(text.unicodeScalars.map(\.value))")
      }
    }
  }

  @Test(arguments: [
    "3 000", "3 00", "3 0001", "3 000a", "12.500", "12.50", "12.5000", "1\u{A0}234",
    "123\u{202F}456", "123\u{202F}45", "12\u{2009}345", "12\u{2007}345", "12,", "12, 5", "12,5",
    "1234,5", "1234 567", "1 200 000", "en 2020 150 000 euros", "art. 12.", "p. 3-4", "1er",
    "n° 12", "12 €", "12€", "12 %", "2,5 %", "0,5", ",5", "1.", "1. 234", "999 999 999,99",
  ])
  func shortNumbersAsTheGeneralPath(text: String) {
    for shaped in [text, "a \(text) b", "\(text)x", "\(text) ", "(\(text))"] {
      #expect(TokenizerFastPathTests.same(shaped), "\(shaped)")
    }
  }

  /// Compounds read by the loop (tenth session): parts of every kind and count around the
  /// seven-part limit, an elided article before the first part or a later one, numbers kept
  /// apart by a hyphen in the joined term, a compound too long for the word buffer, a hyphen
  /// before a separator or another connector.
  @Test(arguments: [
    "médico-sociaux", "Île-de-France", "l’Île-de-France", "c'est-à-dire", "grand-l'ami",
    "COVID-19", "2021-1234", "n° 2021-1234-5", "12-3", "2024-03-15", "a-b-c-d-e-f", "a-b-c-d-e-f-g",
    "a-b-c-d-e-f-g-h", "a-b-c-d-e-f-g-h-i", "mot-", "mot- suite", "mot--suite", "mot-'x", "mot-‐x",
    "mot-é", "mot-×", "mot-É", "ex-æquo", "bureaux-travaux-chevaux", "Jusqu'au-delà",
    "L-314", "art-L314", "12-345 678", "1-200 000", "12-3,5", "3-4.", "peut-être.",
    String(repeating: "anticonstitutionnellement-", count: 3) + "x",
    String(repeating: "é", count: 30) + "-" + String(repeating: "œ", count: 30),
    "a-" + String(repeating: "b", count: 125), "aujourd'hui-là", "x-e\u{301}",
  ])
  func compoundsAsTheGeneralPath(text: String) {
    for shaped in [text, "a \(text) b", "\(text)x", "\(text)-", "(\(text))", "\(text) \(text)"] {
      #expect(TokenizerFastPathTests.same(shaped), "\(shaped)")
    }
  }

  /// Runs of compounds around the pending slots' capacity (a compound takes up to eight).
  @Test func compoundRunsAcrossFlushes() {
    for words in 1...45 {
      let text = (0..<words).map { ["mot", "a-b", "c-d-e-f-g-h-i", "l'x-y"][$0 % 4] }
        .joined(separator: " ")
      #expect(TokenizerFastPathTests.same(text), "\(words)")
    }
  }

  /// One buffer through many texts in a row (the buffer is filled through a pointer): each
  /// text's tokens are those of a fresh buffer, including after a text that used the general
  /// path's work space.
  @Test func oneBufferThroughManyTexts() {
    let analyzer = FrenchAnalyzer()
    var buffer = TermBuffer()
    let texts = [
      "Île-de-France", "", "les départements", "L. 314-6 et R.4127-1", "1 200 000 €", "mot",
      String(repeating: "médico-social ", count: 500), "aujourd’hui", "x",
    ]
    for round in 0..<3 {
      for text in texts {
        analyzer.analyze(text, into: &buffer)
        #expect(buffer.tokens == analyzer.tokens(in: text), "\(round) \(text.prefix(20))")
      }
    }
  }
}
