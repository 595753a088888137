import Testing

@testable import FrenchText

/// The sixteen-byte vector scan of the sentence splitter (terminators) finds what the
/// byte-by-byte reference finds wherever the byte it looks for falls in a block: every offset
/// from 0 to 40, in texts long enough for whole blocks before and after. The mojibake check is
/// held to its reference the same way.
struct LoadVectorScanTests {
  /// Texts of `width` bytes of `filler` with `piece` at each offset from 0 to 40.
  static func placed(_ piece: String, filler: String, width: Int) -> [[UInt8]] {
    let fill = Array(filler.utf8)
    return (0...40).map { offset in
      var bytes = (0..<offset).map { fill[$0 % fill.count] }
      bytes += Array(piece.utf8)
      while bytes.count < width { bytes.append(fill[bytes.count % fill.count]) }
      return bytes
    }
  }

  static let terminators = [
    ". Suite", "! Suite", "? Suite", "… Suite", "’ Suite", "... Suite", "M. Dupont", "4.5 points",
    ".» Fin", "? « Oui", "…x", ".",
  ]

  @Test(arguments: terminators)
  func sentencesAtEveryOffset(_ piece: String) {
    for filler in ["mot ", "été ", "l’a ", "abcdefghijklmnop"] {
      for width in [17, 33, 64] {
        for bytes in Self.placed(piece, filler: filler, width: width) {
          #expect(
            SentenceSplitter().sentenceRanges(in: bytes)
              == ReferenceSentenceSplitter().sentenceRanges(in: bytes),
            "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
      }
    }
  }

  @Test(arguments: ["Ã©", "â€™", "Å“", "Ã", "Ã ", "é", "\u{00C3}x"])
  func mojibakeLeadAtEveryOffset(_ piece: String) {
    for filler in ["mot ", "été ", "Ã"] {
      for width in [3, 18, 19, 34, 50] {
        for bytes in Self.placed(piece, filler: filler, width: width) {
          for end in [bytes.count, bytes.count - 1, bytes.count - 2] where end >= 0 {
            let prefix = Array(bytes[0..<end])
            #expect(
              TextRepairMojibake.mayNeedRepair(prefix)
                == TextRepairFastPathTests.referenceMayNeedRepair(prefix), "\(prefix)")
          }
        }
      }
    }
  }
}
