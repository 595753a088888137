import Foundation

/// Encodes any `Encodable` value (the stored `DocumentRecord`s) in the compact binary form that
/// `RecordDecoder` reads: a table of the distinct strings (keys and values, each once: a
/// mention's sentence is stored once however often it is repeated), then the value.
///
/// Value tags (`RecordTag`): nil, false, true, signed (zigzag varint), unsigned (varint),
/// double, float (little-endian bits), string (table index), keyed and unkeyed containers (a
/// 4-byte byte length, then key index and value pairs, or values), decimal (table index of its
/// description). Containers carry their length so that a reader skips them in O(1).
package enum RecordEncoder {
  package static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    try encode(value, fastPaths: true)
  }

  /// `fastPaths: false` encodes every value through its `Codable` conformance (the reference
  /// the hand-written fast paths are tested against).
  package static func encode<T: Encodable>(_ value: T, fastPaths: Bool) throws -> [UInt8] {
    let scratch = RecordEncoderScratch.take()
    let writer = RecordWriter(buffer: RecordBuffer(scratch: scratch))
    defer {
      scratch.keep(writer.buffer)
      RecordEncoderScratch.give(scratch)
    }
    writer.usesFastPaths = fastPaths
    try writer.value(value)
    return writer.buffer.encoding()
  }

  /// The stored form of `value` (`RecordCompressor.compress` of `encode(value)`), its encoding
  /// written straight into the compressor's memory; nil when it cannot be encoded.
  package static func stored<T: Encodable>(_ value: T) -> [UInt8]? {
    let scratch = RecordEncoderScratch.take()
    let writer = RecordWriter(buffer: RecordBuffer(scratch: scratch))
    defer {
      scratch.keep(writer.buffer)
      RecordEncoderScratch.give(scratch)
    }
    do { try writer.value(value) } catch { return nil }
    return RecordCompressor.compress(writer.buffer)
  }
}

/// The value tags of the record encoding.
enum RecordTag {
  static let null: UInt8 = 0
  static let falseValue: UInt8 = 1
  static let trueValue: UInt8 = 2
  static let signed: UInt8 = 3
  static let unsigned: UInt8 = 4
  static let double: UInt8 = 5
  static let float: UInt8 = 6
  static let string: UInt8 = 7
  static let keyed: UInt8 = 8
  static let unkeyed: UInt8 = 9
  static let decimal: UInt8 = 10
}

/// One value being encoded: which container it opened, where its length goes, and a nested
/// container still open (closed before its parent writes anything else).
final class RecordFrame {
  enum Kind { case empty, keyed, unkeyed, single }
  var kind = Kind.empty
  var lengthSlot = 0
  var count = 0
  var child: RecordFrame?
}

/// The generic side of one encoding: the frames of the open containers around the output.
final class RecordWriter {
  var buffer: RecordBuffer
  /// Whether `RecordFastPaths` may encode the types it knows by hand.
  var usesFastPaths = true
  private var freeFrames: [RecordFrame] = []

  init(buffer: RecordBuffer) { self.buffer = buffer }

  func tag(_ tag: UInt8) { buffer.body.append(tag) }
  func signed(_ value: Int64) { buffer.signed(value) }
  func unsigned(_ value: UInt64) { buffer.unsigned(value) }
  func bool(_ value: Bool) { buffer.bool(value) }
  func double(_ value: Double) { buffer.double(value) }
  func float(_ value: Float) { buffer.float(value) }
  func string(_ value: String) { buffer.transientString(value) }
  func decimal(_ value: Decimal) { buffer.decimal(value) }
  func key(_ key: some CodingKey) { buffer.name(text: key.stringValue) }

  /// A frame from the pool (frames are reused: one value after another, never two at once).
  func makeFrame() -> RecordFrame {
    guard let frame = freeFrames.popLast() else { return RecordFrame() }
    frame.kind = .empty
    frame.count = 0
    frame.child = nil
    return frame
  }

  /// Encodes a value of any type in a frame of its own.
  func value<T: Encodable>(_ value: T) throws {
    if T.self == String.self {
      string(value as! String)
    } else if T.self == Int.self {
      signed(Int64(value as! Int))
    } else if T.self == Decimal.self {
      decimal(value as! Decimal)
    } else if usesFastPaths, T.self == SourceEntry.self {
      try sourceEntry(value as! SourceEntry)
    } else if !fastValue(value) {
      // An `encode(to:)` may build temporaries: their strings are not cached by their words.
      let held = buffer.stringsHeld
      buffer.stringsHeld = false
      defer { buffer.stringsHeld = held }
      let frame = makeFrame()
      try value.encode(to: RecordValueEncoder(writer: self, frame: frame))
      close(frame)
      freeFrames.append(frame)
    }
  }

  /// Starts a keyed or unkeyed container in `frame` (a second keyed container merges).
  func open(_ frame: RecordFrame, as kind: RecordFrame.Kind) {
    guard frame.kind == .empty else { return }
    frame.kind = kind
    frame.lengthSlot = kind == .keyed ? buffer.openKeyed() : buffer.openUnkeyed()
  }

  /// Closes the nested container still open in `frame`, if any.
  func settle(_ frame: RecordFrame) {
    guard let child = frame.child else { return }
    frame.child = nil
    close(child)
    freeFrames.append(child)
  }

  func close(_ frame: RecordFrame) {
    settle(frame)
    switch frame.kind {
    case .empty: tag(RecordTag.null)
    case .single: break
    case .keyed, .unkeyed: buffer.closeContainer(frame.lengthSlot)
    }
  }

  /// A nested frame of `parent`, closed before `parent` writes again.
  func nested(in parent: RecordFrame, as kind: RecordFrame.Kind) -> RecordFrame {
    let child = makeFrame()
    parent.child = child
    if kind != .empty { open(child, as: kind) }
    return child
  }
}

/// The `Encoder` handed to a value's `encode(to:)`.
struct RecordValueEncoder: Encoder {
  let writer: RecordWriter
  let frame: RecordFrame
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    writer.open(frame, as: .keyed)
    return KeyedEncodingContainer(RecordKeyedEncoder<Key>(writer: writer, frame: frame))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    writer.open(frame, as: .unkeyed)
    return RecordUnkeyedEncoder(writer: writer, frame: frame)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    RecordSingleEncoder(writer: writer, frame: frame)
  }
}
