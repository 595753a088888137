import Foundation

/// Repairs UTF-8 text that was once decoded as Windows-1252 and encoded again ("Ã©" → "é",
/// "â€™" → "’", "Å“" → "œ"), keeping the origin of every byte.
///
/// A run of characters is replaced only when their Windows-1252 bytes form one valid UTF-8
/// sequence for a character beyond ASCII, which French text written on purpose never does.
public enum TextRepairMojibake {
  /// Windows-1252 bytes 0x80–0x9F by the character they decode to.
  static let windows1252: [UInt32: UInt8] = [
    0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86,
    0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C,
    0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95,
    0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
    0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
  ]

  /// Whether `bytes` may hold mojibake: "Ã", "Â", "â" or "Å" followed by a non-ASCII byte.
  public static func mayNeedRepair(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, buffer.count >= 3 else { return false }
      let limit = buffer.count - 2
      var index = 0
      // From one 0xC3 byte ("Ã", "Â", "â" and "Å" start with it) to the next, by `memchr`.
      while index < limit {
        guard let found = memchr(base + index, 0xC3, limit - index) else { return false }
        index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if isMojibakeLead(buffer, at: index) { return true }
        index += 1
      }
      return false
    }
  }

  /// Whether "Ã", "Â", "â" or "Å" followed by a non-ASCII byte starts at `index` (with two
  /// bytes after it).
  @inline(__always)
  private static func isMojibakeLead(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard buffer[index] == 0xC3 else { return false }
    let next = buffer[index + 1]
    return (next == 0x82 || next == 0x83 || next == 0x85 || next == 0xA2)
      && buffer[index + 2] >= 0xC2
  }

  /// `text` with its mojibake repaired (unchanged when there is none).
  public static func repaired(_ text: TextRepairBuffer) -> TextRepairBuffer {
    guard mayNeedRepair(text.bytes) else { return text }
    let scalars = decode(text.bytes)
    var result = TextRepairBuffer()
    result.reserveCapacity(text.count)
    var index = 0
    while index < scalars.count {
      let (_, start, length) = scalars[index]
      if let (fixed, used) = repairedSequence(scalars, at: index) {
        let origin = text.origins[start]
        for byte in fixed { result.append(byte, origin: origin) }
        index += used
        continue
      }
      for k in 0..<length { result.append(text.bytes[start + k], origin: text.origins[start + k]) }
      index += 1
    }
    return result
  }

  /// The UTF-8 bytes of the character spelled by the scalars at `index`, and how many it used.
  private static func repairedSequence(
    _ scalars: [(UInt32, Int, Int)], at index: Int
  ) -> ([UInt8], Int)? {
    let lead = scalars[index].0
    let length: Int
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return nil
    }
    guard index + length <= scalars.count else { return nil }
    var bytes = [UInt8(lead)]
    for k in 1..<length {
      guard let byte = byte(for: scalars[index + k].0), byte >= 0x80, byte <= 0xBF else {
        return nil
      }
      bytes.append(byte)
    }
    guard let decoded = String(validating: bytes, as: UTF8.self), !decoded.isEmpty else {
      return nil
    }
    return (bytes, length)
  }

  private static func byte(for scalar: UInt32) -> UInt8? {
    if scalar >= 0xA0 && scalar <= 0xFF { return UInt8(scalar) }
    return windows1252[scalar]
  }

  /// The scalars of `bytes` with their byte offset and length.
  private static func decode(_ bytes: [UInt8]) -> [(UInt32, Int, Int)] {
    var result: [(UInt32, Int, Int)] = []
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
      guard index + length <= bytes.count else { break }
      var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
      for k in 1..<max(1, length) { value = (value << 6) | UInt32(bytes[index + k] & 0x3F) }
      result.append((value, index, length))
      index += length
    }
    return result
  }
}
