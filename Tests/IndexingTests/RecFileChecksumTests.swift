import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The write thread's checksums: the table-driven CRC-32 against a bit-by-bit reference at every
/// length and alignment; a chunked file's CRC-32, combined from its chunks' at `finish`, against
/// the CRC-32 of its payload; a file written without checksum, which holds the same bytes; and
/// whole files appended by the kernel (merge parts), against the same bytes written.
@Suite struct RecFileChecksumTests {
  /// The CRC-32 one bit at a time (the definition the tables are built from).
  static func reference(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }
    return crc ^ 0xFFFF_FFFF
  }

  static func bytes(_ count: Int, _ random: inout FuzzGenerator) -> [UInt8] {
    (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
  }

  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-rec-crc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func tableCRCMatchesTheBitwiseOneAtEveryLengthAndOffset() {
    var random = FuzzGenerator(seed: 11)
    let all = Self.bytes(300, &random)
    for start in 0..<9 {
      for count in 0...(all.count - start) where count < 80 || count % 7 == 0 {
        let slice = Array(all[start..<start + count])
        let expected = Self.reference(slice)
        let found = all.withUnsafeBytes { raw in
          CRC32.checksum(UnsafeRawBufferPointer(rebasing: raw[start..<start + count]))
        }
        #expect(found == expected, "offset \(start), \(count) bytes")
      }
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func piecewiseUpdatesGiveTheWholeCRC(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    let all = Self.bytes(5_000 + random.below(5_000), &random)
    var crc = CRC32()
    var start = 0
    while start < all.count {
      let end = min(all.count, start + random.below(40))
      crc.update(Array(all[start..<end]))
      start = end
    }
    #expect(crc.value == Self.reference(all))
  }

  /// Sizes around the chunk size: empty, shorter than a chunk, exactly chunks, a partial last.
  @Test(arguments: [0, 1, 4_095, 4_096, 4_097, 8_192, 20_000, 70_001])
  func chunkedFileCRCIsThePayloadCRC(size: Int) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var random = FuzzGenerator(seed: UInt64(size) + 1)
    let payload = Self.bytes(size, &random)
    let writer = try FileWriter(url: folder.appendingPathComponent("chunked"), chunked: true)
    var start = 0
    while start < payload.count {
      let end = min(payload.count, start + 1 + random.below(6_000))
      if random.below(2) == 0 {
        try writer.write(Array(payload[start..<end]))
      } else {
        let part = Array(payload[start..<end])
        try writer.write(part, crc: CRC32.checksum(part))
      }
      start = end
    }
    let result = try writer.finish(sync: false)
    let file = [UInt8](try Data(contentsOf: writer.url))
    let payloadAndTable = Array(file[..<(file.count - Footer.size)])
    #expect(Array(payloadAndTable.prefix(size)) == payload)
    #expect(result.crc == Self.reference(payloadAndTable))
    #expect(result.size == file.count)
    let footer = Footer(payloadLength: UInt64(payloadAndTable.count), crc: result.crc)
    #expect(Array(file.suffix(Footer.size)) == footer.bytes)
  }

  @Test func uncheckedFileHoldsTheSameBytes() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var random = FuzzGenerator(seed: 7)
    let checked = try FileWriter(url: folder.appendingPathComponent("checked"))
    let unchecked = try FileWriter(
      url: folder.appendingPathComponent("unchecked"), checksummed: false)
    for _ in 0..<50 {
      let part = Self.bytes(random.below(3_000), &random)
      try checked.write(part)
      try unchecked.write(part, crc: CRC32.checksum(part))
    }
    let expected = try checked.finish(footer: false, sync: false)
    let found = try unchecked.finish(footer: false, sync: false)
    #expect(found.size == expected.size)
    #expect(found.crc == 0)
    #expect(try Data(contentsOf: checked.url) == Data(contentsOf: unchecked.url))
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func appendedFilesGiveTheBytesAndCRCOfWrites(seed: UInt64) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var random = FuzzGenerator(seed: seed)
    let plain = try FileWriter(url: folder.appendingPathComponent("plain"))
    let mixed = try FileWriter(url: folder.appendingPathComponent("mixed"))
    for index in 0..<12 {
      let part = Self.bytes(random.below(4) == 0 ? 0 : random.below(200_000), &random)
      try plain.write(part)
      if random.below(3) == 0 {
        try mixed.write(part)
        continue
      }
      let partURL = folder.appendingPathComponent("part-\(index)")
      let writer = try FileWriter(url: partURL)
      try writer.write(part)
      let written = try writer.finish(footer: false, sync: false)
      try mixed.append(contentsOf: partURL, count: written.size, crc: written.crc)
      #expect(mixed.offset == plain.offset)
    }
    let expected = try plain.finish(sync: false)
    let found = try mixed.finish(sync: false)
    #expect(found.crc == expected.crc)
    #expect(found.size == expected.size)
    #expect(try Data(contentsOf: plain.url) == Data(contentsOf: mixed.url))
  }
}
