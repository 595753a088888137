/// Keyed container of `RecordEncoder`: key index, then value.
struct RecordKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let writer: RecordWriter
  let frame: RecordFrame
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil(forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.tag(RecordTag.null)
  }

  mutating func encode(_ value: Bool, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.bool(value)
  }

  mutating func encode(_ value: String, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.string(value)
  }

  mutating func encode(_ value: Double, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.double(value)
  }

  mutating func encode(_ value: Float, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.float(value)
  }

  mutating func encode(_ value: Int, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: Int8, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: Int16, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: Int32, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: Int64, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.signed(Int64(value))
  }

  mutating func encode(_ value: UInt, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.unsigned(UInt64(value))
  }

  mutating func encode(_ value: UInt8, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.unsigned(UInt64(value))
  }

  mutating func encode(_ value: UInt16, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.unsigned(UInt64(value))
  }

  mutating func encode(_ value: UInt32, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.unsigned(UInt64(value))
  }

  mutating func encode(_ value: UInt64, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    writer.unsigned(UInt64(value))
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    writer.settle(frame)
    writer.key(key)
    try writer.value(value)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    writer.settle(frame)
    writer.key(key)
    let child = writer.nested(in: frame, as: .keyed)
    return KeyedEncodingContainer(RecordKeyedEncoder<NestedKey>(writer: writer, frame: child))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    writer.settle(frame)
    writer.key(key)
    return RecordUnkeyedEncoder(writer: writer, frame: writer.nested(in: frame, as: .unkeyed))
  }

  mutating func superEncoder() -> any Encoder {
    writer.settle(frame)
    writer.key(RecordSuperKey())
    return RecordValueEncoder(writer: writer, frame: writer.nested(in: frame, as: .empty))
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    writer.settle(frame)
    writer.key(key)
    return RecordValueEncoder(writer: writer, frame: writer.nested(in: frame, as: .empty))
  }
}
