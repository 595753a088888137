import Testing

@testable import Indexing

/// The table of checked parts answers exactly like a set of (start, end) pairs, through growth.
struct VerifiedPartsTests {
  @Test(arguments: [1, 7, 42])
  func behavesLikeASetOfRanges(seed: UInt64) {
    var state = seed
    func random(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let parts = VerifiedParts()
    var model: [Int: Int] = [:]
    for _ in 0..<20_000 {
      let start = random(50_000)
      let end = start + 1 + random(4)
      if random(2) == 0 {
        parts.insert(start, end)
        model[start] = end
      }
      #expect(parts.contains(start, end) == (model[start] == end))
    }
    for start in 0..<2_000 {
      for end in start + 1..<start + 5 {
        #expect(parts.contains(start, end) == (model[start] == end))
      }
    }
  }
}
