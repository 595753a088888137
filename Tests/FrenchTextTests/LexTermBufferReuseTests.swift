import FuzzSupport
import Testing

@testable import FrenchText

/// The eleventh session's reused buffer (`Tokenizer.emptied`): a buffer's former tokens are
/// left in place and replaced by the first flush, so a reused buffer must hold exactly what a
/// fresh one holds (bytes and slots, nothing stale) after every kind of text: empty, without a
/// word, starting with the general path, longer than the pending buffers, longer than the
/// buffer's storage; and the invariable words read through `InvariableWords.slots`.
@Suite struct LexTermBufferReuseTests {
  static let texts: [String] = [
    "Le ministère des solidarités et de la santé finance les établissements médico-sociaux.",
    "",
    " , ; … « » ",
    "L. 314-6 du code de l'action sociale",
    "Aujourd'hui, 150 000 euros et 4,5 % des crédits",
    "",
    "n° 2021-1234",
    String(repeating: "les départements financent les hôpitaux ", count: 60),
    "a",
    String(repeating: "Île-de-France l'État 1er COVID-19 ", count: 40),
    "!",
    "x",
  ]

  static func check(_ buffer: TermBuffer, _ text: String) {
    let fresh = FrenchAnalyzer().termBuffer(in: text)
    #expect(buffer.bytes == fresh.bytes, "\(text.prefix(40))")
    #expect(buffer.slots == fresh.slots, "\(text.prefix(40))")
    #expect(buffer.tokens == FrenchAnalyzer.scan(text, foldPlurals: true, fastPath: false))
  }

  @Test func everyOrderOfTextsGivesTheFreshTokens() {
    let analyzer = FrenchAnalyzer()
    for first in Self.texts.indices {
      var buffer = TermBuffer()
      for text in Self.texts[first...] + Self.texts[..<first] {
        analyzer.analyze(text, into: &buffer)
        Self.check(buffer, text)
      }
    }
  }

  @Test func seededTextsThroughOneBuffer() {
    var random = FuzzGenerator(seed: 11)
    let pieces = [
      "l'", "d’", "état", "ÉTATS", "-", " ", "  ", "150", " 000", ",5", "L.", "R4127-1", "…", "«",
      "\u{00A0}", "aujourd'hui", "œuvres", "x", "taux", "fonds", "e\u{0301}", "ελλάδα", "n°",
    ]
    let analyzer = FrenchAnalyzer()
    var buffer = TermBuffer()
    for _ in 0..<400 {
      var text = ""
      for _ in 0..<random.below(60) { text += pieces[random.below(pieces.count)] }
      analyzer.analyze(text, into: &buffer)
      Self.check(buffer, text)
    }
  }

  @Test func invariableWordsThroughTheTablePointer() {
    for word in PluralFolder.invariable + [
      "departements", "etats", "chevaux", "xs", "abcdefghijklmnopqrs",
    ] {
      let bytes = Array(word.utf8)
      let listed = PluralFolder.invariable.contains(word)
      bytes.withUnsafeBufferPointer {
        #expect(InvariableWords.contains($0, in: InvariableWords.slots) == listed, "\(word)")
        #expect(InvariableWords.contains($0) == listed, "\(word)")
      }
      var copy = bytes
      let count = copy.withUnsafeMutableBufferPointer {
        PluralFolder.foldInPlace(
          $0.baseAddress!, count: $0.count, invariable: InvariableWords.slots)
      }
      var folded: [UInt8] = []
      PluralFolder.fold(bytes[...], into: &folded)
      #expect(Array(copy.prefix(count)) == folded, "\(word)")
    }
  }

  /// The currency symbols (U+20A0–U+20CF, "€") are classified without Unicode properties, as
  /// the properties say.
  @Test func currencySymbolsAreClassifiedAsThePropertiesSay() {
    for value in UInt32(0x20A0)...0x20CF {
      #expect(CharacterClass.of(value) == .other, "U+\(String(value, radix: 16))")
      #expect(CharacterClass.slowClass(value) == .other, "U+\(String(value, radix: 16))")
    }
  }
}
