import Corpus
import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Extraction

/// The fourth session's fast paths give what the general code gives: the lexer's keys and its
/// ASCII runs, the keyed word tables and pattern sets, the passes skipped by `SentenceCues`,
/// the funding scan skipped without a trigger, mentions made without an intermediate copy.
@Suite struct FastPathKeyTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")

  /// Every line of the seed documents, and hand-written French sentences.
  static let realLines: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    var lines = names.sorted().flatMap { name -> [String] in
      let url = root.appendingPathComponent(name)
      let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      return text.split(separator: "\n").map(String.init)
    }
    lines += [
      "M. Jean-Luc Bourgeaux, ministre du travail, a financé 300 M€ le 4 juin 2024.",
      "L’État versera près de 1,5 milliard d’euros aux départements d’ici à l’été 2025.",
      "Mme la ministre du travail, de la santé et des familles souhaite savoir si l'ARS paiera.",
      "Deux salariés sur trois, soit 66,7 %, en vertu de l'article L. 314-6 du CASF.",
      "ŒUVRE, Éducation nationale : début 2025, 12\u{202F}000 postes ; l\u{2019}hiver dernier.",
    ]
    return lines
  }()

  /// Seeded random sentences made of French words, lexicon words, numbers and odd scalars.
  static let randomLines: [String] = {
    var random = FuzzGenerator(seed: 7)
    let pieces = [
      "de", "la", "l'", "L", "M", ".", "Mme", "Mlle", "État", "état", "ÉTAT", "euros", "€", "M€",
      "millions", "d’", "d\u{2019}euros", "2024", "4", "juin", "janv", "premier", "1er", "%",
      "sur", "tiers", "deux", "vingt-et-un", "financé", "finance", "verse", "à", "hauteur", "du",
      "ministère", "ministre", "article", "R", "314-6", "loi", "n°", "nº", "l'année", "dernière",
      "œuvre", "Æsop", "ÿ", "e\u{301}", "😀", "\u{00A0}", "\u{202F}", " ", "  ", "\n", ",", "?",
      "-", "/", "anticonstitutionnellementissimes", "DÉPARTEMENTS", "Caisse", "CNSA", "ARS",
      "au", "premier", "trimestre", "cet", "été", "il", "y", "a", "ans", "entre", "et", "12",
      "000", ",5", "environ", "plus", "de", "dont", "salariés", "points", "pour", "cent",
    ]
    return (0..<400).map { _ in
      let count = Int.random(in: 1...30, using: &random)
      return (0..<count).map { _ in
        let piece = pieces.randomElement(using: &random)!
        return Int.random(in: 0..<4, using: &random) == 0 ? piece : piece + " "
      }.joined()
    }
  }()

  static var allLines: [String] { realLines + randomLines }

  @Test func theSeedsAreRead() {
    #expect(Self.realLines.count > 50)
  }

  /// Every token's key is its folded word's key, its folded word and cues those of its text,
  /// and the tokens are those of a scalar-by-scalar reference lexer.
  @Test func lexerKeysAndRunsAgreeWithTheGeneralPath() {
    for line in Self.allLines {
      let tokens = Lexer.tokens(in: line)
      for token in tokens {
        #expect(token.key == WordKey.of(token.folded), "\(token.text)")
        #expect(token.folded == Lexer.fold(token.text), "\(token.text)")
        #expect(token.cues == TokenCues.of(token.folded), "\(token.text)")
      }
      let reference = Self.referenceTokens(line)
      #expect(tokens.map(\.range) == reference.map(\.range), "\(line)")
      #expect(tokens.map(\.text) == reference.map(\.text), "\(line)")
      #expect(tokens.map(\.gap) == reference.map(\.gap), "\(line)")
    }
  }

  /// The lexer's rules, one scalar at a time with `Lexer.classify` (no table, no run skip).
  static func referenceTokens(_ text: String) -> [(
    range: Range<Int>, text: String, gap: TextToken.Gap
  )] {
    let bytes = Array(text.utf8)
    var tokens: [(range: Range<Int>, text: String, gap: TextToken.Gap)] = []
    var offset = 0
    var start = 0
    var current: Lexer.Class?
    var spaces = 0
    var newline = false
    var gap = TextToken.Gap.none
    func close(_ end: Int) {
      tokens.append((start..<end, String(decoding: bytes[start..<end], as: UTF8.self), gap))
    }
    for scalar in text.unicodeScalars {
      let cls = Lexer.classify(scalar)
      if cls == .space || cls == .newline {
        if current != nil { close(offset) }
        current = nil
        spaces += 1
        newline = newline || cls == .newline
      } else if cls != current || cls == .symbol {
        if current != nil { close(offset) }
        gap = spaces == 0 ? .none : (spaces == 1 && !newline ? .space : .wide)
        spaces = 0
        newline = false
        start = offset
        current = cls
      }
      offset += String(scalar).utf8.count
    }
    if current != nil { close(offset) }
    return tokens
  }

  /// The first character's case read on bytes is `Character`'s; a number token has as many
  /// characters as bytes.
  @Test func caseAndCountsOnBytesAgree() {
    var lines = Self.allLines
    lines.append("E\u{301}tat e\u{301}tat A\u{345}b Ωmega ωmega ǅa Éé 1 a")
    for line in lines {
      for token in Lexer.tokens(in: line) {
        #expect(token.startsUppercase == (token.text.first?.isUppercase == true), "\(token.text)")
        #expect(token.startsLowercase == (token.text.first?.isLowercase == true), "\(token.text)")
        if token.isNumber { #expect(token.range.count == token.text.count, "\(token.text)") }
      }
    }
  }

  /// A `WordTable` answers as the `Set` or `Dictionary` of the same words, by text and by token.
  @Test func wordTablesAgreeWithDictionaries() {
    let dictionary = QuantityLexicon.periods.keys.reduce(into: [String: Int]()) {
      $0[$1] = $1.utf8.count
    }
    let table = WordTable(dictionary.map { ($0.key, $0.value) })
    var probes = Array(dictionary.keys) + ["", "mensuelles2", "annu", "x", "'", "€", "été"]
    for line in Self.allLines { probes += Lexer.tokens(in: line).map(\.folded) }
    for word in probes { #expect(table[word] == dictionary[word], "\(word)") }
    let set: Set<String> = ["de", "du", "des", "d", "'", "la", "l", "et", ","]
    let words = WordTable<Bool>(set: set)
    for line in Self.allLines {
      for token in Lexer.tokens(in: line) {
        #expect(words.contains(token) == set.contains(token.folded), "\(token.text)")
        #expect(table.value(of: token) == dictionary[token.folded], "\(token.text)")
      }
    }
    let duplicates = WordTable([("a", 1), ("b", 2), ("a", 3)])
    #expect(duplicates["a"] == 1 && duplicates["b"] == 2 && duplicates.keys == ["a", "b"])
  }

  /// A keyed pattern look-up finds what a scan of the same word's candidate list finds.
  @Test func patternSetsAgreeWithTheirLists() {
    for line in Self.allLines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      Self.compare(QuantityLexicon.currencies, in: view)
      Self.compare(QuantityLexicon.identifierCues, in: view)
      Self.compare(ActorLexicon.roles, in: view)
      Self.compare(FundingLexicon.funders, in: view)
      Self.compare(ReferenceLexicon.instruments, in: view)
      Self.compare(DateLexicon.relativeYears, in: view)
      Self.compare(FundingQualifiers.conditionCues, in: view)
    }
  }

  static func compare<T>(_ set: PatternSet<T>, in view: TokenView) {
    for index in -1...view.count + 1 {
      let fast = view.pattern(startingAt: index, in: set)?.end
      let word = view.folded(index).flatMap { set.byFirst[$0] } ?? []
      #expect(fast == view.pattern(startingAt: index, in: word)?.end, "\(index)")
      let before = view.pattern(endingBefore: index, in: set)?.start
      let last = view.folded(index - 1).flatMap { set.byLast[$0] } ?? []
      #expect(before == view.pattern(endingBefore: index, in: last)?.start, "\(index)")
    }
  }

  /// A pass that `SentenceCues` skips finds nothing when it runs, and neither does the
  /// funding scan of a sentence without a trigger word.
  @Test func skippedPassesFindNothing() {
    let date = CalendarDate(year: 2025, month: 3, day: 11)
    var skipped = 0
    for line in Self.allLines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      let cues = SentenceCues(view, text: line)
      for pass in MentionExtractor.passes where !cues.mayFind(pass) {
        var claimed = [Bool](repeating: false, count: view.count)
        var context = DiscourseContext()
        let found = MentionExtractor().run(pass, view, &claimed, date, &context)
        #expect(found.isEmpty, "\(pass): \(line)")
        skipped += 1
      }
      guard !cues.tokens.contains(.fundingTrigger) else { continue }
      let sentence = Sentence(text: line, span: SourceSpan(file: "t", line: 1, byteRange: 0..<0))
      let mentions = MentionExtractor().mentions(in: sentence, documentDate: date)
      let scanner = FundingScanner(
        view: view, sentence: sentence, mentions: mentions, requested: false)
      #expect(scanner.scan().isEmpty, "\(line)")
    }
    #expect(skipped > 100)
  }

  /// `extract` (mentions made directly) gives the mentions of `mentions(in:)`.
  @Test func mentionsMadeDirectlyAgree() {
    let date = CalendarDate(year: 2025, month: 3, day: 11)
    var first = DiscourseContext()
    var second = DiscourseContext()
    for line in Self.allLines {
      let sentence = Sentence(text: line, span: SourceSpan(file: "t", line: 1, byteRange: 0..<0))
      let direct = MentionExtractor().extract(sentence, documentDate: date, context: &first)
      let general = MentionExtractor().mentions(in: line, documentDate: date, context: &second)
      #expect(direct.mentions.map(\.facts) == general.map(\.facts), "\(line)")
      #expect(direct.mentions.map(\.textRange) == general.map(\.range), "\(line)")
    }
  }
}
