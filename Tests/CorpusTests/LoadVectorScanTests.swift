import FrenchText
import Testing

@testable import Corpus

/// The sixteen-byte vector scans of loading (JSON string specials, HTML text runs, the ASCII
/// runs of the UTF-8 check) give what the former paths give wherever the byte that stops them
/// falls in a block: every offset from 0 to 40.
struct LoadVectorScanTests {
  /// Texts of `width` bytes of `filler` with `piece` at each offset from 0 to 40.
  static func placed(_ piece: String, filler: String, width: Int) -> [String] {
    let fill = Array(filler)
    return (0...40).map { offset in
      var text = String((0..<offset).map { fill[$0 % fill.count] })
      text += piece
      var count = text.unicodeScalars.count
      while count < width {
        text.append(fill[count % fill.count])
        count += 1
      }
      return text
    }
  }

  @Test(arguments: ["\\u00e9", "\\\"", "\\\\", "\\n", "\\ud83d\\ude00", "\u{01}", "é", "’", "\\x"])
  func jsonStringSpecialAtEveryOffset(_ piece: String) {
    for filler in ["mot ", "abcdefghijklmnopq"] {
      for width in [16, 17, 40] {
        for inner in Self.placed(piece, filler: filler, width: width) {
          for closing in ["\"", "\", \"k\": 1}", ""] {
            let bytes = Array(("\"" + inner + closing).utf8)
            let difference = JSONStringFastPathTests.difference(bytes, at: 0, baseOffset: 7)
            #expect(difference == nil, "\(inner.debugDescription)\(closing)")
          }
        }
      }
    }
  }

  @Test(arguments: ["<br>", "&amp;", "  ", " ", "\n", "\t", "\u{0B}", "<i>x</i>", "é", "   x "])
  func htmlStopAtEveryOffset(_ piece: String) {
    for filler in ["mot ", "abcdefghij", "a b "] {
      for width in [16, 33, 48] {
        for text in Self.placed(piece, filler: filler, width: width) {
          for lead in ["", " ", "x "] {
            let html = TextRepairBuffer(bytes: Array((lead + text).utf8), origin: 3)
            #expect(
              HTMLTextExtractor().paragraphs(html) == ReferenceHTMLTextExtractor().paragraphs(html),
              "\((lead + text).debugDescription)")
          }
        }
      }
    }
  }

  @Test func utf8CheckFindsAnInvalidByteAtEveryOffset() {
    for filler in ["abcdefgh", "été "] {
      for offset in 0...40 {
        let fill = Array(filler.utf8)
        var bytes = (0..<offset).map { fill[$0 % fill.count] }
        // Keep the start valid: cut back to a character boundary.
        while let last = bytes.last, last >= 0x80, String(validating: bytes, as: UTF8.self) == nil {
          bytes.removeLast()
        }
        let valid = bytes.count
        bytes.append(0xFF)
        bytes += Array("suite du texte".utf8)
        #expect(ContentCheck.firstInvalidUTF8Offset(bytes) == valid, "\(filler) \(offset)")
        #expect(ContentCheck.firstInvalidUTF8Offset(Array(bytes[0..<valid])) == nil)
      }
    }
  }
}
