import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Corpus

/// The byte-level shortcuts of the readers give what the general paths give: trimming of
/// spaces (Foundation's `trimmingCharacters`), the opening words of a question (characters),
/// "DD/MM/YYYY" dates (`CalendarDate(parsing:)`), and the line filters of the Sénat page and
/// press-release readers (a line they turn away matches no label).
struct LoadingFastPathTests {
  static let pieces = [
    " ", "  ", "\t", "\r", "\r\n", "\n", "\u{0C}", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{301}",
    "\u{200D}", "\u{200C}", "€", "’", "«", "»", "é", "e\u{301}", "œ", "M.", "Mme", "Jean-Luc",
    "de", "d’", "attire", "Question", "Réponse", "x", "\u{1F600}", "\u{1F1EB}\u{1F1F7}", "ʼ", "ſ",
  ]

  static func text(_ random: inout FuzzGenerator, pieces: [String] = pieces) -> String {
    (0..<random.below(24)).map { _ in pieces[random.below(pieces.count)] }.joined()
  }

  @Test func spacesTrimmedAsFoundation() {
    var random = FuzzGenerator(seed: 35_000)
    for number in 0..<3_000 {
      let text = Self.text(&random)
      let expected = text.trimmingCharacters(in: SourceText.spaces)
      #expect(
        SourceText.trimmingSpaces(text) == expected, "case \(number): \(text.debugDescription)")
      let sub = text.dropFirst(random.below(3))
      #expect(SourceText.trimmingSpaces(sub) == sub.trimmingCharacters(in: SourceText.spaces))
    }
  }

  @Test func linesTrimmedAsBefore() {
    var random = FuzzGenerator(seed: 35_001)
    for number in 0..<600 {
      let lines = (0..<random.below(6)).map { _ in Self.text(&random) }
      let source = SourceText(text: lines.joined(separator: "\n"), path: "x")
      for index in source.lines.indices {
        let raw = source.string(line: index)
        let bytes = Array(raw.utf8)
        var lower = 0
        var upper = bytes.count
        while lower < upper, [0x20, 0x09, 0x0C].contains(bytes[lower]) { lower += 1 }
        while upper > lower, [0x20, 0x09, 0x0D].contains(bytes[upper - 1]) { upper -= 1 }
        let ascii = String(decoding: bytes[lower..<upper], as: UTF8.self)
        let needs =
          upper > lower
          && (bytes[lower] == 0xC2 || bytes[lower] == 0xE2 || bytes[upper - 1] == 0xA0
            || bytes[upper - 1] == 0xAF)
        let expected = needs ? ascii.trimmingCharacters(in: SourceText.spaces) : ascii
        #expect(source.trimmed(line: index) == expected, "case \(number): \(raw.debugDescription)")
      }
    }
  }

  @Test(arguments: [true, false])
  func simpleWordsAsCharacters(narrowSpace: Bool) {
    var random = FuzzGenerator(seed: narrowSpace ? 35_002 : 35_003)
    let french =
      Self.pieces.filter { $0.unicodeScalars.allSatisfy { $0.value < 0x300 } } + [
        "’", "€", "\u{202F}", "\u{2009}",
      ]
    var simple = 0
    for number in 0..<3_000 {
      let text = Self.text(&random, pieces: number % 2 == 0 ? french : Self.pieces)
      let limit = [2, 5, 9, 40, 300][random.below(5)]
      let expected = QuestionAuthorName.characterWords(
        Substring(text), characters: limit, count: 9, narrowSpace: narrowSpace)
      let words = QuestionAuthorName.words(
        text, characters: limit, count: 9, narrowSpace: narrowSpace)
      #expect(words == expected, "case \(number): \(text.debugDescription)")
      let bytes = Array(text.utf8)
      let fast = bytes.withUnsafeBufferPointer {
        QuestionAuthorName.simpleWords($0, characters: limit, count: 9, narrowSpace: narrowSpace)
      }
      if fast != nil { simple += 1 }
    }
    #expect(simple > 1_000)
  }

  @Test func slashDatesAsParsing() {
    var random = FuzzGenerator(seed: 35_004)
    let digits = Array("0123456789/-x ".utf8)
    for _ in 0..<3_000 {
      let text = String(
        decoding: (0..<10).map { index in
          index == 2 || index == 5
            ? (random.below(8) == 0 ? digits[random.below(digits.count)] : 0x2F)
            : digits[random.below(random.below(6) == 0 ? digits.count : 10)]
        }, as: UTF8.self)
      guard let fast = JSONFields.slashDate(text) else { continue }
      let expected = CalendarDate(parsing: text)
      #expect((fast.isValid ? fast : nil) == expected, "\(text)")
    }
    for text in ["31/12/2024", "29/02/2024", "29/02/2023", "00/01/2024", "01/13/2024"] {
      let fast = JSONFields.slashDate(text)
      #expect(fast.flatMap { $0.isValid ? $0 : nil } == CalendarDate(parsing: text), "\(text)")
    }
  }

  static let senatLabels = [
    "Question écrite n°", "Question orale n°", "publiée dans le JO Sénat du", "Concerne le thème",
    "Transmise au ", "Transmise à ", "Réponse du ", "Réponse de ", "Réponse d",
    "En attente de réponse du ", "La question a été retirée", "La question est caduque",
    "Transformée en ", "Erratum", "Rappelle la question n°", "publiée",
  ]

  static let labelPieces = [
    "Re\u{301}ponse du ", "Réponse d", "Transmise a\u{300} ", "15e législature", "législature",
    "le\u{301}gislature", "Q", "ature", "R", "La", "En", "Trans", "Ques", ", le ", ",", "le",
    "l", "e", "Paris", "3 mars 2025",
  ]

  @Test func turnedAwayLinesAreNoLabel() {
    var random = FuzzGenerator(seed: 35_005)
    let pieces = Self.pieces + Self.senatLabels + Self.labelPieces
    for number in 0..<3_000 {
      let line = Self.text(&random, pieces: pieces)
      let bytes = Array(line.utf8)
      guard !bytes.isEmpty else { continue }
      let isLabel =
        Self.senatLabels.contains { line.hasPrefix($0) } || line.hasSuffix("législature")
      if isLabel {
        #expect(SenatPageLayout.mayBeLabel(bytes, 0..<bytes.count), "case \(number): \(line)")
      }
      let source = SourceText(text: line, path: "x")
      let lower = line.prefix(20).lowercased()
      let isContactOrFooter = ["contact", "http", "www.", "serv"].contains {
        lower.hasPrefix($0)
      }
      if line.range(of: ", le ") != nil {
        #expect(ByteSearch.contains(bytes, ", le "), "\(line)")
      }
      if isContactOrFooter {
        #expect(AnnouncementReader.mayBeContactOrFooter(source, 0..<bytes.count), "\(line)")
      }
    }
  }
}
