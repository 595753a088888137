/// A tag (or comment) of an open-data text's HTML, as `HTMLTextExtractor` reads it: its
/// kind (block, table cell or inline) and the index just after it.
struct HTMLTextExtractorTag {
  enum Kind { case block, cell, inline }

  var kind: Kind
  var end: Int

  static let blockNames: [[UInt8]] = [
    "p", "br", "div", "li", "ul", "ol", "tr", "table", "tbody", "thead", "h1", "h2", "h3", "h4",
    "h5", "h6", "blockquote", "hr", "dt", "dd", "dl", "center", "pre",
  ].map { Array($0.utf8) }
  static let cellNames: [[UInt8]] = [Array("td".utf8), Array("th".utf8)]

  /// The tag starting at `index` ("<"), or nil when none starts there (no name, or a "<"
  /// before its ">").
  init?(_ bytes: [UInt8], at index: Int) {
    let count = bytes.count
    if index + 3 < count, bytes[index + 1] == 0x21, bytes[index + 2] == 0x2D,
      bytes[index + 3] == 0x2D
    {
      var cursor = index + 4
      while cursor + 2 < count {
        if bytes[cursor] == 0x2D, bytes[cursor + 1] == 0x2D, bytes[cursor + 2] == 0x3E {
          self.init(kind: .inline, end: cursor + 3)
          return
        }
        cursor += 1
      }
      self.init(kind: .inline, end: count)
      return
    }
    var cursor = index + 1
    if cursor < count, bytes[cursor] == 0x2F { cursor += 1 }
    let nameStart = cursor
    guard cursor < count, Self.isLetter(bytes[cursor]) else { return nil }
    while cursor < count, Self.isLetter(bytes[cursor]) || (0x30...0x39).contains(bytes[cursor]) {
      cursor += 1
    }
    let kind = Self.kind(bytes[nameStart..<cursor])
    while cursor < count, bytes[cursor] != 0x3E {
      if bytes[cursor] == 0x3C { return nil }
      cursor += 1
    }
    self.init(kind: kind, end: min(cursor + 1, count))
  }

  private init(kind: Kind, end: Int) {
    self.kind = kind
    self.end = end
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  /// The kind of the tag named `name` (ASCII letters and digits, any case): its lower-cased
  /// bytes packed in a word (the first in the lowest byte) and compared with the packed names.
  private static func kind(_ name: ArraySlice<UInt8>) -> Kind {
    guard name.count <= 10 else { return .inline }
    if name.count > 8 {
      let matches = blockNames.contains { candidate in
        candidate.count == name.count
          && zip(candidate, name).allSatisfy { pair in
            pair.0 == (Self.isLetter(pair.1) ? pair.1 | 0x20 : pair.1)
          }
      }
      return matches ? .block : .inline
    }
    let packed = pack(name)
    if packedBlockNames.contains(packed) { return .block }
    if packedCellNames.contains(packed) { return .cell }
    return .inline
  }

  /// The lower-cased bytes of a name of at most eight bytes, the first in the lowest byte.
  @inline(__always)
  private static func pack(_ name: some Collection<UInt8>) -> UInt64 {
    var packed: UInt64 = 0
    var shift: UInt64 = 0
    for byte in name {
      packed |= UInt64(isLetter(byte) ? byte | 0x20 : byte) << shift
      shift += 8
    }
    return packed
  }

  /// The block and cell names of at most eight bytes, packed.
  static let packedBlockNames: [UInt64] = blockNames.filter { $0.count <= 8 }.map { pack($0) }
  static let packedCellNames: [UInt64] = cellNames.map { pack($0) }

  static let namedEntities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
    "laquo": "«", "raquo": "»", "euro": "€", "rsquo": "’", "hellip": "…", "oelig": "œ",
  ]

  /// The UTF-8 bytes of the entity starting at `index` ("&") and the index after it.
  static func entity(_ bytes: [UInt8], at index: Int) -> (bytes: [UInt8], end: Int)? {
    var cursor = index + 1
    while cursor < bytes.count, cursor - index <= 10, bytes[cursor] != 0x3B {
      cursor += 1
    }
    guard cursor < bytes.count, bytes[cursor] == 0x3B, cursor > index + 1 else { return nil }
    let name = String(decoding: bytes[(index + 1)..<cursor], as: UTF8.self)
    var value: String?
    if let text = namedEntities[name] {
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
