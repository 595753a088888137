import Corpus
import FrenchText
import Testing

@testable import Extraction

/// The ninth session's scanner gates give what the general code gives: the pattern sets'
/// key filters (first and last words, the word before a last one) and the funding
/// participle test read on bytes.
@Suite struct ScannerFilterTests {
  /// Phrases where a qualifier, a cue or a relation may end or start, and near misses.
  static let phrases = [
    "près de 3 millions", "de l'ordre de 4 %", "pas plus de 5 postes", "plus de 12 euros",
    "au plus 3 jours", "de 3 à 5", "jusqu'à 40 euros", "aux alentours de 12", "autour d'un an",
    "dans la limite de 300 euros", "dans la limite des crédits", "à peu près 8", "au moins 2",
    "plafonnée à 2 %", "le plafond de 5", "hausse de 4 %", "de manière pérenne", "à titre",
    "dans un premier temps", "sous réserve que", "s'il", "si", "de", "près", "à", "'",
    "jusqu'au 4 juin 2024", "depuis le 1er mars", "à compter du 2 mai", "avant l'été",
  ]

  static var lines: [String] { FastPathKeyTests.allLines + phrases }

  /// The filtered look-ups find what a scan of the same word's candidate list finds, for
  /// sets whose last words end many patterns ("de", "à") and for one-word cues.
  @Test func filteredPatternSetsAgreeWithTheirLists() {
    for line in Self.lines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      FastPathKeyTests.compare(QuantityLexicon.qualifiers, in: view)
      FastPathKeyTests.compare(FundingQualifiers.temporaryCues, in: view)
      FastPathKeyTests.compare(FundingQualifiers.conditionCues, in: view)
      FastPathKeyTests.compare(DateLexicon.relations, in: view)
      FastPathKeyTests.compare(ReferenceLexicon.financeLaws, in: view)
      for index in 0..<view.count {
        let starts = view.pattern(startingAt: index, in: QuantityLexicon.qualifiers) != nil
        #expect(QuantityLexicon.qualifiers.startsAt(index, in: view.tokens) == starts)
      }
    }
  }

  /// A filter holds every key put in it, and few others: 20 keys mark at most 20 of its
  /// 128 bits.
  @Test func keyFilterHoldsItsKeysAndFewOthers() {
    var filter = KeyFilter()
    let words = (0..<20).map { "mot\($0)" }
    for word in words { filter.insert(WordKey.of(word)) }
    for word in words { #expect(filter.contains(WordKey.of(word))) }
    let others = (0..<1000).map { "autre\($0)" }
    let held = others.filter { filter.contains(WordKey.of($0)) }.count
    #expect(held < 300)
    #expect(!KeyFilter().contains(WordKey.of("de")))
  }

  /// The participle test read on bytes agrees with lower-casing, on the endings it decides
  /// and on those it leaves to `lowercased()`.
  @Test func participleEndingsAgreeWithLowercasing() {
    let words = [
      "financées", "Créé", "créés", "VERSÉES", "versée", "versé", "e\u{301}s", "xÉs", "ées",
      "éss", "ése", "éee", "Éte", "été", "étés", "ÉTÉ", "aidé\u{301}", "ouverte", "élus",
      "e\u{341}e", "œé", "İé", "Σés", "ſé", "é", "és", "É",
    ]
    for word in words {
      let view = TokenView(tokens: Lexer.tokens(in: word))
      guard view.count == 1 else { continue }
      let sentence = Sentence(text: word, span: SourceSpan(file: "t", line: 1, byteRange: 0..<0))
      let scanner = FundingScanner(view: view, sentence: sentence, mentions: [], requested: false)
      #expect(scanner.isParticiple(0) == scanner.isParticipleByLowercase(0), "\(word)")
    }
    var bytes = Array("financées".utf8)
    #expect(bytes.withUnsafeBufferPointer(FundingScanner.participleEnding) == true)
    bytes = Array("ouverte".utf8)
    #expect(bytes.withUnsafeBufferPointer(FundingScanner.participleEnding) == false)
    bytes = Array("cre\u{301}e".utf8)
    #expect(bytes.withUnsafeBufferPointer(FundingScanner.participleEnding) == nil)
  }
}
