import FrenchText
import FuzzSupport
import Testing

@testable import Corpus

/// The copied runs of the HTML extractor, checked sixteen bytes at a time against the bytes
/// before them, stop where the byte-by-byte reading stops: random texts of words, single and
/// double spaces, line breaks, tabs, other control bytes, tags, entities and accents give the
/// reference extractor's paragraphs.
struct LoadHTMLRunTests {
  static let pieces = [
    "mot", "abcdefghijklmnopq", " ", "  ", "   ", "\n", "\t", "\r", "\u{0B}", "\u{0C}", "\u{01}",
    "<p>", "</p>", "<br>", "<i>", "</i>", "<td>", "&amp;", "&nbsp;", "&#233;", "&", "<", "é",
    "’", "\u{00A0}", ".",
  ]

  @Test func randomTextsGiveTheReferenceParagraphs() {
    var random = FuzzGenerator(seed: 2026_11_24_2)
    for round in 0..<3000 {
      var text = ""
      for _ in 0..<random.below(40) {
        // Long plain stretches more often than not, so that whole windows are skipped.
        text +=
          random.below(3) == 0
          ? Self.pieces[random.below(Self.pieces.count)] : Self.pieces[random.below(2)]
      }
      let html = TextRepairBuffer(bytes: Array(text.utf8), origin: round % 7)
      #expect(
        HTMLTextExtractor().paragraphs(html) == ReferenceHTMLTextExtractor().paragraphs(html),
        "\(text.debugDescription)")
    }
  }
}
