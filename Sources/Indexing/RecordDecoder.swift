import Corpus
import Foundation

/// Decodes what `RecordEncoder` wrote, or its stored form (`RecordCompressor`: compressed bytes
/// are decompressed first). Keyed containers are located by key, so a type that reads only some
/// keys (a record's document without its mentions) skips the rest in O(1).
package enum RecordDecoder {
  package static func decode<T: Decodable>(
    _ type: T.Type, from bytes: UnsafeRawBufferPointer
  ) throws -> T {
    guard RecordCompressor.isCompressed(bytes) else { return try decodeEncoding(T.self, bytes) }
    guard let value = try RecordCompressor.withEncoding(bytes, { try decodeEncoding(T.self, $0) })
    else { throw RecordSource.corrupted("compressed record") }
    return value
  }

  private static func decodeEncoding<T: Decodable>(
    _ type: T.Type, _ bytes: UnsafeRawBufferPointer
  ) throws -> T {
    let source = try RecordSource(bytes)
    return try source.value(T.self, at: source.bodyStart)
  }
}

/// The bytes of one record and its string table.
///
/// A source is used by one thread at a time, so its fields skip the runtime's exclusivity
/// checks (one per access otherwise: a fifth of a search hit's decoding).
final class RecordSource {
  @exclusivity(unchecked) private(set) var bytes: UnsafeRawBufferPointer
  @exclusivity(unchecked) private var stringStarts: [Int] = []
  @exclusivity(unchecked) private var stringEnds: [Int] = []
  @exclusivity(unchecked) private var cache: [String?] = []
  @exclusivity(unchecked) private(set) var bodyStart = 0

  init(_ bytes: UnsafeRawBufferPointer) throws {
    self.bytes = bytes
    try load()
  }

  /// Reads another record in place of this one, its arrays' memory kept (for a run of small
  /// records read one after the other, such as the entries of a `.sources` file).
  func reload(_ bytes: UnsafeRawBufferPointer) throws {
    self.bytes = bytes
    stringStarts.removeAll(keepingCapacity: true)
    stringEnds.removeAll(keepingCapacity: true)
    cache.removeAll(keepingCapacity: true)
    try load()
  }

  private func load() throws {
    var offset = 0
    let count = try varint(&offset)
    guard count <= UInt64(bytes.count) else { throw RecordSource.corrupted("string count") }
    stringStarts.reserveCapacity(Int(count))
    stringEnds.reserveCapacity(Int(count))
    for _ in 0..<Int(count) {
      let length = Int(try varint(&offset))
      guard length <= bytes.count - offset else { throw RecordSource.corrupted("string") }
      stringStarts.append(offset)
      stringEnds.append(offset + length)
      offset += length
    }
    cache.append(contentsOf: repeatElement(nil, count: Int(count)))
    bodyStart = offset
  }

  static func corrupted(_ what: String) -> DecodingError {
    DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "bad record: \(what)"))
  }

  func byte(_ offset: Int) throws -> UInt8 {
    guard offset >= 0, offset < bytes.count else { throw RecordSource.corrupted("truncated") }
    return bytes[offset]
  }

  func varint(_ offset: inout Int) throws -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let byte = try byte(offset)
      offset += 1
      result |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return result }
      shift += 7
      guard shift < 64 else { throw RecordSource.corrupted("varint") }
    }
  }

  func u32(_ offset: Int) throws -> Int {
    guard offset >= 0, offset + 4 <= bytes.count else { throw RecordSource.corrupted("length") }
    var value = 0
    for byte in 0..<4 { value |= Int(bytes[offset + byte]) << (8 * byte) }
    return value
  }

  func string(index: Int) throws -> String {
    guard index >= 0, index < cache.count else { throw RecordSource.corrupted("string index") }
    if let string = cache[index] { return string }
    let string = String(
      decoding: UnsafeRawBufferPointer(rebasing: bytes[stringStarts[index]..<stringEnds[index]]),
      as: UTF8.self)
    cache[index] = string
    return string
  }

  /// Where table string `index` lies in `bytes`, and its length; nil for an index out of range.
  func stringBounds(_ index: Int) -> (start: Int, length: Int)? {
    guard index >= 0, index < stringStarts.count else { return nil }
    return (stringStarts[index], stringEnds[index] - stringStarts[index])
  }

  /// Whether table string `index` equals `key`'s UTF-8.
  func string(index: Int, equals key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index >= 0, index < stringStarts.count else { return false }
    let start = stringStarts[index]
    let length = stringEnds[index] - start
    guard length == key.count else { return false }
    return length == 0 || memcmp(bytes.baseAddress! + start, key.baseAddress!, length) == 0
  }

  /// The offset just past the value at `offset`.
  func skip(_ offset: Int) throws -> Int {
    var next = offset + 1
    switch try byte(offset) {
    case RecordTag.null, RecordTag.falseValue, RecordTag.trueValue: break
    case RecordTag.signed, RecordTag.unsigned, RecordTag.string, RecordTag.decimal:
      _ = try varint(&next)
    case RecordTag.double: next += 8
    case RecordTag.float: next += 4
    case RecordTag.keyed, RecordTag.unkeyed: next += 4 + (try u32(next))
    default: throw RecordSource.corrupted("tag")
    }
    guard next <= bytes.count else { throw RecordSource.corrupted("truncated") }
    return next
  }

  /// The content range of the container at `offset`, which must carry `tag`.
  func container(at offset: Int, tag: UInt8) throws -> Range<Int> {
    guard try byte(offset) == tag else {
      throw DecodingError.typeMismatch(
        Any.self, .init(codingPath: [], debugDescription: "expected container \(tag)"))
    }
    let start = offset + 5
    let end = start + (try u32(offset + 1))
    guard end <= bytes.count else { throw RecordSource.corrupted("container length") }
    return start..<end
  }

  func value<T: Decodable>(_ type: T.Type, at offset: Int) throws -> T {
    if T.self == String.self { return try string(at: offset) as! T }
    if T.self == Int.self { return try integer(Int.self, at: offset) as! T }
    if T.self == Decimal.self {
      guard try byte(offset) == RecordTag.decimal else { throw mismatch(T.self) }
      var next = offset + 1
      let text = try string(index: Int(try varint(&next)))
      guard let decimal = Decimal(string: text) else { throw RecordSource.corrupted("decimal") }
      return decimal as! T
    }
    if T.self == Document.self { return try document(at: offset) as! T }
    if let value = try fastValue(T.self, at: offset) { return value }
    return try T(from: RecordValueDecoder(source: self, offset: offset))
  }

  func mismatch(_ type: Any.Type) -> DecodingError {
    DecodingError.typeMismatch(type, .init(codingPath: [], debugDescription: "wrong tag"))
  }

  func string(at offset: Int) throws -> String {
    guard try byte(offset) == RecordTag.string else { throw mismatch(String.self) }
    var next = offset + 1
    return try string(index: Int(try varint(&next)))
  }

  func bool(at offset: Int) throws -> Bool {
    switch try byte(offset) {
    case RecordTag.trueValue: return true
    case RecordTag.falseValue: return false
    default: throw mismatch(Bool.self)
    }
  }

  func integer<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) throws -> T {
    var next = offset + 1
    let tag = try byte(offset)
    let result: T?
    if tag == RecordTag.signed {
      let raw = try varint(&next)
      result = T(exactly: Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
    } else if tag == RecordTag.unsigned {
      result = T(exactly: try varint(&next))
    } else {
      throw mismatch(T.self)
    }
    guard let result else { throw mismatch(T.self) }
    return result
  }

  func double(at offset: Int) throws -> Double {
    switch try byte(offset) {
    case RecordTag.double:
      guard offset + 9 <= bytes.count else { throw RecordSource.corrupted("double") }
      var bits: UInt64 = 0
      for byte in 0..<8 { bits |= UInt64(bytes[offset + 1 + byte]) << (8 * byte) }
      return Double(bitPattern: bits)
    case RecordTag.float: return Double(try float(at: offset))
    case RecordTag.signed, RecordTag.unsigned: return Double(try integer(Int64.self, at: offset))
    default: throw mismatch(Double.self)
    }
  }

  func float(at offset: Int) throws -> Float {
    guard try byte(offset) == RecordTag.float else { return Float(try double(at: offset)) }
    guard offset + 5 <= bytes.count else { throw RecordSource.corrupted("float") }
    var bits: UInt32 = 0
    for byte in 0..<4 { bits |= UInt32(bytes[offset + 1 + byte]) << (8 * byte) }
    return Float(bitPattern: bits)
  }
}

/// The `Decoder` handed to a value's `init(from:)`.
struct RecordValueDecoder: Decoder {
  let source: RecordSource
  let offset: Int
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    KeyedDecodingContainer(try RecordKeyedDecoder<Key>(source: source, offset: offset))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try RecordUnkeyedDecoder(source: source, offset: offset)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    RecordSingleDecoder(source: source, offset: offset)
  }
}
