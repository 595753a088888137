import Foundation
import FuzzSupport
import Testing

@testable import FrenchText

/// The tokenizer's plain-word fast path gives the tokens of the general path: on real texts, on
/// tables of tricky French, and on random texts made of the pieces that change a word's reading.
struct TokenizerFastPathTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The shipped corpus and the real open-data records of the corpus tests (raw JSON text).
  static let realTexts: [String] = {
    let folders = ["corpus", "Tests/CorpusTests/Fixtures/an-open-data-16-qg"]
    return folders.flatMap { folder -> [String] in
      let url = root.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      return names.sorted().compactMap {
        try? String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)
      }
    }
  }()

  static let fragments: [String] = [
    "les", "Les", "départements", "DÉPARTEMENTS", "nationaux", "taux", "œuvres", "Œuvre", "cœur",
    "ex-æquo", "Straße", "Łódź", "ΣΟΦΙΑ", "l'", "L’", "qu’", "jusqu'", "aujourd'hui",
    "presqu'île", "médico-sociaux", "Île-de-France", "COVID-19", "L. 314-6", "R.4127-1", "D",
    "L", "R", "L314-6", "n°", "2021-1234", "1 200 000", "1\u{A0}200", "150\u{202F}000", "12.500",
    "4,5", "1er", "2020", "123", "12", "×", "÷", " ", " ", "\u{A0}", "\u{202F}", "\u{2007}",
    "\u{2009}", ".", ",", ";", "-", "\u{2010}", "\u{2011}", "'", "’", "ʼ", "`", "´", "\u{AD}",
    "\u{200D}", "e\u{301}", "\u{301}", "\n", "(", ")", "«", "»", "€", "%", "😀", "ans", "fois",
    "prix", "bureaux", "x", "s", "a", "ÉTÉ", "À", "Ça", "ĳ", "Þorn", "æ", "ß", "ÿ", "Ÿ", "0",
    "9", "1234", "aux", "eaux", "stress", "ehpads", "mois", String(repeating: "é", count: 70),
    String(repeating: "a", count: 130), String(repeating: "Œ", count: 63),
  ]

  static func same(_ text: String) -> Bool {
    [true, false].allSatisfy { plurals in
      FrenchAnalyzer.scan(text, foldPlurals: plurals, fastPath: true)
        == FrenchAnalyzer.scan(text, foldPlurals: plurals, fastPath: false)
    }
  }

  @Test func realTextsAreThere() {
    #expect(Self.realTexts.count >= 20)
  }

  @Test func realTextsGiveTheSameTokens() {
    for text in Self.realTexts {
      #expect(Self.same(text), "\(text.prefix(80))")
    }
  }

  @Test(arguments: fragments)
  func eachFragmentAloneAndBetweenWords(fragment: String) {
    for text in [
      fragment, "a \(fragment) b", "x\(fragment)y", "\(fragment)\(fragment)", "9\(fragment)9",
    ] {
      #expect(Self.same(text), "\(text)")
    }
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func randomTextsGiveTheSameTokens(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    for _ in 0..<2_000 {
      var text = ""
      for _ in 0..<(1 + random.below(24)) {
        text += Self.fragments[random.below(Self.fragments.count)]
      }
      #expect(Self.same(text), "\(text)")
    }
  }

  @Test(arguments: [5, 6] as [UInt64])
  func mutatedRealTextsGiveTheSameTokens(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    for text in Self.realTexts.prefix(40) {
      var bytes = Array(text.utf8.prefix(4_000))
      for _ in 0..<(1 + random.below(6)) {
        let at = random.below(bytes.count + 1)
        switch random.below(3) {
        case 0: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
        case 1: if at < bytes.count { bytes[at] ^= UInt8(1 << random.below(8)) }
        default:
          bytes.insert(contentsOf: Self.fragments[random.below(Self.fragments.count)].utf8, at: at)
        }
      }
      let mutated = String(decoding: bytes, as: UTF8.self)
      #expect(Self.same(mutated), "\(mutated.prefix(80))")
    }
  }

  /// A reused buffer gives what a fresh one gives, whatever it held before.
  @Test func reusedBufferGivesTheSameTokens() {
    let analyzer = FrenchAnalyzer()
    var buffer = TermBuffer()
    for text in Self.realTexts.prefix(10) + Self.fragments {
      analyzer.analyze(text, into: &buffer)
      let fresh = analyzer.termBuffer(in: text)
      #expect(buffer.tokens == fresh.tokens)
      #expect(buffer.tokens == analyzer.tokens(in: text))
    }
  }

  /// The ranges classified without Unicode properties (Latin-1 punctuation, general
  /// punctuation) are classified as the properties say.
  @Test func punctuationRangesAreClassifiedAsThePropertiesSay() {
    let connectors: Set<UInt32> = [
      0xA0, 0xAD, 0xB4, 0x2007, 0x2009, 0x200C, 0x200D, 0x2010, 0x2011, 0x2018, 0x2019, 0x202F,
      0x2060,
    ]
    let values = Array(UInt32(0x80)...0xBF) + Array(UInt32(0x2000)...0x206F)
    for value in values where !connectors.contains(value) {
      #expect(
        CharacterClass.of(value) == CharacterClass.slowClass(value), "U+\(String(value, radix: 16))"
      )
    }
  }

  /// The Latin pairs of the fast path give the bytes of the general folding, scalar by scalar.
  @Test func latinPairsFoldAsTheTableDoes() {
    let table = FoldTable.shared
    for value in UInt32(0xC0)...0x17F where value != 0xD7 && value != 0xF7 {
      var general: [UInt8] = []
      table.append(value, to: &general)
      let pair = FoldTable.latinPairTable[Int(value) - 0xC0]
      let bytes = [UInt8(pair & 0xFF)] + (pair > 0xFF ? [UInt8(pair >> 8)] : [])
      #expect(bytes == general, "U+\(String(value, radix: 16))")
    }
  }
}
