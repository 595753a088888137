import Corpus
import Testing

@testable import Indexing

/// `ContentHash` is XXH64 (seed 0): the published values of known inputs, the same hash whatever
/// the pieces the bytes are fed in and wherever they start in memory, and `value(hex:)` reads back
/// what `hex` writes (other forms as `UInt64(_:radix:)`).
struct LoadContentHashTests {
  static func hash(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { ContentHash.value(of: $0) }
  }

  @Test func knownInputsGiveThePublishedXXH64() {
    // Values of the reference implementation (python-xxhash 3, `xxh64(data).hexdigest()`).
    #expect(ContentHash.hex([]) == "ef46db3751d8e999")
    #expect(ContentHash.hex(Array("a".utf8)) == "d24ec4f1a98c6e5b")
    #expect(ContentHash.hex(Array("abc".utf8)) == "44bc2cf5ad770999")
    #expect(
      ContentHash.hex(Array("Nobody inspects the spammish repetition".utf8)) == "fbcea83c8a378bf1")
    let ramp = (0..<3).flatMap { _ in (0...255).map { UInt8($0) } }
    #expect(ContentHash.hex(ramp) == "8e03c838c596036f")
  }

  @Test func piecesAndOffsetsDoNotChangeTheHash() {
    let bytes = (0..<150).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    for start in 0..<9 {
      for end in stride(from: start, through: bytes.count, by: 1) {
        let whole = Self.hash(Array(bytes[start..<end]))
        let unaligned = bytes.withUnsafeBytes {
          ContentHash.value(of: UnsafeRawBufferPointer(rebasing: $0[start..<end]))
        }
        #expect(unaligned == whole)
        // Fed in two pieces cut anywhere, and byte by byte.
        let cut = start + (end - start) * 5 / 7
        var twoPieces = ContentHasher()
        twoPieces.update(Array(bytes[start..<cut]))
        twoPieces.update(Array(bytes[cut..<end]))
        #expect(twoPieces.value == whole, "\(start)..<\(end) cut at \(cut)")
        var byteByByte = ContentHasher()
        for byte in bytes[start..<end] { byteByByte.update([byte]) }
        #expect(byteByByte.value == whole)
      }
    }
  }

  @Test func everyChangedBitChangesTheHash() {
    let bytes = Array("Le département finance la prime Ségur : 183 € net par mois.".utf8)
    let original = Self.hash(bytes)
    var seen: Set<UInt64> = [original]
    for index in bytes.indices {
      for bit in 0..<8 {
        var changed = bytes
        changed[index] ^= UInt8(1 << bit)
        seen.insert(Self.hash(changed))
      }
    }
    #expect(seen.count == bytes.count * 8 + 1)
    // Runs of zeros of different lengths differ too (the length is part of the hash).
    let zeros = (0...100).map { Self.hash([UInt8](repeating: 0, count: $0)) }
    #expect(Set(zeros).count == zeros.count)
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
