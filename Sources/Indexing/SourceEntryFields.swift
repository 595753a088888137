import Foundation

/// The fields of an encoded `.sources` entry that an incremental build needs for every file (its
/// path, size and modification time, and its ids), read in place from the entry's bytes: where
/// the path and ids lie in them, no `String` made. The rest of the entry is decoded only for the
/// files that changed (`PreviousGeneration.Source.entry`).
///
/// The entry is checked as the decoder (`RecordSource.sourceEntry`) would check it, so that an
/// entry read here decodes later: nil when it would not (or it is compressed, which this
/// program never writes; the caller then decodes it whole).
struct SourceEntryFields {
  /// Where the path lies in the entry's bytes.
  var path: Range<Int>
  var size: Int
  var modificationTime: Double
  /// Where each id lies in the entry's bytes.
  var ids: [Range<Int>]

  /// Reads the fields of the entry `bytes`; `strings` is scratch memory for the entry's string
  /// table (kept from one entry to the next).
  static func read(
    _ bytes: UnsafeRawBufferPointer, strings: inout [Range<Int>]
  ) -> SourceEntryFields? {
    var reader = FieldReader(bytes: bytes)
    return reader.fields(strings: &strings)
  }

  /// A cursor over one entry's bytes; every read is bounds-checked (nil past the end).
  private struct FieldReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    mutating func byte() -> UInt8? {
      guard offset < bytes.count else { return nil }
      defer { offset += 1 }
      return bytes[offset]
    }

    mutating func varint() -> UInt64? {
      var result: UInt64 = 0
      var shift: UInt64 = 0
      while let byte = byte() {
        result |= UInt64(byte & 0x7F) << shift
        if byte < 0x80 { return result }
        shift += 7
        guard shift < 64 else { return nil }
      }
      return nil
    }

    mutating func fixed(_ count: Int) -> UInt64? {
      guard count <= bytes.count - offset else { return nil }
      var value: UInt64 = 0
      for index in 0..<count { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
      offset += count
      return value
    }

    /// The content range of a container whose tag was read.
    mutating func container() -> Range<Int>? {
      guard let length = fixed(4), Int(length) <= bytes.count - offset else { return nil }
      return offset..<offset + Int(length)
    }

    /// Skips a value whose tag was read (as `RecordSource.skip`).
    mutating func skip(tag: UInt8) -> Bool {
      switch tag {
      case RecordTag.null, RecordTag.falseValue, RecordTag.trueValue: return true
      case RecordTag.signed, RecordTag.unsigned, RecordTag.string, RecordTag.decimal:
        return varint() != nil
      case RecordTag.double: return fixed(8) != nil
      case RecordTag.float: return fixed(4) != nil
      case RecordTag.keyed, RecordTag.unkeyed:
        guard let content = container() else { return false }
        offset = content.upperBound
        return true
      default: return false
      }
    }

    /// A string value: its tag, then its index in the string table.
    mutating func string(_ strings: [Range<Int>]) -> Range<Int>? {
      guard byte() == RecordTag.string, let index = varint(), index < strings.count else {
        return nil
      }
      return strings[Int(index)]
    }

    /// An unkeyed container of strings.
    mutating func strings(_ strings: [Range<Int>]) -> [Range<Int>]? {
      guard byte() == RecordTag.unkeyed, let content = container() else { return nil }
      var values: [Range<Int>] = []
      while offset < content.upperBound {
        guard let value = string(strings) else { return nil }
        values.append(value)
      }
      return offset == content.upperBound ? values : nil
    }

    /// An `Int`, as `RecordSource.integer` reads it.
    mutating func integer() -> Int? {
      switch byte() {
      case RecordTag.signed:
        guard let raw = varint() else { return nil }
        return Int(exactly: Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
      case RecordTag.unsigned:
        return varint().flatMap { Int(exactly: $0) }
      default: return nil
      }
    }

    /// A `Double`, as `RecordSource.double` reads it.
    mutating func double() -> Double? {
      let start = offset
      switch byte() {
      case RecordTag.double: return fixed(8).map { Double(bitPattern: $0) }
      case RecordTag.float: return fixed(4).map { Double(Float(bitPattern: UInt32($0))) }
      case RecordTag.signed, RecordTag.unsigned:
        offset = start
        switch byte() {
        case RecordTag.signed:
          guard let raw = varint() else { return nil }
          return Double(Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
        default:
          return varint().flatMap { Int64(exactly: $0) }.map { Double($0) }
        }
      default: return nil
      }
    }

    func key(_ range: Range<Int>, is name: StaticString) -> Bool {
      guard range.count == name.utf8CodeUnitCount else { return false }
      return range.count == 0
        || memcmp(bytes.baseAddress! + range.lowerBound, name.utf8Start, range.count) == 0
    }

    mutating func fields(strings: inout [Range<Int>]) -> SourceEntryFields? {
      guard !RecordCompressor.isCompressed(bytes), let count = varint(),
        count <= UInt64(bytes.count)
      else { return nil }
      strings.removeAll(keepingCapacity: true)
      for _ in 0..<Int(count) {
        guard let length = varint(), length <= UInt64(bytes.count - offset) else { return nil }
        strings.append(offset..<offset + Int(length))
        offset += Int(length)
      }
      guard byte() == RecordTag.keyed, let body = container() else { return nil }
      var path: Range<Int>?
      var size: Int?
      var time: Double?
      var hash = false
      var ids: [Range<Int>]?
      var hashes: [Range<Int>]?
      var plainDiagnostics = true
      while offset < body.upperBound {
        guard let key = varint(), key < strings.count else { return nil }
        let name = strings[Int(key)]
        let value = offset
        if self.key(name, is: "path") {
          path = string(strings)
        } else if self.key(name, is: "size") {
          size = integer()
        } else if self.key(name, is: "modificationTime") {
          time = double()
        } else if self.key(name, is: "contentHash") {
          hash = string(strings) != nil
        } else if self.key(name, is: "ids") {
          ids = self.strings(strings)
        } else if self.key(name, is: "recordHashes") {
          hashes = self.strings(strings)
        } else if self.key(name, is: "diagnostics") {
          // Null or an empty list are read here; anything else by the decoder.
          guard let tag = byte() else { return nil }
          if tag == RecordTag.unkeyed {
            guard let content = container() else { return nil }
            plainDiagnostics = plainDiagnostics && content.isEmpty
          } else {
            plainDiagnostics = plainDiagnostics && tag == RecordTag.null
          }
        }
        // Every value is skipped from its start: a key read above moved the offset, or not.
        offset = value
        guard let tag = byte(), skip(tag: tag) else { return nil }
      }
      guard offset == body.upperBound, let path, let size, let time, hash, let ids, hashes != nil
      else { return nil }
      if !plainDiagnostics {
        guard (try? RecordDecoder.decode(SourceEntry.self, from: bytes)) != nil else { return nil }
      }
      return SourceEntryFields(path: path, size: size, modificationTime: time, ids: ids)
    }
  }
}
