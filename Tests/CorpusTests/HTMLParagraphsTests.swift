import FrenchText
import FuzzSupport
import Testing

@testable import Corpus

/// `HTMLParagraphs` gives exactly the paragraphs (bytes and origins) of `HTMLTextExtractor`.
struct HTMLParagraphsTests {
  static let pieces = [
    "<p>", "</p>", "<br>", "<BR/>", "<td>", "</TD>", "<i>", "</i>", "<a name=PG10>", "<!-- x -->",
    "<!--", "<h3 class=\"t\">", "<blockquote>", "<x<", "< p>", "<", ">", "&amp;", "&nbsp;",
    "&#233;", "&#x2019;", "&#X41;", "&#32;", "&#9;", "&unknown;", "&", "&#xD800;", "&;", " ", "  ",
    "\n", "\t", "\r\n", "é", "’", "\u{00A0}", "Prime", "Ségur", "183", ".", "mot", "x",
  ]

  static func buffer(_ text: String, using random: inout FuzzGenerator) -> TextRepairBuffer {
    var buffer = TextRepairBuffer()
    var origin = random.below(50)
    for byte in text.utf8 {
      buffer.append(byte, origin: origin)
      origin += [1, 1, 1, 1, 0, 2, 6][random.below(7)]
    }
    return buffer
  }

  @Test(arguments: 0..<4)
  func sameParagraphsAsTheExtractor(batch: Int) {
    var random = FuzzGenerator(seed: 33_000 + UInt64(batch))
    for number in 0..<400 {
      let text = (0..<random.below(40)).map { _ in Self.pieces[random.below(Self.pieces.count)] }
        .joined()
      let html = Self.buffer(text, using: &random)
      let expected = HTMLTextExtractor().paragraphs(html)
      #expect(HTMLParagraphs.paragraphs(html) == expected, "case \(batch)-\(number): \(text)")
    }
  }

  @Test(arguments: [
    "<p>L'accord pr\u{00E9}voit 120&nbsp;M\u{20AC} &amp; plus.</p><p>Premi\u{00E8}re<br>ligne</p>",
    "<TABLE><TR><TD>a</TD><TD>b</TD></TR></TABLE>  fin  ", "", "   ", "<p></p>", "a&#32;&#32;b",
  ])
  func examples(text: String) {
    var buffer = TextRepairBuffer()
    for (offset, byte) in text.utf8.enumerated() { buffer.append(byte, origin: offset) }
    #expect(HTMLParagraphs.paragraphs(buffer) == HTMLTextExtractor().paragraphs(buffer))
  }
}
