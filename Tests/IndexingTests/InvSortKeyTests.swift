import FuzzSupport
import Testing

@testable import Indexing

/// The spill sorts its terms by their first eight bytes before comparing them whole
/// (`PostingsAccumulator.sortKey`): a smaller key must always be a smaller term in byte order.
struct InvSortKeyTests {
  static func term(_ random: inout FuzzGenerator) -> [UInt8] {
    let alphabet: [UInt8] = [0x00, 0x01, 0x61, 0x62, 0x7A, 0xC3, 0xA9, 0xFF]
    return (0..<random.below(13)).map { _ in alphabet[random.below(alphabet.count)] }
  }

  @Test(arguments: [51, 52, 53] as [UInt64])
  func smallerKeysAreSmallerTerms(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    for _ in 0..<20_000 {
      var left = Self.term(&random)
      let right = random.below(2) == 0 ? Self.term(&random) : left + Self.term(&random)
      if random.below(4) == 0, !left.isEmpty { left[random.below(left.count)] = 0 }
      let order = left.withUnsafeBytes { a in right.withUnsafeBytes { RunMerger.compare(a, $0) } }
      let keys = (
        left.withUnsafeBytes { PostingsAccumulator.sortKey($0) },
        right.withUnsafeBytes { PostingsAccumulator.sortKey($0) }
      )
      if keys.0 < keys.1 { #expect(order < 0, "\(left) \(right)") }
      if keys.0 > keys.1 { #expect(order > 0, "\(left) \(right)") }
      if left == right { #expect(keys.0 == keys.1) }
    }
  }

  @Test(
    arguments: [
      ([0x61], [0x61, 0x00]), ([], [0x00]), ([0x61, 0x62], [0x61, 0x63]),
      (
        [0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x62],
        [0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61]
      ),
    ] as [([UInt8], [UInt8])])
  func keysNeverContradictTheBytes(left: [UInt8], right: [UInt8]) {
    let order = left.withUnsafeBytes { a in right.withUnsafeBytes { RunMerger.compare(a, $0) } }
    let keys = (
      left.withUnsafeBytes { PostingsAccumulator.sortKey($0) },
      right.withUnsafeBytes { PostingsAccumulator.sortKey($0) }
    )
    #expect(keys.0 == keys.1 || (keys.0 < keys.1) == (order < 0))
  }
}
