import FuzzSupport
import Testing

@testable import Corpus

/// The opening words of a question, read without splitting the whole opening, are the words
/// `split` gives.
struct QuestionAuthorWordsTests {
  static let pieces = [
    " ", "  ", "\u{00A0}", "\u{202F}", " \u{301}", "M.", "Mme", "Jean-Luc", "de", "d’", "attire",
    "é", "e\u{301}", "\u{1F600}", "x", "\r\n", "\t",
  ]

  @Test(arguments: [true, false])
  func sameWordsAsSplit(narrowSpace: Bool) {
    var random = FuzzGenerator(seed: narrowSpace ? 34_000 : 34_001)
    for number in 0..<2_000 {
      let text = (0..<random.below(30)).map { _ in Self.pieces[random.below(Self.pieces.count)] }
        .joined()
      let limit = [3, 10, 160, 300][random.below(4)]
      let expected = text.prefix(limit).split(whereSeparator: {
        $0 == " " || $0 == "\u{00A0}" || (narrowSpace && $0 == "\u{202F}")
      }).prefix(9)
      let words = QuestionAuthorName.words(
        text, characters: limit, count: 9, narrowSpace: narrowSpace)
      #expect(words == Array(expected), "case \(number): \(text.debugDescription)")
    }
  }
}
