import FuzzSupport
import Testing

@testable import Indexing

/// A list's sort key, read in one load from its first block (`TermPostings.sortKey`), is the
/// key of its term's bytes (`PostingsAccumulator.sortKey`), whatever the term's length and the
/// bytes that follow it in the block.
struct InversionSortKeyTests {
  @Test(arguments: [61, 62] as [UInt64])
  func aListsKeyIsItsTermsKey(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    let arena = PostingsArena()
    for round in 0..<2_000 {
      let term = (0..<random.below(14)).map { _ in UInt8(truncatingIfNeeded: random.below(256)) }
      var list = term.withUnsafeBufferPointer { TermPostings(term: $0, arena: arena) }
      // Bytes after the term in the block: the first posting's (not zeros).
      let entry: [UInt8] = [0xFF, 0xFE, 0xFD, 0xFC, 0xFB, 0xFA, 0xF9, 0xF8]
      _ = entry.withUnsafeBufferPointer {
        list.append(document: round, length: 300, entry: $0, arena: arena)
      }
      let expected = term.withUnsafeBytes { PostingsAccumulator.sortKey($0) }
      #expect(list.sortKey == expected, "\(term)")
    }
  }
}
