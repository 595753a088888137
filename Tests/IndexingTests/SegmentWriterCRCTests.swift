import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The store's checksum is combined from each record's CRC-32 (`FileWriter.write(_:crc:)`,
/// `CRC32Combination`) instead of reading the record again: the same checksum and bytes as
/// feeding every byte, whatever the lengths and the mix of writes.
@Suite struct SegmentWriterCRCTests {
  static let texts = [
    "", "a", "Le Ségur prévoit 183\u{00A0}€ net par mois.", "L’État financera 50\u{202F}%.",
    "œuvre, 1er janvier 2024, 2,5 millions d’euros", String(repeating: "prime ", count: 700),
  ]

  static func bytes(_ random: inout FuzzGenerator) -> [UInt8] {
    let count = random.below(3) == 0 ? random.below(16) : random.below(9_000)
    return (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
  }

  @Test(arguments: texts)
  func combinedChecksumOfFrenchText(first: String) {
    for second in Self.texts {
      let a = Array(first.utf8)
      let b = Array(second.utf8)
      let combined = CRC32Combination.combine(
        CRC32.checksum(a), CRC32.checksum(b), count: b.count)
      #expect(combined == CRC32.checksum(a + b))
    }
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func combinedChecksumOfRandomBytes(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    for _ in 0..<30 {
      let a = Self.bytes(&random)
      let b = Self.bytes(&random)
      let combined = CRC32Combination.combine(
        CRC32.checksum(a), CRC32.checksum(b), count: b.count)
      #expect(combined == CRC32.checksum(a + b))
    }
  }

  @Test(arguments: [5, 6, 7] as [UInt64])
  func knownChecksumWritesGiveTheSameFile(seed: UInt64) throws {
    var random = FuzzGenerator(seed: seed)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-crc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let plain = try FileWriter(url: folder.appendingPathComponent("plain"))
    let mixed = try FileWriter(url: folder.appendingPathComponent("mixed"))
    var all: [UInt8] = []
    for _ in 0..<40 {
      let part = Self.bytes(&random)
      all += part
      try plain.write(part)
      if random.below(3) == 0 {
        try mixed.write(part)
      } else {
        try mixed.write(part, crc: CRC32.checksum(part))
      }
    }
    let expected = try plain.finish(sync: false)
    let written = try mixed.finish(sync: false)
    #expect(written.crc == expected.crc)
    #expect(written.crc == CRC32.checksum(all))
    #expect(written.size == expected.size)
    let left = try Data(contentsOf: plain.url)
    let right = try Data(contentsOf: mixed.url)
    #expect(left == right)
  }
}
