import Testing

@testable import Indexing

/// The short copy of the segment writer copies exactly `count` bytes, whatever the count and the
/// alignment, and nothing around them.
@Suite struct SmallCopyTests {
  @Test func copiesExactlyTheBytesAtEveryLengthAndOffset() {
    let source: [UInt8] = (0..<40).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    for count in 0...16 {
      for offset in 0..<8 {
        var target = [UInt8](repeating: 0xEE, count: 40)
        source.withUnsafeBytes { from in
          target.withUnsafeMutableBytes { to in
            SmallCopy.copy(from.baseAddress! + offset, to: to.baseAddress! + 3, count: count)
          }
        }
        var expected = [UInt8](repeating: 0xEE, count: 40)
        expected.replaceSubrange(3..<(3 + count), with: source[offset..<(offset + count)])
        #expect(target == expected, "count \(count), offset \(offset)")
      }
    }
  }
}
