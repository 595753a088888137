import Testing

@testable import Indexing

/// Lists encoded by `BlockListWriter` read back through `PostingCursor` exactly: documents,
/// frequencies, positions, `advance(to:)` to any target, and skip bounds that hold.
@Suite struct BlockPostingsTests {
  private struct Posting: Equatable {
    var document: Int32
    var length: Int
    var frequency: Int
    var positions: [Int32]
  }

  /// A reproducible list of `count` postings with gaps up to `spread`.
  private static func postings(count: Int, spread: Int, seed: UInt64) -> [Posting] {
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var document = -1
    return (0..<count).map { _ in
      document += 1 + next(spread)
      var position: Int32 = 0
      let positions = (0..<1 + next(4)).map { _ in
        position += Int32(1 + next(300))
        return position
      }
      return Posting(
        document: Int32(document), length: 1 + next(500), frequency: 1 + next(9),
        positions: positions)
    }
  }

  /// The encoded list followed by 20 bytes (the footer the mapped file always has).
  private static func encode(_ postings: [Posting]) -> ([UInt8], TermInfo) {
    var writer = BlockListWriter()
    for posting in postings {
      var bytes = ByteBuffer()
      var previous: Int32 = 0
      for position in posting.positions {
        bytes.varint(Int(position - previous))
        previous = position
      }
      bytes.bytes.withUnsafeBytes {
        writer.add(
          document: Int(posting.document), length: posting.length, frequency: posting.frequency,
          positions: $0)
      }
    }
    let (list, crc) = writer.finish()
    let info = TermInfo(
      term: "t", documentFrequency: postings.count, offset: 0, length: list.count, crc: crc)
    return (list + [UInt8](repeating: 0, count: 20), info)
  }

  private static func read(_ bytes: [UInt8], _ info: TermInfo) -> ([Posting], Bool) {
    bytes.withUnsafeBytes { file in
      let cursor = PostingCursor(info, file: file, payloadCount: file.count - 20)
      var result: [Posting] = []
      var positions: [Int32] = []
      while cursor.document != PostingCursor.end {
        cursor.positions(into: &positions)
        if cursor.isDamaged { break }
        let entry = cursor.skips[cursor.block]
        result.append(
          Posting(
            document: cursor.document, length: entry.minLength, frequency: cursor.frequency,
            positions: positions))
        cursor.next()
      }
      return (result, cursor.isDamaged)
    }
  }

  @Test(arguments: [(1, 3), (127, 2), (128, 50), (129, 1), (1000, 3), (3000, 40)])
  func listReadsBackExactly(count: Int, spread: Int) {
    let postings = BlockPostingsTests.postings(count: count, spread: spread, seed: UInt64(count))
    let (bytes, info) = BlockPostingsTests.encode(postings)
    let (read, damaged) = BlockPostingsTests.read(bytes, info)
    #expect(!damaged)
    #expect(read.map(\.document) == postings.map(\.document))
    #expect(read.map(\.frequency) == postings.map(\.frequency))
    #expect(read.map(\.positions) == postings.map(\.positions))
    // Each block's bounds hold for its documents.
    for (index, posting) in postings.enumerated() {
      #expect(read[index].length <= posting.length)
    }
  }

  @Test(arguments: [128, 1000, 3000])
  func advanceFindsTheFirstDocumentNotBelow(count: Int) {
    let postings = BlockPostingsTests.postings(count: count, spread: 7, seed: 99)
    let (bytes, info) = BlockPostingsTests.encode(postings)
    let documents = postings.map(\.document)
    bytes.withUnsafeBytes { file in
      let cursor = PostingCursor(info, file: file, payloadCount: file.count - 20)
      var target: Int32 = 0
      while let last = documents.last, target <= last + 1 {
        cursor.advance(to: target)
        let expected = documents.first { $0 >= target } ?? PostingCursor.end
        #expect(cursor.document == expected, "target \(target)")
        if expected != PostingCursor.end {
          let index = documents.firstIndex(of: expected)!
          #expect(cursor.frequency == postings[index].frequency)
        }
        target += Int32(1 + (Int(target) * 7919) % 400)
      }
    }
  }

  @Test func everyFlippedByteIsDetectedOrHarmless() {
    let postings = BlockPostingsTests.postings(count: 300, spread: 3, seed: 5)
    let (bytes, info) = BlockPostingsTests.encode(postings)
    let (reference, _) = BlockPostingsTests.read(bytes, info)
    var detected = 0
    for offset in 0..<info.length {
      var damaged = bytes
      damaged[offset] ^= 0x04
      let (read, isDamaged) = BlockPostingsTests.read(damaged, info)
      if isDamaged { detected += 1 } else { #expect(read == reference, "byte \(offset)") }
    }
    #expect(detected == info.length)
  }
}
