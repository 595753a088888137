/// Repaired text (wrapped lines joined, markup and tags removed, escapes decoded) that remembers,
/// for every UTF-8 byte it holds, the offset of the original byte it comes from.
///
/// Readers copy the bytes they keep from the original file with their offsets, and insert the
/// few bytes a repair needs (the space that joins two wrapped lines) with the offset of a
/// neighbouring byte, so that any range of the repaired text maps back to the file.
///
/// The appends are inlinable so that readers in other modules copy bytes without a call per byte.
public struct TextRepairBuffer: Sendable, Hashable {
  @usableFromInline var storedBytes: [UInt8] = []
  @usableFromInline var storedOrigins: [Int] = []

  /// The repaired text as UTF-8 bytes.
  @inlinable public var bytes: [UInt8] { storedBytes }
  /// For each byte of `bytes`, the offset of its original byte.
  @inlinable public var origins: [Int] { storedOrigins }

  @inlinable public init() {}

  /// A buffer holding `bytes`, the first at `origin` and each next one at the next offset.
  @inlinable public init(bytes: some Collection<UInt8>, origin: Int) {
    append(contentsOf: bytes, origin: origin)
  }

  /// A buffer holding `bytes` with their `origins` (as many as bytes).
  @inlinable public init(bytes: [UInt8], origins: [Int]) {
    precondition(bytes.count == origins.count, "one origin per byte")
    storedBytes = bytes
    storedOrigins = origins
  }

  @inlinable public var isEmpty: Bool { storedBytes.isEmpty }
  @inlinable public var count: Int { storedBytes.count }
  @inlinable public var last: UInt8? { storedBytes.last }

  /// The repaired text.
  public var text: String { TextRepairString.make(storedBytes, 0..<storedBytes.count) }

  /// The repaired text of `range` (byte offsets in `bytes`).
  public func text(in range: Range<Int>) -> String {
    TextRepairString.make(storedBytes, range)
  }

  /// The original byte range covered by `range`: from the origin of its first byte to just after
  /// the origin of its last byte.
  public func originalRange(of range: Range<Int>) -> Range<Int> {
    guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= origins.count else {
      let at = origins.isEmpty ? 0 : origins[min(max(range.lowerBound, 0), origins.count - 1)]
      return at..<at
    }
    let start = origins[range.lowerBound]
    let end = origins[range.upperBound - 1] + 1
    return start..<max(start + 1, end)
  }

  /// Reserves room for `count` bytes.
  @inlinable public mutating func reserveCapacity(_ count: Int) {
    storedBytes.reserveCapacity(count)
    storedOrigins.reserveCapacity(count)
  }

  @inlinable public mutating func append(_ byte: UInt8, origin: Int) {
    storedBytes.append(byte)
    storedOrigins.append(origin)
  }

  /// Appends `source`, its first byte coming from `origin` and the others from the next offsets.
  @inlinable
  public mutating func append(contentsOf source: some Collection<UInt8>, origin: Int) {
    storedBytes.append(contentsOf: source)
    storedOrigins.append(contentsOf: origin..<(origin + source.count))
  }

  /// Appends `bytes[range]`, each byte coming from its own offset plus `shift` (a run copied
  /// from a file whose `bytes[0]` lies at offset `shift`).
  @inlinable
  public mutating func append(_ bytes: [UInt8], range: Range<Int>, shift: Int = 0) {
    let first = range.lowerBound + shift
    let count = range.count
    if storedOrigins.capacity == 0 {
      precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range out of bounds")
      // A new buffer (a line): each array made at its size (the bytes copied from a buffer
      // pointer, by `memcpy`), the offsets written once.
      storedBytes = bytes.withUnsafeBufferPointer {
        Array(UnsafeBufferPointer(rebasing: $0[range]))
      }
      storedOrigins = [Int](unsafeUninitializedCapacity: count) { origins, initialized in
        if let base = origins.baseAddress { Self.writeOffsets(base, count: count, first: first) }
        initialized = count
      }
      return
    }
    storedBytes.append(contentsOf: bytes[range])
    let start = storedOrigins.count
    storedOrigins.append(contentsOf: repeatElement(0, count: count))
    storedOrigins.withUnsafeMutableBufferPointer { origins in
      guard let base = origins.baseAddress.map({ $0 + start }) else { return }
      Self.writeOffsets(base, count: count, first: first)
    }
  }

  /// Writes `first`, `first + 1`… to the `count` places from `base`: eight offsets a vector
  /// store, then one by one.
  @inlinable
  static func writeOffsets(_ base: UnsafeMutablePointer<Int>, count: Int, first: Int) {
    var vector = SIMD8<Int>(0, 1, 2, 3, 4, 5, 6, 7) &+ first
    var offset = 0
    while offset + 8 <= count {
      UnsafeMutableRawPointer(base + offset).storeBytes(of: vector, as: SIMD8<Int>.self)
      vector &+= 8
      offset += 8
    }
    while offset < count {
      base[offset] = first + offset
      offset += 1
    }
  }

  /// Appends another buffer, keeping its origins (each array copied from a buffer pointer, by
  /// `memcpy`).
  @inlinable public mutating func append(_ other: TextRepairBuffer) {
    other.storedBytes.withUnsafeBufferPointer { storedBytes.append(contentsOf: $0) }
    other.storedOrigins.withUnsafeBufferPointer { storedOrigins.append(contentsOf: $0) }
  }

  /// Appends `other[range]`, keeping its origins: into a new buffer (a paragraph's first run),
  /// each array made at its size from a buffer pointer.
  @inlinable public mutating func append(_ other: TextRepairBuffer, range: Range<Int>) {
    if storedOrigins.capacity == 0 {
      precondition(
        range.lowerBound >= 0 && range.upperBound <= other.storedBytes.count,
        "range out of bounds")
      storedBytes = other.storedBytes.withUnsafeBufferPointer {
        Array(UnsafeBufferPointer(rebasing: $0[range]))
      }
      storedOrigins = other.storedOrigins.withUnsafeBufferPointer {
        Array(UnsafeBufferPointer(rebasing: $0[range]))
      }
      return
    }
    storedBytes.append(contentsOf: other.storedBytes[range])
    storedOrigins.append(contentsOf: other.storedOrigins[range])
  }

  /// Removes trailing ASCII spaces and tabs.
  public mutating func trimTrailingSpaces() {
    while let byte = storedBytes.last, byte == 0x20 || byte == 0x09 {
      storedBytes.removeLast()
      storedOrigins.removeLast()
    }
  }

  /// Removes the last `count` bytes.
  public mutating func removeLast(_ count: Int) {
    let n = min(max(count, 0), storedBytes.count)
    storedBytes.removeLast(n)
    storedOrigins.removeLast(n)
  }

  /// A buffer holding the bytes of `range` only.
  public func slice(_ range: Range<Int>) -> TextRepairBuffer {
    var result = TextRepairBuffer()
    let clamped = range.clamped(to: 0..<storedBytes.count)
    result.storedBytes = Array(storedBytes[clamped])
    result.storedOrigins = Array(storedOrigins[clamped])
    return result
  }
}
