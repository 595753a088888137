import Foundation

/// Keyed container of `RecordDecoder`: its entries are listed once, then found by key (from
/// where the last one was found, since fields are usually read in the order they were written).
struct RecordKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let source: RecordSource
  private var keys: [Int] = []
  private var offsets: [Int] = []
  private let cursor = RecordCursor()
  var codingPath: [any CodingKey] { [] }

  init(source: RecordSource, offset: Int) throws {
    self.source = source
    let range = try source.container(at: offset, tag: RecordTag.keyed)
    var position = range.lowerBound
    while position < range.upperBound {
      keys.append(Int(try source.varint(&position)))
      offsets.append(position)
      position = try source.skip(position)
    }
    guard position == range.upperBound else { throw RecordSource.corrupted("keyed container") }
  }

  var allKeys: [Key] {
    keys.compactMap { (try? source.string(index: $0)).flatMap(Key.init(stringValue:)) }
  }

  private func find(_ key: Key) -> Int? {
    var name = key.stringValue
    // `decodeIfPresent` asks for the same key up to three times in a row.
    if cursor.lastName == name { return cursor.lastOffset }
    let offset = name.withUTF8 { utf8 -> Int? in
      let count = keys.count
      var index = cursor.position
      for _ in 0..<count {
        if index >= count { index = 0 }
        if source.string(index: keys[index], equals: utf8) {
          cursor.position = index + 1
          return offsets[index]
        }
        index += 1
      }
      return nil
    }
    cursor.lastName = name
    cursor.lastOffset = offset
    return offset
  }

  private func offset(of key: Key) throws -> Int {
    guard let offset = find(key) else {
      throw DecodingError.keyNotFound(
        key, .init(codingPath: [], debugDescription: "no value for \(key.stringValue)"))
    }
    return offset
  }

  func contains(_ key: Key) -> Bool { find(key) != nil }

  func decodeNil(forKey key: Key) throws -> Bool {
    try source.byte(try offset(of: key)) == RecordTag.null
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    try source.bool(at: try offset(of: key))
  }

  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    try source.string(at: try offset(of: key))
  }

  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    try source.double(at: try offset(of: key))
  }

  func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
    try source.float(at: try offset(of: key))
  }

  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    try source.integer(Int.self, at: try offset(of: key))
  }

  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
    try source.integer(Int8.self, at: try offset(of: key))
  }

  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
    try source.integer(Int16.self, at: try offset(of: key))
  }

  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
    try source.integer(Int32.self, at: try offset(of: key))
  }

  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
    try source.integer(Int64.self, at: try offset(of: key))
  }

  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
    try source.integer(UInt.self, at: try offset(of: key))
  }

  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
    try source.integer(UInt8.self, at: try offset(of: key))
  }

  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
    try source.integer(UInt16.self, at: try offset(of: key))
  }

  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
    try source.integer(UInt32.self, at: try offset(of: key))
  }

  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
    try source.integer(UInt64.self, at: try offset(of: key))
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try source.value(T.self, at: try offset(of: key))
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    KeyedDecodingContainer(
      try RecordKeyedDecoder<NestedKey>(source: source, offset: try offset(of: key)))
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try RecordUnkeyedDecoder(source: source, offset: try offset(of: key))
  }

  func superDecoder() throws -> any Decoder {
    var name = "super"
    let index = name.withUTF8 { utf8 in
      keys.firstIndex { source.string(index: $0, equals: utf8) }
    }
    guard let index else { throw RecordSource.corrupted("no super") }
    return RecordValueDecoder(source: source, offset: offsets[index])
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    RecordValueDecoder(source: source, offset: try offset(of: key))
  }
}

/// Where a keyed container's next lookup starts.
final class RecordCursor {
  var position = 0
  var lastName: String?
  var lastOffset: Int?
}

/// Unkeyed container of `RecordDecoder`.
struct RecordUnkeyedDecoder: UnkeyedDecodingContainer {
  let source: RecordSource
  private var offsets: [Int] = []
  var currentIndex = 0
  var codingPath: [any CodingKey] { [] }
  var count: Int? { offsets.count }
  var isAtEnd: Bool { currentIndex >= offsets.count }

  init(source: RecordSource, offset: Int) throws {
    self.source = source
    let range = try source.container(at: offset, tag: RecordTag.unkeyed)
    var position = range.lowerBound
    while position < range.upperBound {
      offsets.append(position)
      position = try source.skip(position)
    }
    guard position == range.upperBound else { throw RecordSource.corrupted("unkeyed container") }
  }

  private mutating func next() throws -> Int {
    guard currentIndex < offsets.count else {
      throw DecodingError.valueNotFound(
        Any.self, .init(codingPath: [], debugDescription: "unkeyed container at end"))
    }
    currentIndex += 1
    return offsets[currentIndex - 1]
  }

  mutating func decodeNil() throws -> Bool {
    guard currentIndex < offsets.count else { return false }
    guard try source.byte(offsets[currentIndex]) == RecordTag.null else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool {
    try source.bool(at: try next())
  }

  mutating func decode(_ type: String.Type) throws -> String {
    try source.string(at: try next())
  }

  mutating func decode(_ type: Double.Type) throws -> Double {
    try source.double(at: try next())
  }

  mutating func decode(_ type: Float.Type) throws -> Float {
    try source.float(at: try next())
  }

  mutating func decode(_ type: Int.Type) throws -> Int {
    try source.integer(Int.self, at: try next())
  }

  mutating func decode(_ type: Int8.Type) throws -> Int8 {
    try source.integer(Int8.self, at: try next())
  }

  mutating func decode(_ type: Int16.Type) throws -> Int16 {
    try source.integer(Int16.self, at: try next())
  }

  mutating func decode(_ type: Int32.Type) throws -> Int32 {
    try source.integer(Int32.self, at: try next())
  }

  mutating func decode(_ type: Int64.Type) throws -> Int64 {
    try source.integer(Int64.self, at: try next())
  }

  mutating func decode(_ type: UInt.Type) throws -> UInt {
    try source.integer(UInt.self, at: try next())
  }

  mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
    try source.integer(UInt8.self, at: try next())
  }

  mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
    try source.integer(UInt16.self, at: try next())
  }

  mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
    try source.integer(UInt32.self, at: try next())
  }

  mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
    try source.integer(UInt64.self, at: try next())
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try source.value(T.self, at: try next())
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    KeyedDecodingContainer(try RecordKeyedDecoder<NestedKey>(source: source, offset: try next()))
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try RecordUnkeyedDecoder(source: source, offset: try next())
  }

  mutating func superDecoder() throws -> any Decoder {
    RecordValueDecoder(source: source, offset: try next())
  }
}

/// Single-value container of `RecordDecoder`.
struct RecordSingleDecoder: SingleValueDecodingContainer {
  let source: RecordSource
  let offset: Int
  var codingPath: [any CodingKey] { [] }

  func decodeNil() -> Bool { (try? source.byte(offset)) == RecordTag.null }

  func decode(_ type: Bool.Type) throws -> Bool { try source.bool(at: offset) }

  func decode(_ type: String.Type) throws -> String { try source.string(at: offset) }

  func decode(_ type: Double.Type) throws -> Double { try source.double(at: offset) }

  func decode(_ type: Float.Type) throws -> Float { try source.float(at: offset) }

  func decode(_ type: Int.Type) throws -> Int { try source.integer(Int.self, at: offset) }

  func decode(_ type: Int8.Type) throws -> Int8 { try source.integer(Int8.self, at: offset) }

  func decode(_ type: Int16.Type) throws -> Int16 { try source.integer(Int16.self, at: offset) }

  func decode(_ type: Int32.Type) throws -> Int32 { try source.integer(Int32.self, at: offset) }

  func decode(_ type: Int64.Type) throws -> Int64 { try source.integer(Int64.self, at: offset) }

  func decode(_ type: UInt.Type) throws -> UInt { try source.integer(UInt.self, at: offset) }

  func decode(_ type: UInt8.Type) throws -> UInt8 { try source.integer(UInt8.self, at: offset) }

  func decode(_ type: UInt16.Type) throws -> UInt16 { try source.integer(UInt16.self, at: offset) }

  func decode(_ type: UInt32.Type) throws -> UInt32 { try source.integer(UInt32.self, at: offset) }

  func decode(_ type: UInt64.Type) throws -> UInt64 { try source.integer(UInt64.self, at: offset) }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try source.value(T.self, at: offset)
  }
}
