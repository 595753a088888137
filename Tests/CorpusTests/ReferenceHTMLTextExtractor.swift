import FrenchText

/// `HTMLTextExtractor` as it was before it read runs of bytes (kept as the tests' oracle: it
/// appends every byte with its origin, and matches tag names as lower-cased strings).
struct ReferenceHTMLTextExtractor {
  static let blockTags: Set<String> = [
    "p", "br", "div", "li", "ul", "ol", "tr", "table", "tbody", "thead", "h1", "h2", "h3", "h4",
    "h5", "h6", "blockquote", "hr", "dt", "dd", "dl", "center", "pre",
  ]
  static let cellTags: Set<String> = ["td", "th"]

  /// The paragraphs of `html`.
  func paragraphs(_ html: TextRepairBuffer) -> [TextRepairBuffer] {
    let bytes = html.bytes
    var result: [TextRepairBuffer] = []
    var current = TextRepairBuffer()
    var index = 0
    func flush() {
      current.trimTrailingSpaces()
      if !current.isEmpty { result.append(current) }
      current = TextRepairBuffer()
    }
    func appendSpace(origin: Int) {
      if let last = current.last, last != 0x20 { current.append(0x20, origin: origin) }
    }
    while index < bytes.count {
      let byte = bytes[index]
      let origin = html.origins[index]
      if byte == 0x3C, let tag = Self.tag(bytes, at: index) {
        if Self.blockTags.contains(tag.name) {
          flush()
        } else if Self.cellTags.contains(tag.name) {
          appendSpace(origin: origin)
        }
        index = tag.end
      } else if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
        appendSpace(origin: origin)
        index += 1
      } else if byte == 0x26, let entity = Self.entity(bytes, at: index) {
        if entity.bytes == [0x20] {
          appendSpace(origin: origin)
        } else {
          current.append(contentsOf: entity.bytes, origin: origin)
        }
        index = entity.end
      } else {
        current.append(byte, origin: origin)
        index += 1
      }
    }
    flush()
    return result
  }

  static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  /// The lower-cased name and the end of the tag (or comment) starting at `index`.
  static func tag(_ bytes: [UInt8], at index: Int) -> (name: String, end: Int)? {
    if index + 3 < bytes.count, bytes[index + 1] == 0x21, bytes[index + 2] == 0x2D,
      bytes[index + 3] == 0x2D
    {
      var cursor = index + 4
      while cursor + 2 < bytes.count {
        if bytes[cursor] == 0x2D, bytes[cursor + 1] == 0x2D, bytes[cursor + 2] == 0x3E {
          return ("!--", cursor + 3)
        }
        cursor += 1
      }
      return ("!--", bytes.count)
    }
    var cursor = index + 1
    if cursor < bytes.count, bytes[cursor] == 0x2F { cursor += 1 }
    let nameStart = cursor
    guard cursor < bytes.count, isASCIILetter(bytes[cursor]) else {
      return nil
    }
    while cursor < bytes.count,
      isASCIILetter(bytes[cursor])
        || (bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39)
    {
      cursor += 1
    }
    guard cursor > nameStart else { return nil }
    let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
    while cursor < bytes.count, bytes[cursor] != 0x3E {
      if bytes[cursor] == 0x3C { return nil }
      cursor += 1
    }
    return (name, min(cursor + 1, bytes.count))
  }

  /// The UTF-8 bytes of the entity starting at `index` and its end.
  static func entity(_ bytes: [UInt8], at index: Int) -> (bytes: [UInt8], end: Int)? {
    var cursor = index + 1
    while cursor < bytes.count, cursor - index <= 10, bytes[cursor] != 0x3B {
      cursor += 1
    }
    guard cursor < bytes.count, bytes[cursor] == 0x3B, cursor > index + 1 else { return nil }
    let name = String(decoding: bytes[(index + 1)..<cursor], as: UTF8.self)
    let named: [String: String] = [
      "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
      "laquo": "«", "raquo": "»", "euro": "€", "rsquo": "’", "hellip": "…", "oelig": "œ",
    ]
    var value: String?
    if let text = named[name] {
      value = text
    } else if name.hasPrefix("#x") || name.hasPrefix("#X"),
      let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code)
    {
      value = String(Character(scalar))
    } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()),
      let scalar = Unicode.Scalar(code)
    {
      value = String(Character(scalar))
    }
    guard let value else { return nil }
    return (Array(value.utf8), cursor + 1)
  }
}
