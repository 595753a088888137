import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Corpus

/// `HTMLTextExtractor` (one implementation on bytes, used by every reader) gives exactly the
/// paragraphs (bytes and origins) of the former byte-by-byte extractor,
/// `ReferenceHTMLTextExtractor`.
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
      let expected = ReferenceHTMLTextExtractor().paragraphs(html)
      #expect(HTMLTextExtractor().paragraphs(html) == expected, "case \(batch)-\(number): \(text)")
    }
  }

  @Test(arguments: [
    "<p>L'accord pr\u{00E9}voit 120&nbsp;M\u{20AC} &amp; plus.</p><p>Premi\u{00E8}re<br>ligne</p>",
    "<TABLE><TR><TD>a</TD><TD>b</TD></TR></TABLE>  fin  ", "", "   ", "<p></p>", "a&#32;&#32;b",
  ])
  func examples(text: String) {
    var buffer = TextRepairBuffer()
    for (offset, byte) in text.utf8.enumerated() { buffer.append(byte, origin: offset) }
    #expect(
      HTMLTextExtractor().paragraphs(buffer) == ReferenceHTMLTextExtractor().paragraphs(buffer))
  }

  /// The texts of the 639 real open-data records, as the JSON parser locates them.
  @Test func realRecordTexts() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/an-open-data-16-qg")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") }
    var texts = 0
    for name in names {
      let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
      var parser = JSONParser(bytes: bytes)
      _ = try parser.parse()
      for literal in parser.literals.values.joined().compactMap({ $0 }) {
        texts += 1
        #expect(
          HTMLTextExtractor().paragraphs(literal)
            == ReferenceHTMLTextExtractor().paragraphs(literal),
          "\(name)")
      }
    }
    #expect(texts > 1_000)
  }
}
