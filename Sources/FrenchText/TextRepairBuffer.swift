/// Repaired text (wrapped lines joined, markup and tags removed, escapes decoded) that remembers,
/// for every UTF-8 byte it holds, the offset of the original byte it comes from.
///
/// Readers copy the bytes they keep from the original file with their offsets, and insert the
/// few bytes a repair needs (the space that joins two wrapped lines) with the offset of a
/// neighbouring byte, so that any range of the repaired text maps back to the file.
public struct TextRepairBuffer: Sendable, Hashable {
  /// The repaired text as UTF-8 bytes.
  public private(set) var bytes: [UInt8] = []
  /// For each byte of `bytes`, the offset of its original byte.
  public private(set) var origins: [Int] = []

  public init() {}

  /// A buffer holding `bytes`, the first at `origin` and each next one at the next offset.
  public init(bytes: some Collection<UInt8>, origin: Int) {
    append(contentsOf: bytes, origin: origin)
  }

  public var isEmpty: Bool { bytes.isEmpty }
  public var count: Int { bytes.count }
  public var last: UInt8? { bytes.last }

  /// The repaired text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The repaired text of `range` (byte offsets in `bytes`).
  public func text(in range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
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
  public mutating func reserveCapacity(_ count: Int) {
    bytes.reserveCapacity(count)
    origins.reserveCapacity(count)
  }

  public mutating func append(_ byte: UInt8, origin: Int) {
    bytes.append(byte)
    origins.append(origin)
  }

  /// Appends `source`, its first byte coming from `origin` and the others from the next offsets.
  public mutating func append(contentsOf source: some Collection<UInt8>, origin: Int) {
    bytes.append(contentsOf: source)
    var offset = origin
    origins.reserveCapacity(origins.count + source.count)
    for _ in 0..<source.count {
      origins.append(offset)
      offset += 1
    }
  }

  /// Appends another buffer, keeping its origins.
  public mutating func append(_ other: TextRepairBuffer) {
    bytes.append(contentsOf: other.bytes)
    origins.append(contentsOf: other.origins)
  }

  /// Removes trailing ASCII spaces and tabs.
  public mutating func trimTrailingSpaces() {
    while let byte = bytes.last, byte == 0x20 || byte == 0x09 {
      bytes.removeLast()
      origins.removeLast()
    }
  }

  /// Removes the last `count` bytes.
  public mutating func removeLast(_ count: Int) {
    let n = min(max(count, 0), bytes.count)
    bytes.removeLast(n)
    origins.removeLast(n)
  }

  /// A buffer holding the bytes of `range` only.
  public func slice(_ range: Range<Int>) -> TextRepairBuffer {
    var result = TextRepairBuffer()
    let clamped = range.clamped(to: 0..<bytes.count)
    result.bytes = Array(bytes[clamped])
    result.origins = Array(origins[clamped])
    return result
  }
}
