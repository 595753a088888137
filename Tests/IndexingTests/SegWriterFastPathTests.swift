import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The segment writer's fast paths (tenth speed session): a list of one block written straight
/// from the block's buffers is the list of the general path; runs whose positions are long
/// (copied by `memcpy`, past the room reserved at first) read at once give the list of the
/// one-by-one reading; packing 32 bits at a time leaves the bytes appended after it intact.
struct SegWriterFastPathTests {
  /// The list and checksum of `postings` read from one run, single blocks written directly or
  /// not; `staged`: through `finish(into:staging:)` after `before` bytes already staged.
  private static func list(
    _ postings: [InvBlockListTests.Posting], direct: Bool, staged: Bool
  ) throws -> ([UInt8], UInt32) {
    var writer = BlockListWriter()
    writer.writesSingleBlocksDirectly = direct
    InvBlockListTests.run(postings[...]).withUnsafeBytes { writer.add(run: $0) }
    guard staged else { return writer.finish() }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seg-fast-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try FileWriter(url: folder.appendingPathComponent("list.tmp"))
    let staging = ScratchBuffer<UInt8>()
    staging.append(9)
    let result = try writer.finish(into: file, staging: staging)
    #expect(staging.count == 1 + result.length)
    return (Array(staging.elements.dropFirst()), result.crc)
  }

  @Test(arguments: [1, 2, 3, 17, 64, 127, 128] as [Int])
  func singleBlocksWrittenDirectlyAreTheGeneralOnes(count: Int) throws {
    for seed in 0..<20 as Range<UInt64> {
      let postings = InvBlockListTests.postings(
        count: count, seed: seed * 1_000 + UInt64(count), positions: seed % 3 == 0 ? 40 : 12)
      for staged in [false, true] {
        let general = try Self.list(postings, direct: false, staged: staged)
        let direct = try Self.list(postings, direct: true, staged: staged)
        #expect(direct.0 == general.0, "seed \(seed) staged \(staged)")
        #expect(direct.1 == general.1, "seed \(seed) staged \(staged)")
      }
    }
  }

  /// Lists of one block and more, one after another in one writer: each is the list a fresh
  /// writer gives through the general path (the direct path leaves the writer empty).
  @Test func writersStayReusableAfterSingleBlocks() throws {
    var writer = BlockListWriter()
    for (index, count) in [3, 200, 1, 128, 129, 5, 1].enumerated() {
      let postings = InvBlockListTests.postings(count: count, seed: UInt64(500 + index))
      InvBlockListTests.run(postings[...]).withUnsafeBytes { writer.add(run: $0) }
      let (bytes, crc) = writer.finish()
      let expected = try Self.list(postings, direct: false, staged: false)
      #expect(bytes == expected.0, "list \(index)")
      #expect(crc == expected.1, "list \(index)")
    }
  }

  /// Postings whose positions take up to 9 000 bytes (past the 4 KB reserved at first, and
  /// across blocks), in one or several runs.
  @Test(arguments: [(40, 1), (300, 1), (300, 3)] as [(Int, Int)])
  func longPositionsReadAtOnceGiveTheListOfOneByOne(count: Int, parts: Int) {
    var random = FuzzGenerator(seed: UInt64(count * 10 + parts))
    var postings = InvBlockListTests.postings(count: count, seed: UInt64(count))
    for index in postings.indices where random.below(4) == 0 {
      let size = random.below(3) == 0 ? 17 + random.below(9_000) : random.below(40)
      postings[index].positions = (0..<size).map { _ in UInt8(1 + random.below(127)) }
    }
    let runs = InvBlockListTests.runs(of: postings, parts: parts)
    var fast = BlockListWriter()
    var reference = BlockListWriter()
    for run in runs {
      run.withUnsafeBytes { fast.add(run: $0) }
      InvBlockListTests.addOneByOne(run, to: &reference)
    }
    let (bytes, crc) = fast.finish()
    let expected = reference.finish()
    #expect(bytes == expected.bytes)
    #expect(crc == expected.crc)
  }

  /// Values packed one group after another, with single bytes between them: every byte is the
  /// array packing's (the word stored past the packed bytes is overwritten, never kept).
  @Test func packingLeavesLaterBytesIntact() {
    var random = FuzzGenerator(seed: 77)
    let packed = ScratchBuffer<UInt8>(capacity: 16)
    var expected: [UInt8] = []
    for round in 0..<3000 {
      let bits = random.below(33)
      let count = 1 + random.below(12)
      let values = (0..<count).map { _ -> UInt32 in
        bits == 0 ? 0 : UInt32(truncatingIfNeeded: random.next()) >> UInt32(32 - bits)
      }
      BitPacking.pack(values[...], bits: bits, into: &expected)
      values.withUnsafeBufferPointer {
        BitPacking.pack($0.baseAddress!, count: count, bits: bits, into: packed)
      }
      let marker = UInt8(truncatingIfNeeded: round)
      expected.append(marker)
      packed.append(marker)
    }
    #expect(Array(packed.elements) == expected)
  }
}

/// `DocumentColumns.encode` (stored in place) writes the bytes of the field-by-field encoding,
/// and reads back as it was.
struct SegColumnsEncodingTests {
  @Test func columnsEncodeLikeFieldByField() {
    var random = FuzzGenerator(seed: 88)
    for _ in 0..<200 {
      var columns = DocumentColumns()
      columns.date = Int32(truncatingIfNeeded: random.next())
      columns.chamber = UInt8(truncatingIfNeeded: random.next())
      columns.kind = UInt8(truncatingIfNeeded: random.next())
      columns.status = UInt8(truncatingIfNeeded: random.next())
      columns.flags = UInt8(truncatingIfNeeded: random.next())
      columns.legislature = UInt16(truncatingIfNeeded: random.next())
      columns.fieldLength = UInt32(truncatingIfNeeded: random.next())
      columns.storeOffset = random.next()
      columns.storeLength = UInt32(truncatingIfNeeded: random.next())
      columns.stringsLength = UInt32(truncatingIfNeeded: random.next())
      columns.stringsOffset = random.next()
      columns.storeCRC = UInt32(truncatingIfNeeded: random.next())
      var expected = ByteBuffer()
      expected.u8(3)
      expected.i32(columns.date)
      for byte in [columns.chamber, columns.kind, columns.status, columns.flags] {
        expected.u8(byte)
      }
      expected.u16(columns.legislature)
      expected.u16(0)
      expected.u32(columns.fieldLength)
      expected.u64(columns.storeOffset)
      expected.u32(columns.storeLength)
      expected.u32(columns.stringsLength)
      expected.u64(columns.stringsOffset)
      expected.u32(columns.storeCRC)
      expected.u32(0)
      var buffer = ByteBuffer()
      buffer.u8(3)
      columns.encode(into: &buffer)
      #expect(buffer.bytes == expected.bytes)
      #expect(buffer.count == 1 + DocumentColumns.size)
      let decoded = buffer.bytes.withUnsafeBytes { DocumentColumns(from: $0, at: 1) }
      #expect(decoded == columns)
    }
  }
}
