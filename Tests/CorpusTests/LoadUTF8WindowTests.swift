import FrenchText
import FuzzSupport
import Testing

@testable import Corpus

/// The UTF-8 check that skips ASCII by windows and finds each multi-byte sequence from the
/// window's mask (`TextRepairString.validity`, which `ContentCheck` asks first) tells what the
/// standard library tells, and `ContentCheck` still names the first invalid byte.
struct LoadUTF8WindowTests {
  /// Pieces that make texts: ASCII, valid sequences of every length and special lead, and
  /// invalid ones (stray continuation, overlong, surrogate, above U+10FFFF, cut sequences).
  static let pieces: [[UInt8]] = [
    Array("a".utf8), Array("mot ".utf8), Array("abcdefghijklmnop".utf8), Array("é".utf8),
    Array("’".utf8), Array("€".utf8), Array("😀".utf8), Array("\u{800}".utf8),
    Array("\u{D7FF}".utf8), Array("\u{E000}".utf8), Array("\u{10FFFF}".utf8),
    Array("\u{10000}".utf8), [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80],
    [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF],
    [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xC3, 0x41], [0xE2, 0x41, 0x80], [0xE2, 0x80, 0x41],
  ]

  /// The answer of the standard library: nil when invalid, else whether all bytes are ASCII.
  static func expected(_ bytes: [UInt8]) -> Bool? {
    guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
    return bytes.allSatisfy { $0 < 0x80 }
  }

  /// The offset of the first invalid byte as `ContentCheck`'s byte-by-byte reading gives it.
  static func slowOffset(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { ContentCheck.firstInvalidUTF8Offset(in: $0) }
  }

  @Test func randomTextsAgreeWithTheStandardLibrary() {
    var random = FuzzGenerator(seed: 2026_11_24)
    for round in 0..<4000 {
      var bytes: [UInt8] = []
      let pieces = random.below(12)
      for _ in 0..<pieces {
        // Mostly valid pieces, so that a long text is often valid.
        let index = random.below(round % 3 == 0 ? Self.pieces.count : 12)
        bytes += Self.pieces[index]
      }
      let validity = bytes.withUnsafeBufferPointer { TextRepairString.validity($0) }
      #expect(validity == Self.expected(bytes), "\(bytes)")
      let offset = ContentCheck.firstInvalidUTF8Offset(bytes)
      #expect(offset == Self.slowOffset(bytes), "\(bytes)")
      #expect((offset == nil) == (validity != nil), "\(bytes)")
    }
  }

  @Test(arguments: ["é", "’", "😀", "\u{800}"])
  func sequenceAtEveryOffsetOfAWindow(_ piece: String) {
    for offset in 0...40 {
      for width in [8, 16, 17, 41] {
        var bytes = Array(repeating: UInt8(ascii: "x"), count: max(width, offset))
        bytes.insert(contentsOf: Array(piece.utf8), at: offset)
        let validity = bytes.withUnsafeBufferPointer { TextRepairString.validity($0) }
        #expect(validity == false, "\(offset) \(width)")
        // The same sequence cut of its last byte, at the same place: invalid there.
        var cut = bytes
        cut.remove(at: offset + piece.utf8.count - 1)
        let cutValidity = cut.withUnsafeBufferPointer { TextRepairString.validity($0) }
        #expect(cutValidity == nil, "\(offset) \(width)")
        #expect(ContentCheck.firstInvalidUTF8Offset(cut) == Self.slowOffset(cut))
        #expect(ContentCheck.firstInvalidUTF8Offset(cut) != nil)
      }
    }
  }

  @Test func adjacentSequencesAcrossWindows() {
    // Runs of accents with no ASCII between them, crossing the eight-byte windows.
    for count in 1...20 {
      for lead in 0...9 {
        let text = String(repeating: "x", count: lead) + String(repeating: "é’😀", count: count)
        let bytes = Array(text.utf8)
        let validity = bytes.withUnsafeBufferPointer { TextRepairString.validity($0) }
        #expect(validity == false)
        #expect(TextRepairString.make(bytes, 0..<bytes.count) == text)
      }
    }
  }
}
