/// Unkeyed container of `RecordEncoder`: values in order.
struct RecordUnkeyedEncoder: UnkeyedEncodingContainer {
  let writer: RecordWriter
  let frame: RecordFrame
  var codingPath: [any CodingKey] { [] }
  var count: Int { frame.count }

  mutating func encodeNil() throws {
    writer.settle(frame)
    frame.count += 1
    writer.tag(RecordTag.null)
  }

  mutating func encode(_ value: Bool) throws {
    writer.settle(frame)
    frame.count += 1
    writer.bool(value)
  }

  mutating func encode(_ value: String) throws {
    writer.settle(frame)
    frame.count += 1
    writer.string(value)
  }

  mutating func encode(_ value: Double) throws {
    writer.settle(frame)
    frame.count += 1
    writer.double(value)
  }

  mutating func encode(_ value: Float) throws {
    writer.settle(frame)
    frame.count += 1
    writer.float(value)
  }

  mutating func encode(_ value: Int) throws {
    writer.settle(frame)
    frame.count += 1
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: Int8) throws {
    writer.settle(frame)
    frame.count += 1
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: Int16) throws {
    writer.settle(frame)
    frame.count += 1
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: Int32) throws {
    writer.settle(frame)
    frame.count += 1
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: Int64) throws {
    writer.settle(frame)
    frame.count += 1
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: UInt) throws {
    writer.settle(frame)
    frame.count += 1
    writer.unsigned(UInt64(value))
  }

  mutating func encode(_ value: UInt8) throws {
    writer.settle(frame)
    frame.count += 1
    writer.unsigned(UInt64(value))
  }

  mutating func encode(_ value: UInt16) throws {
    writer.settle(frame)
    frame.count += 1
    writer.unsigned(UInt64(value))
  }

  mutating func encode(_ value: UInt32) throws {
    writer.settle(frame)
    frame.count += 1
    writer.unsigned(UInt64(value))
  }

  mutating func encode(_ value: UInt64) throws {
    writer.settle(frame)
    frame.count += 1
    writer.unsigned(UInt64(value))
  }

  mutating func encode<T: Encodable>(_ value: T) throws {
    writer.settle(frame)
    frame.count += 1
    try writer.value(value)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type
  ) -> KeyedEncodingContainer<NestedKey> {
    writer.settle(frame)
    frame.count += 1
    let child = writer.nested(in: frame, as: .keyed)
    return KeyedEncodingContainer(RecordKeyedEncoder<NestedKey>(writer: writer, frame: child))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    writer.settle(frame)
    frame.count += 1
    return RecordUnkeyedEncoder(writer: writer, frame: writer.nested(in: frame, as: .unkeyed))
  }

  mutating func superEncoder() -> any Encoder {
    writer.settle(frame)
    frame.count += 1
    return RecordValueEncoder(writer: writer, frame: writer.nested(in: frame, as: .empty))
  }
}

/// Single-value container of `RecordEncoder`.
struct RecordSingleEncoder: SingleValueEncodingContainer {
  let writer: RecordWriter
  let frame: RecordFrame
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws {
    frame.kind = .single
    writer.tag(RecordTag.null)
  }

  mutating func encode(_ value: Bool) throws {
    frame.kind = .single
    writer.bool(value)
  }

  mutating func encode(_ value: String) throws {
    frame.kind = .single
    writer.string(value)
  }

  mutating func encode(_ value: Double) throws {
    frame.kind = .single
    writer.double(value)
  }

  mutating func encode(_ value: Float) throws {
    frame.kind = .single
    writer.float(value)
  }

  mutating func encode(_ value: Int) throws {
    frame.kind = .single
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: Int8) throws {
    frame.kind = .single
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: Int16) throws {
    frame.kind = .single
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: Int32) throws {
    frame.kind = .single
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: Int64) throws {
    frame.kind = .single
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: UInt) throws {
    frame.kind = .single
    writer.unsigned(UInt64(value))
  }

  mutating func encode(_ value: UInt8) throws {
    frame.kind = .single
    writer.unsigned(UInt64(value))
  }

  mutating func encode(_ value: UInt16) throws {
    frame.kind = .single
    writer.unsigned(UInt64(value))
  }

  mutating func encode(_ value: UInt32) throws {
    frame.kind = .single
    writer.unsigned(UInt64(value))
  }

  mutating func encode(_ value: UInt64) throws {
    frame.kind = .single
    writer.unsigned(UInt64(value))
  }

  mutating func encode<T: Encodable>(_ value: T) throws {
    frame.kind = .single
    try writer.value(value)
  }
}

/// The key of `superEncoder()` / `superDecoder()`.
struct RecordSuperKey: CodingKey {
  var stringValue: String { "super" }
  var intValue: Int? { nil }
  init() {}
  init?(stringValue: String) { self.init() }
  init?(intValue: Int) { nil }
}
