import FuzzSupport
import Testing

@testable import Indexing

/// `BlockedArray` reads back what was appended and set, across block boundaries, like an
/// `Array` given the same operations.
@Suite struct BlockedArrayTests {
  @Test(arguments: [0, 1, 65_535, 65_536, 65_537, 200_003])
  func appendedElementsReadBack(count: Int) {
    var blocked = BlockedArray<UInt64>()
    for index in 0..<count { blocked.append(UInt64(index) &* 0x9E37_79B9_7F4A_7C15) }
    #expect(blocked.count == count)
    var mismatches = 0
    for index in 0..<count where blocked[index] != UInt64(index) &* 0x9E37_79B9_7F4A_7C15 {
      mismatches += 1
    }
    #expect(mismatches == 0)
  }

  @Test func randomAppendsAndWritesMatchAnArray() {
    var random = FuzzGenerator(seed: 11)
    var blocked = BlockedArray<Int32>()
    var array: [Int32] = []
    for _ in 0..<300_000 {
      if array.isEmpty || random.below(4) > 0 {
        let value = Int32(random.below(1 << 30))
        blocked.append(value)
        array.append(value)
      } else {
        let index = random.below(array.count)
        let value = Int32(random.below(1 << 30))
        blocked[index] = value
        array[index] = value
      }
    }
    #expect(blocked.count == array.count)
    #expect(array.indices.allSatisfy { blocked[$0] == array[$0] })
  }
}
