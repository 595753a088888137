import FuzzSupport
import Testing

@testable import FrenchText

/// The run appends of `TextRepairBuffer` (offsets written eight at a time) and the unwrapper's
/// character count (continuation bytes counted eight at a time) give what the byte-by-byte
/// forms give, on French lines and seeded random bytes of every length around the word size.
@Suite struct LoadRepairRunTests {
  static let lines = [
    "", "a", "Mme Gaëlle Saint-Martin appelle l’attention de M. le ministre.",
    "Réponse. — Le Gouvernement a pris note… « 1 000 € » œuvre Œ ÿ 😀 \u{00A0}\u{202F}",
  ]

  static func byteByByte(_ bytes: [UInt8], range: Range<Int>, shift: Int) -> TextRepairBuffer {
    var buffer = TextRepairBuffer()
    for index in range { buffer.append(bytes[index], origin: index + shift) }
    return buffer
  }

  @Test(arguments: lines)
  func runAppendsAsByteByByte(_ line: String) {
    let bytes = Array(line.utf8)
    for lower in 0...bytes.count {
      for upper in lower...bytes.count {
        var buffer = TextRepairBuffer()
        buffer.append(bytes, range: lower..<upper, shift: 7)
        #expect(buffer == Self.byteByByte(bytes, range: lower..<upper, shift: 7))
      }
      #expect(
        LineUnwrapper.characterCount(Array(bytes[lower...]))
          == bytes[lower...].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) })
    }
  }

  @Test func randomRunsAsByteByByte() {
    var random = FuzzGenerator(seed: 80_400)
    for _ in 0..<2_000 {
      let bytes = (0..<random.below(70)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      var expected = TextRepairBuffer(bytes: [0x41], origins: [3])
      var buffer = expected
      let lower = random.below(bytes.count + 1)
      let upper = lower + random.below(bytes.count - lower + 1)
      let shift = random.below(1_000) - 500
      buffer.append(bytes, range: lower..<upper, shift: shift)
      expected.append(Self.byteByByte(bytes, range: lower..<upper, shift: shift))
      #expect(buffer == expected)
      #expect(
        LineUnwrapper.characterCount(bytes)
          == bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) })
    }
  }
}
