import FrenchText
import Testing

/// The byte-level shortcuts of the text repairs: the mojibake test on a buffer pointer (no
/// array per byte), and the appends of runs, give what the byte-by-byte code gave.
struct TextRepairFastPathTests {
  /// `TextRepairMojibake.mayNeedRepair` as it was, one byte at a time.
  static func referenceMayNeedRepair(_ bytes: [UInt8]) -> Bool {
    var index = 0
    while index + 2 < bytes.count {
      if bytes[index] == 0xC3, [0x82, 0x83, 0x85, 0xA2].contains(bytes[index + 1]),
        bytes[index + 2] >= 0xC2
      {
        return true
      }
      index += 1
    }
    return false
  }

  static let pieces: [[UInt8]] =
    [
      "é", "Ã©", "â€™", "Å“", "Ã", "Â", "x", " ", "mot", "œ", "’", "Ã ", "Ã\u{00A0}",
    ].map { Array($0.utf8) } + [[0xC3], [0xC3, 0x82], [0xC3, 0xA2, 0xC2], [0xC2], [0xFF], [0x00]]

  @Test(arguments: 0..<3)
  func mojibakeTestAsBefore(_ seed: Int) {
    var random = SplitMix(seed: 40 + UInt64(seed))
    var positives = 0
    for number in 0..<2_000 {
      var bytes: [UInt8] = []
      for _ in 0..<random.below(30) { bytes += Self.pieces[random.below(Self.pieces.count)] }
      let expected = Self.referenceMayNeedRepair(bytes)
      if expected { positives += 1 }
      #expect(TextRepairMojibake.mayNeedRepair(bytes) == expected, "\(seed)-\(number) \(bytes)")
    }
    #expect(positives > 100)
  }

  @Test func runsAppendAsBytes() {
    var random = SplitMix(seed: 41)
    for _ in 0..<300 {
      let source = (0..<random.below(40)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      let lower = random.below(source.count + 1)
      let upper = lower + random.below(source.count - lower + 1)
      let shift = random.below(100)
      var fast = TextRepairBuffer(bytes: [0x41], origin: 7)
      var slow = fast
      fast.append(source, range: lower..<upper, shift: shift)
      for offset in lower..<upper { slow.append(source[offset], origin: offset + shift) }
      #expect(fast == slow)
      var copied = TextRepairBuffer()
      copied.append(fast, range: 1..<fast.count)
      #expect(copied == fast.slice(1..<fast.count))
      #expect(
        TextRepairBuffer(bytes: source, origin: shift).origins
          == Array(shift..<shift + source.count))
    }
  }
}
