import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The merge's fast paths in `BlockListWriter`: a run's postings read at once (`add(run:)`)
/// give the list of the one-by-one reading, lists staged one after another
/// (`finish(into:staging:)`) are the assembled ones, the pointer `BitPacking.pack` packs like
/// the array one, and the block checksums computed late are those of each block's bytes.
struct InvBlockListTests {
  struct Posting {
    var document: Int
    var length: Int
    var frequency: Int
    var positions: [UInt8]
  }

  static func postings(count: Int, seed: UInt64, positions: Int = 12) -> [Posting] {
    var random = FuzzGenerator(seed: seed)
    var document = random.below(3)
    return (0..<count).map { _ in
      document += 1 + (random.below(8) == 0 ? random.below(100_000) : random.below(40))
      let bytes = (0..<random.below(positions)).map { _ in
        random.below(6) == 0 ? UInt8(0x80 | random.below(128)) : UInt8(1 + random.below(127))
      }
      return Posting(
        document: document, length: 1 + random.below(random.below(4) == 0 ? 70_000 : 900),
        frequency: random.below(5) == 0 ? random.below(400) : 1 + random.below(4),
        positions: bytes)
    }
  }

  /// One run's postings of a term (see `PostingsAccumulator`): the first delta absolute.
  static func run(_ postings: ArraySlice<Posting>) -> [UInt8] {
    var bytes = ByteBuffer()
    var previous = 0
    for posting in postings {
      bytes.varint(posting.document - previous)
      previous = posting.document
      bytes.varint(posting.length)
      bytes.varint(posting.frequency)
      bytes.varint(posting.positions.count)
      bytes.append(posting.positions)
    }
    return bytes.bytes
  }

  /// The reading the merge did before: `ByteReader`, one `add` per document.
  static func addOneByOne(_ run: [UInt8], to writer: inout BlockListWriter) {
    run.withUnsafeBytes { raw in
      var reader = ByteReader(raw)
      var document = 0
      while !reader.isAtEnd {
        document &+= reader.varintInt()
        let length = reader.varintInt()
        let frequency = reader.varintInt()
        let positions = reader.slice(reader.varintInt())
        writer.add(document: document, length: length, frequency: frequency, positions: positions)
      }
    }
  }

  static func runs(of postings: [Posting], parts: Int) -> [[UInt8]] {
    let size = max(1, (postings.count + parts - 1) / parts)
    return stride(from: 0, to: postings.count, by: size).map {
      run(postings[$0..<min(postings.count, $0 + size)])
    }
  }

  @Test(
    arguments: [
      (1, 1), (5, 2), (127, 1), (128, 1), (129, 2), (256, 3), (1000, 1), (5000, 4),
    ] as [(Int, Int)])
  func runsReadAtOnceGiveTheListOfOneByOne(count: Int, parts: Int) {
    let runs = Self.runs(of: Self.postings(count: count, seed: UInt64(count)), parts: parts)
    var fast = BlockListWriter()
    var reference = BlockListWriter()
    for run in runs {
      run.withUnsafeBytes { fast.add(run: $0) }
      Self.addOneByOne(run, to: &reference)
    }
    #expect(fast.documentFrequency == count)
    let (bytes, crc) = fast.finish()
    let expected = reference.finish()
    #expect(bytes == expected.bytes)
    #expect(crc == expected.crc)
  }

  /// Truncated and random runs: the fast reading gives what `ByteReader` gives (zeros past
  /// the end), never a crash.
  @Test(arguments: [31, 32, 33] as [UInt64])
  func damagedRunsReadLikeByteReader(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    for round in 0..<300 {
      var bytes = Self.run(
        Self.postings(count: 1 + random.below(40), seed: seed + UInt64(round))[...])
      if round % 2 == 0 {
        bytes = Array(bytes.prefix(random.below(bytes.count + 1)))
      } else {
        bytes = random.mutate(bytes)
      }
      var fast = BlockListWriter()
      var reference = BlockListWriter()
      bytes.withUnsafeBytes { fast.add(run: $0) }
      Self.addOneByOne(bytes, to: &reference)
      let (result, crc) = fast.finish()
      let expected = reference.finish()
      #expect(result == expected.bytes && crc == expected.crc, "round \(round)")
    }
  }

  /// Lists staged one after another (the largest with spilled positions) are the assembled
  /// lists, one after the other, with their lengths and checksums.
  @Test func stagedListsAreTheAssembledOnes() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "inv-blocklist-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let counts = [1, 3, 128, 129, 2000, 1, 200_000, 7, 130, 1]
    let file = try FileWriter(url: folder.appendingPathComponent("lists.tmp"))
    let staging = ScratchBuffer<UInt8>()
    var streamed = BlockListWriter(spillURL: folder.appendingPathComponent("spill.tmp"))
    var expected: [UInt8] = []
    for (index, count) in counts.enumerated() {
      let postings = Self.postings(
        count: count, seed: UInt64(100 + index), positions: count > 100_000 ? 50 : 12)
      let run = Self.run(postings[...])
      var assembled = BlockListWriter()
      Self.addOneByOne(run, to: &assembled)
      let (bytes, crc) = assembled.finish()
      expected += bytes
      run.withUnsafeBytes { streamed.add(run: $0) }
      let result = try streamed.finish(into: file, staging: staging)
      #expect(result.length == bytes.count, "list \(index)")
      #expect(result.crc == crc, "list \(index)")
    }
    try file.write(staging.raw)
    _ = try file.finish(footer: false, sync: false)
    let written = try [UInt8](Data(contentsOf: file.url))
    #expect(written.count == expected.count)
    #expect(written == expected)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!leftovers.contains("spill.tmp"))
  }

  /// Raw appends of every size up to 40 bytes (overlapping loads up to 16) keep the bytes.
  @Test func rawAppendsKeepTheBytes() {
    var random = FuzzGenerator(seed: 61)
    let buffer = ScratchBuffer<UInt8>(capacity: 16)
    var expected: [UInt8] = []
    for round in 0..<2000 {
      let bytes = (0..<(round % 41)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      bytes.withUnsafeBytes { buffer.append($0) }
      expected += bytes
    }
    #expect(Array(buffer.elements) == expected)
  }

  @Test(arguments: [41, 42] as [UInt64])
  func pointerPackingIsArrayPacking(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    let packed = ScratchBuffer<UInt8>()
    for _ in 0..<2000 {
      let bits = random.below(33)
      let count = random.below(130)
      let values = (0..<count).map { _ -> UInt32 in
        bits == 0 ? 0 : UInt32(truncatingIfNeeded: random.next()) >> UInt32(32 - bits)
      }
      var expected: [UInt8] = [7]
      BitPacking.pack(values[...], bits: bits, into: &expected)
      packed.removeAll()
      packed.append(7)
      values.withUnsafeBufferPointer {
        BitPacking.pack($0.baseAddress!, count: count, bits: bits, into: packed)
      }
      #expect(Array(packed.elements) == expected, "bits \(bits) count \(count)")
    }
  }

  /// Each block's two checksums in the skip table (lists of more than one block) are the
  /// CRC-32s of that block's bytes.
  @Test(arguments: [129, 300, 1000] as [Int])
  func blockChecksumsAreThoseOfTheirBytes(count: Int) {
    var writer = BlockListWriter()
    Self.run(Self.postings(count: count, seed: 9)[...]).withUnsafeBytes { writer.add(run: $0) }
    let (bytes, _) = writer.finish()
    bytes.withUnsafeBytes { raw in
      var reader = ByteReader(raw)
      let tableLength = reader.varintInt()
      let tableEnd = reader.offset + tableLength
      var parts: [(documents: Int, positions: Int, documentCRC: UInt32, positionCRC: UInt32)] = []
      while reader.offset < tableEnd {
        _ = reader.varintInt()
        let documents = reader.varintInt()
        let positions = reader.varintInt()
        _ = reader.varintInt()
        _ = reader.varintInt()
        parts.append((documents, positions, reader.u32(), reader.u32()))
      }
      #expect(parts.count == (count + 127) / 128)
      var documentAt = tableEnd
      var positionAt = tableEnd + parts.reduce(0) { $0 + $1.documents }
      for part in parts {
        let documents = UnsafeRawBufferPointer(
          rebasing: raw[documentAt..<documentAt + part.documents])
        let positions = UnsafeRawBufferPointer(
          rebasing: raw[positionAt..<positionAt + part.positions])
        #expect(CRC32.checksum(documents) == part.documentCRC)
        #expect(CRC32.checksum(positions) == part.positionCRC)
        documentAt += part.documents
        positionAt += part.positions
      }
      #expect(positionAt == raw.count)
    }
  }
}
