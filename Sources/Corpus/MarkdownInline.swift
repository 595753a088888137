import FrenchText

/// Removes Markdown and HTML markup from one line of an exported page while keeping the
/// origin of every byte: heading marks ("## "), bold ("**"), links ("[text](#)" → "text"),
/// tags ("<sup>e</sup>" → "e") and backslash escapes.
enum MarkdownInline {
  static func clean(_ bytes: [UInt8], line range: Range<Int>) -> TextRepairBuffer {
    var buffer = TextRepairBuffer()
    var index = range.lowerBound
    let end = range.upperBound
    while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    if index < end, bytes[index] == 0x23 {
      while index < end, bytes[index] == 0x23 { index += 1 }
      while index < end, bytes[index] == 0x20 { index += 1 }
    }
    while index < end {
      let byte = bytes[index]
      if byte == 0x2A || byte == 0x5F, index + 1 < end, bytes[index + 1] == byte {
        index += 2
      } else if byte == 0x5B, let link = link(bytes, at: index, limit: end) {
        for offset in link.text { buffer.append(bytes[offset], origin: offset) }
        index = link.end
      } else if byte == 0x3C, let tag = HTMLTagSkipper.end(bytes, at: index, limit: end) {
        index = tag
      } else if byte == 0x5C, index + 1 < end, bytes[index + 1] < 0x80,
        !SentenceByte.isAlphanumeric(bytes[index + 1])
      {
        buffer.append(bytes[index + 1], origin: index + 1)
        index += 2
      } else if byte == 0x0D {
        index += 1
      } else {
        buffer.append(byte, origin: index)
        index += 1
      }
    }
    buffer.trimTrailingSpaces()
    return buffer
  }

  /// The text range and the end of a link "[text](target)" starting at `index`.
  private static func link(_ bytes: [UInt8], at index: Int, limit: Int) -> (
    text: Range<Int>, end: Int
  )? {
    guard let close = bytes[(index + 1)..<limit].firstIndex(of: 0x5D), close + 1 < limit,
      bytes[close + 1] == 0x28, let end = bytes[(close + 2)..<limit].firstIndex(of: 0x29)
    else { return nil }
    return ((index + 1)..<close, end + 1)
  }
}

/// Finds the end of an HTML tag ("<sup>", "</sup>", "<br/>") inside a line.
enum HTMLTagSkipper {
  static func end(_ bytes: [UInt8], at index: Int, limit: Int) -> Int? {
    var cursor = index + 1
    if cursor < limit, bytes[cursor] == 0x2F { cursor += 1 }
    guard cursor < limit, SentenceByte.isLetter(bytes[cursor]) else { return nil }
    while cursor < limit, bytes[cursor] != 0x3E {
      if bytes[cursor] == 0x3C { return nil }
      cursor += 1
    }
    return cursor < limit ? cursor + 1 : nil
  }
}

/// ASCII byte classes.
enum SentenceByte {
  static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isLetter(byte) || (byte >= 0x30 && byte <= 0x39)
  }
}
