import Testing

@testable import Indexing

/// `ContentHash` (eight bytes a load) gives the byte-at-a-time FNV-1a hash for every length and
/// alignment, and `value(hex:)` reads back what `hex` writes (other forms as `UInt64(_:radix:)`).
struct LoadContentHashTests {
  static func reference(_ bytes: [UInt8]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }

  @Test func everyLengthAndOffsetHashesAsByteByByte() {
    let bytes = (0..<100).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    for start in 0..<9 {
      for end in start...bytes.count {
        let slice = Array(bytes[start..<end])
        let value = bytes.withUnsafeBytes {
          ContentHash.value(of: UnsafeRawBufferPointer(rebasing: $0[start..<end]))
        }
        #expect(value == Self.reference(slice))
        #expect(ContentHash.hex(slice) == ContentHash.hex(Self.reference(slice)))
      }
    }
    // The known hash of the empty input and of "a".
    #expect(ContentHash.hex([]) == "cbf29ce484222325")
    #expect(ContentHash.hex(Array("a".utf8)) == "af63dc4c8601ec8c")
  }

  @Test func hexReadsBack() {
    for value: UInt64 in [0, 1, 0xF, 0xcbf2_9ce4_8422_2325, .max, 0x0123_4567_89AB_CDEF] {
      #expect(ContentHash.value(hex: ContentHash.hex(value)) == value)
    }
    for text in ["", "ff", "FF", "+ff", "0123456789ABCDEF", "0123456789abcdeg", "zz", "-1"] {
      #expect(ContentHash.value(hex: text) == (UInt64(text, radix: 16) ?? 0))
    }
  }
}
