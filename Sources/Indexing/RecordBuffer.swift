import Foundation

/// The output of one record encoding: the value bytes and the string table. A value type, so
/// that the hand-written encodings (`RecordFastPaths`, `RecordFastMention`,
/// `RecordFastDocument`, `RecordFastFunding`) append without the run-time exclusivity checks
/// that every access to a class's stored property costs.
struct RecordBuffer {
  var body: RecordBytes
  var strings: RecordStringTable
  /// The table index of each key literal met, by the address of its bytes (open-addressed,
  /// never evicted): a key is hashed once per scratch, placed in the table once per record.
  private let keys: UnsafeMutablePointer<RecordEncoderScratch.KeySlot>
  /// The scratch, which counts the key cache's filled slots.
  private unowned(unsafe) let scratch: RecordEncoderScratch
  /// This encoding's number in the key cache.
  private let encodingNumber: UInt32
  /// Whether the strings given to `string` outlive the encoding (the fields of the value
  /// handed to `RecordEncoder`), so that the table may cache them by their words; false
  /// within a generic `encode(to:)`, which may build temporaries.
  var stringsHeld = true

  /// A buffer in the memory of `scratch`, emptied (given back with `scratch.keep`).
  init(scratch: RecordEncoderScratch) {
    body = scratch.body
    body.removeAll()
    strings = scratch.strings
    strings.reset()
    keys = scratch.keys
    self.scratch = scratch
    encodingNumber = scratch.start()
  }

  /// The encoding: the string count, the strings, then the value.
  func encoding() -> [UInt8] {
    let total = encodingCount
    return [UInt8](unsafeUninitializedCapacity: total) { output, written in
      writeEncoding(to: output.baseAddress!)
      written = total
    }
  }

  /// The length of `encoding()`.
  var encodingCount: Int {
    var headCount = 1
    while UInt64(strings.count) >> (7 * UInt64(headCount)) != 0 { headCount += 1 }
    return headCount + strings.bytes.count + body.count
  }

  /// Writes `encoding()` at `output` (`encodingCount` bytes): the compressor's memory, with no
  /// array in between.
  func writeEncoding(to output: UnsafeMutablePointer<UInt8>) {
    var count = UInt64(strings.count)
    var position = 0
    while count >= 0x80 {
      output[position] = UInt8(truncatingIfNeeded: count) | 0x80
      count >>= 7
      position += 1
    }
    output[position] = UInt8(count)
    position += 1
    (output + position).update(from: strings.bytes.base, count: strings.bytes.count)
    position += strings.bytes.count
    (output + position).update(from: body.base, count: body.count)
  }

  @inline(__always)
  mutating func varint(_ value: UInt64) { body.append(tag: nil, varint: value) }

  @inline(__always)
  mutating func signed(_ value: Int64) {
    body.append(tag: RecordTag.signed, varint: UInt64(bitPattern: (value << 1) ^ (value >> 63)))
  }

  mutating func unsigned(_ value: UInt64) { body.append(tag: RecordTag.unsigned, varint: value) }

  mutating func bool(_ value: Bool) {
    body.append(value ? RecordTag.trueValue : RecordTag.falseValue)
  }

  mutating func double(_ value: Double) {
    body.append(RecordTag.double)
    withUnsafeBytes(of: value.bitPattern.littleEndian) { body.append(contentsOf: $0) }
  }

  mutating func float(_ value: Float) {
    body.append(RecordTag.float)
    withUnsafeBytes(of: value.bitPattern.littleEndian) { body.append(contentsOf: $0) }
  }

  /// A string of the value being encoded (cached by its words while `stringsHeld`: see
  /// `RecordStringTable.index(ofHeld:)`).
  @inline(__always)
  mutating func string(_ value: String) {
    let index = stringsHeld ? strings.index(ofHeld: value) : strings.uncachedIndex(of: value)
    body.append(tag: RecordTag.string, varint: UInt64(index))
  }

  /// A string field read in place (a hit of the cache neither copies nor retains it).
  @inline(__always)
  mutating func string(at field: UnsafePointer<String>) {
    let index =
      stringsHeld ? strings.index(ofHeldAt: field) : strings.uncachedIndex(of: field.pointee)
    body.append(tag: RecordTag.string, varint: UInt64(index))
  }

  /// A string that may be a temporary (the generic path: any `encode(to:)` may build one).
  mutating func transientString(_ value: String) {
    let index = strings.uncachedIndex(of: value)
    body.append(tag: RecordTag.string, varint: UInt64(index))
  }

  /// A key, by its table index (inlined at each of the hand-written encodings' keys: a hit of
  /// the key cache costs a hash of the address, one compare per probe and the varint).
  ///
  /// The cache is open-addressed by the literal's address (linear probing) and never evicts,
  /// so two frequent keys whose addresses fall on the same slot no longer take turns in it (a
  /// direct-mapped cache made the hit rate depend on the binary's layout).
  @inline(__always)
  mutating func name(_ key: StaticString) {
    guard key.hasPointerRepresentation else { return name(text: key.description) }
    name(literal: key.utf8Start, count: key.utf8CodeUnitCount)
  }

  /// A key by the address of its bytes, which must stay unchanged while the process lives (a
  /// literal's): the key cache keys on the address alone.
  @inline(__always)
  mutating func name(literal start: UnsafePointer<UInt8>, count: Int) {
    let address = Int(bitPattern: start)
    var slot = RecordEncoderScratch.keySlot(address)
    while keys[slot].address != address {
      if keys[slot].address == 0 { return placeNew(start, count: count, at: slot) }
      slot = (slot &+ 1) & (RecordEncoderScratch.keySlotCount - 1)
    }
    let entry = keys + slot
    if entry.pointee.encoding != encodingNumber { place(in: entry) }
    varint(UInt64(UInt32(bitPattern: entry.pointee.index)))
  }

  /// Places a cached key met first in this encoding in the table (by the hash kept in its
  /// entry), and caches its index.
  @inline(never)
  private mutating func place(in entry: UnsafeMutablePointer<RecordEncoderScratch.KeySlot>) {
    let bytes = UnsafeBufferPointer(
      start: UnsafePointer<UInt8>(bitPattern: entry.pointee.address), count: entry.pointee.length)
    let index = strings.index(of: bytes, hash: entry.pointee.hash)
    entry.pointee.index = Int32(truncatingIfNeeded: index)
    entry.pointee.encoding = encodingNumber
  }

  /// Writes a key literal not in the key cache, and gives it the empty `slot` (until the cache
  /// is half full: beyond, keys are placed uncached, so that a probe always ends).
  @inline(never)
  private mutating func placeNew(_ start: UnsafePointer<UInt8>, count: Int, at slot: Int) {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let hash = RecordStringTable.hash(bytes)
    let index = strings.index(of: bytes, hash: hash)
    if scratch.claimKeySlot() {
      keys[slot] = RecordEncoderScratch.KeySlot(
        address: Int(bitPattern: start), index: Int32(truncatingIfNeeded: index),
        encoding: encodingNumber, length: count, hash: hash)
    }
    varint(UInt64(index))
  }

  /// A key given as a string (the generic path; a literal goes to `name(_: StaticString)`).
  mutating func name(text key: String) { varint(UInt64(strings.uncachedIndex(of: key))) }

  mutating func decimal(_ value: Decimal) {
    let capacity = RecordDecimalText.capacity
    let index = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { output -> Int in
      guard let count = RecordDecimalText.write(value, into: output.baseAddress!) else {
        return strings.uncachedIndex(of: value.description)
      }
      return strings.index(of: UnsafeBufferPointer(rebasing: output[..<count]))
    }
    body.append(tag: RecordTag.decimal, varint: UInt64(index))
  }

  /// Opens a keyed container: its tag and a length to fill in (`closeContainer`).
  @inline(__always)
  mutating func openKeyed() -> Int { body.appendContainer(tag: RecordTag.keyed) }

  /// Opens an unkeyed container: its tag and a length to fill in (`closeContainer`).
  @inline(__always)
  mutating func openUnkeyed() -> Int { body.appendContainer(tag: RecordTag.unkeyed) }

  /// Writes the length of the container opened at `slot`.
  @inline(__always)
  mutating func closeContainer(_ slot: Int) {
    body.store(UInt32(truncatingIfNeeded: body.count - slot - 4), at: slot)
  }

}
