/// Decodes XML character references (`&lt;`, `&amp;`, `&#233;`, `&#xE9;`…) into UTF-8, each
/// decoded byte remembering the offset of the `&` it comes from. An unknown or unterminated
/// reference stays as written.
public enum XMLEntities {
  static let named: [String: UInt32] = [
    "lt": 0x3C, "gt": 0x3E, "amp": 0x26, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
  ]

  /// The decoded text of `bytes`, whose first byte is at file offset `origin`.
  /// With `latin1`, the bytes are ISO-8859-1 (windows-1252 for 0x80–0x9F) and become UTF-8.
  public static func decode(
    _ bytes: ArraySlice<UInt8>, origin: Int, latin1: Bool = false
  ) -> TextRepairBuffer {
    var buffer = TextRepairBuffer()
    buffer.reserveCapacity(bytes.count)
    let base = bytes.startIndex
    var index = base
    while index < bytes.endIndex {
      let byte = bytes[index]
      guard byte == 0x26, let (scalar, length) = reference(bytes, at: index) else {
        if latin1, byte >= 0x80 {
          for unit in String(Character(Latin1Text.scalar(byte))).utf8 {
            buffer.append(unit, origin: origin + index - base)
          }
        } else {
          buffer.append(byte, origin: origin + index - base)
        }
        index += 1
        continue
      }
      for unit in String(Character(scalar)).utf8 {
        buffer.append(unit, origin: origin + index - base)
      }
      index += length
    }
    return buffer
  }

  /// The scalar of the reference at `index` (a `&`) and its length through the `;`.
  static func reference(_ bytes: ArraySlice<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
    var end = index + 1
    while end < bytes.endIndex, end - index < 12, bytes[end] != 0x3B { end += 1 }
    guard end < bytes.endIndex, bytes[end] == 0x3B, end > index + 1 else { return nil }
    let body = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
    var value: UInt32?
    if body.hasPrefix("#x") || body.hasPrefix("#X") {
      value = UInt32(body.dropFirst(2), radix: 16)
    } else if body.hasPrefix("#") {
      value = UInt32(body.dropFirst())
    } else {
      value = named[body]
    }
    guard let value, let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, end - index + 1)
  }
}
