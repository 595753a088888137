/// The 20 bytes ending every index file: magic, format version, payload length, CRC-32 of the
/// payload (after tantivy's `footer.rs`), so that a truncated, extended or altered file is found.
package struct Footer: Sendable, Equatable {
  package static let size = 20
  package static let magic: UInt32 = 0x5844_4950  // "PIDX" read as little-endian bytes
  package static let formatVersion: UInt32 = 7

  package var version: UInt32
  package var payloadLength: UInt64
  package var crc: UInt32

  package init(version: UInt32 = Footer.formatVersion, payloadLength: UInt64, crc: UInt32) {
    self.version = version
    self.payloadLength = payloadLength
    self.crc = crc
  }

  package var bytes: [UInt8] {
    var buffer = ByteBuffer(capacity: Footer.size)
    buffer.u32(Footer.magic)
    buffer.u32(version)
    buffer.u64(payloadLength)
    buffer.u32(crc)
    return buffer.bytes
  }

  /// Reads and checks the footer of a whole file's bytes (not its CRC: that is `verify`'s job).
  package static func read(
    _ file: UnsafeRawBufferPointer, name: String
  ) throws(IndexError) -> Footer {
    guard file.count >= size else {
      throw .corrupted(file: name, reason: "file too short for its footer (\(file.count) bytes)")
    }
    var reader = ByteReader(file, offset: file.count - size)
    guard reader.u32() == magic else {
      throw .corrupted(file: name, reason: "bad footer magic number")
    }
    let footer = Footer(version: reader.u32(), payloadLength: reader.u64(), crc: reader.u32())
    guard footer.version == formatVersion else {
      throw .incompatibleFormat(
        file: name, found: Int(footer.version), supported: Int(formatVersion))
    }
    guard footer.payloadLength == UInt64(file.count - size) else {
      throw .corrupted(
        file: name,
        reason:
          "footer gives \(footer.payloadLength) payload bytes, file holds \(file.count - size)")
    }
    return footer
  }

  /// Checks the CRC of the payload against the footer.
  package static func verifyChecksum(
    _ file: UnsafeRawBufferPointer, name: String
  ) throws(IndexError) {
    let footer = try read(file, name: name)
    let payload = UnsafeRawBufferPointer(rebasing: file[0..<Int(footer.payloadLength)])
    let crc = CRC32.checksum(payload)
    guard crc == footer.crc else {
      throw .corrupted(file: name, reason: "checksum mismatch (payload altered)")
    }
  }
}
