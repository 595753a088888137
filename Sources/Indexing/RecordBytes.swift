/// The growing bytes of one encoding (its value, its string table), in memory of its own (no
/// uniqueness check per byte, as an array append makes). Kept between encodings by a
/// `RecordEncoderScratch`, which frees it.
struct RecordBytes {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  /// Frees the bytes; the value must not be used afterwards.
  func deallocate() { base.deallocate() }

  /// Forgets the bytes, keeping the memory.
  mutating func removeAll() { count = 0 }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(count + 1) }
    base[count] = byte
    count += 1
  }

  @inline(__always)
  mutating func append(contentsOf bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    if count + bytes.count > capacity { grow(count + bytes.count) }
    UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: bytes.count)
    count += bytes.count
  }

  /// Appends `tag` (unless nil) and the varint of `value` with one capacity check (at most 11
  /// bytes).
  @inline(__always)
  mutating func append(tag: UInt8?, varint value: UInt64) {
    if count &+ 11 > capacity { grow(count &+ 11) }
    let output = base + count
    var written = 0
    if let tag {
      output[0] = tag
      written = 1
    }
    var rest = value
    while rest >= 0x80 {
      output[written] = UInt8(truncatingIfNeeded: rest) | 0x80
      rest &>>= 7
      written &+= 1
    }
    output[written] = UInt8(truncatingIfNeeded: rest)
    count &+= written &+ 1
  }

  /// Appends `tag` and four zero bytes (a container's length to fill in); returns where the
  /// four start.
  @inline(__always)
  mutating func appendContainer(tag: UInt8) -> Int {
    if count &+ 5 > capacity { grow(count &+ 5) }
    let output = UnsafeMutableRawPointer(base + count)
    output.storeBytes(of: tag, as: UInt8.self)
    output.storeBytes(of: 0, toByteOffset: 1, as: UInt32.self)
    count &+= 5
    return count &- 4
  }

  /// Appends four zero bytes (a container length to fill in); returns where they start.
  @inline(__always)
  mutating func appendLength() -> Int {
    if count + 4 > capacity { grow(count + 4) }
    let slot = count
    UnsafeMutableRawPointer(base + slot).storeBytes(of: 0, as: UInt32.self)
    count += 4
    return slot
  }

  /// Writes `value` little-endian over the four bytes at `slot`.
  @inline(__always)
  func store(_ value: UInt32, at slot: Int) {
    UnsafeMutableRawPointer(base + slot).storeBytes(of: value.littleEndian, as: UInt32.self)
  }

  private mutating func grow(_ needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }
}
