/// A growable buffer of plain values behind a pointer, reused from list to list by the merge's
/// block encoder: an append is a capacity test and a store (no uniqueness check, no generic
/// `append(contentsOf:)`). One owner at a time, never shared between threads.
final class ScratchBuffer<Element: BitwiseCopyable> {
  @exclusivity(unchecked) private(set) var base: UnsafeMutablePointer<Element>
  @exclusivity(unchecked) private(set) var count = 0
  @exclusivity(unchecked) private(set) var capacity: Int

  init(capacity: Int = 256) {
    self.capacity = max(16, capacity)
    base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  var isEmpty: Bool { count == 0 }

  /// Room for `extra` more elements.
  @inline(__always)
  func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  @inline(never)
  private func grow(to needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    grown.update(from: base, count: count)
    base.deallocate()
    base = grown
    capacity = newCapacity
  }

  @inline(__always)
  func append(_ element: Element) {
    reserve(1)
    base[count] = element
    count += 1
  }

  /// Appends `count` elements from `source`.
  @inline(__always)
  func append(_ source: UnsafePointer<Element>, count added: Int) {
    guard added > 0 else { return }
    reserve(added)
    (base + count).update(from: source, count: added)
    count += added
  }

  /// Room for `added` elements at the end, counted as written: the caller fills them.
  @inline(__always)
  func appendUninitialized(_ added: Int) -> UnsafeMutablePointer<Element> {
    reserve(added)
    let start = base + count
    count += added
    return start
  }

  /// Appends the elements of another buffer.
  @inline(__always)
  func append(_ other: ScratchBuffer<Element>) {
    append(other.base, count: other.count)
  }

  /// Empties the buffer; one that grew past `limit` elements is shrunk back.
  func removeAll(limit: Int = Int.max) {
    count = 0
    if capacity > limit {
      base.deallocate()
      capacity = 256
      base = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
    }
  }

  /// The elements as a buffer (valid until the next append).
  var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }
}

extension ScratchBuffer where Element == UInt8 {
  /// A LEB128 varint (as `ByteBuffer.varint`).
  @inline(__always)
  func varint(_ value: UInt64) {
    reserve(10)
    var rest = value
    while rest >= 0x80 {
      base[count] = UInt8(truncatingIfNeeded: rest) | 0x80
      count += 1
      rest >>= 7
    }
    base[count] = UInt8(truncatingIfNeeded: rest)
    count += 1
  }

  @inline(__always)
  func varint(_ value: Int) { varint(UInt64(truncatingIfNeeded: value)) }

  /// A little-endian 32-bit integer.
  @inline(__always)
  func u32(_ value: UInt32) {
    reserve(4)
    UnsafeMutableRawPointer(base + count).storeBytes(
      of: value.littleEndian, toByteOffset: 0, as: UInt32.self)
    count += 4
  }

  /// A little-endian 64-bit integer.
  @inline(__always)
  func u64(_ value: UInt64) {
    reserve(8)
    UnsafeMutableRawPointer(base + count).storeBytes(
      of: value.littleEndian, toByteOffset: 0, as: UInt64.self)
    count += 8
  }

  /// Appends raw bytes; up to 16 by overlapping loads and stores (most postings' positions),
  /// more by `memmove`.
  @inline(__always)
  func append(_ bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress else { return }
    let added = bytes.count
    guard added <= 16 else {
      return append(source.assumingMemoryBound(to: UInt8.self), count: added)
    }
    SmallCopy.copy(source, to: UnsafeMutableRawPointer(appendUninitialized(added)), count: added)
  }

  /// The bytes as a raw buffer (valid until the next append).
  var raw: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

  /// The bytes from `start` to the end.
  func raw(from start: Int) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: base + start, count: count - start)
  }
}
