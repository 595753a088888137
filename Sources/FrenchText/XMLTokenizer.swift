/// A small pull tokenizer for XML, working on a window of bytes that the caller refills, so
/// that a file of any size is read with bounded memory (no libxml2, no DOM).
///
/// It yields start tags (with attributes), end tags and text (entities decoded, each byte
/// remembering its offset in the file); comments, processing instructions and the DOCTYPE are
/// skipped; CDATA is text. When the window ends inside a token, `next()` returns nil and the
/// caller appends more bytes (or sets `isFinal`). It is lenient: an unknown entity stays as
/// written, an unquoted attribute value is accepted.
public struct XMLTokenizer: Sendable {
  /// One token of the input.
  public enum Token: Sendable, Equatable {
    case start(name: String, attributes: [XMLAttribute], selfClosing: Bool)
    case end(name: String)
    case text(TextRepairBuffer)
  }

  /// The bytes not yet consumed start at `position`; `bytes[0]` is at `baseOffset` in the file.
  public private(set) var bytes: [UInt8] = []
  public private(set) var position = 0
  public private(set) var baseOffset = 0
  /// The number of line feeds in the bytes dropped by `compact`.
  public private(set) var droppedLines = 0
  /// Set when no more bytes will come: trailing text is then returned as it is.
  public var isFinal = false
  /// Set when the declaration names ISO-8859-1 or windows-1252: text is turned into UTF-8.
  public var isLatin1 = false
  /// The file offset of the last token returned.
  public private(set) var tokenStart = 0

  public init() {}

  /// Whether an XML declaration at the start of `bytes` names a Latin-1 encoding.
  public static func declaresLatin1(_ bytes: some Collection<UInt8>) -> Bool {
    let head = String(decoding: bytes.prefix(200), as: UTF8.self).lowercased()
    guard head.contains("<?xml"), let declarationEnd = head.range(of: "?>") else { return false }
    let declaration = head[..<declarationEnd.lowerBound]
    return ["iso-8859-1", "iso-8859-15", "latin1", "latin-1", "windows-1252", "cp1252"]
      .contains { declaration.contains($0) }
  }

  /// The file offset of the next unread byte.
  public var offset: Int { baseOffset + position }

  /// Appends bytes read from the input.
  public mutating func append(_ more: some Collection<UInt8>) { bytes.append(contentsOf: more) }

  /// Drops the bytes before file offset `keep` (clamped to what is unread).
  public mutating func compact(keeping keep: Int) {
    let cut = min(max(keep - baseOffset, 0), position)
    guard cut > 0 else { return }
    for byte in bytes[0..<cut] where byte == 0x0A { droppedLines += 1 }
    bytes.removeFirst(cut)
    position -= cut
    baseOffset += cut
  }

  /// The window bytes of the file range `range` (which must still be in the window).
  public func window(_ range: Range<Int>) -> ArraySlice<UInt8> {
    bytes[(range.lowerBound - baseOffset)..<(range.upperBound - baseOffset)]
  }

  /// The next token, or nil when more input is needed (or, with `isFinal`, at the end).
  public mutating func next() -> Token? {
    while position < bytes.count {
      guard bytes[position] == 0x3C else { return text() }
      guard let result = markup() else { return nil }
      if let token = result.token {
        tokenStart = offset
        position = result.end
        return token
      }
      position = result.end
    }
    return nil
  }

  private mutating func text() -> Token? {
    var end = position
    while end < bytes.count, bytes[end] != 0x3C { end += 1 }
    if end == bytes.count, !isFinal { return nil }
    tokenStart = offset
    let token = Token.text(
      XMLEntities.decode(bytes[position..<end], origin: offset, latin1: isLatin1))
    position = end
    return token
  }

  /// The token at `<` and the index just after it; nil when the window ends inside it.
  private func markup() -> (token: Token?, end: Int)? {
    let start = position
    if has("<!--", at: start) { return skip(until: "-->", from: start + 4) }
    if has("<![CDATA[", at: start) {
      guard let close = find("]]>", from: start + 9) else { return nil }
      let buffer =
        isLatin1
        ? Latin1Text.buffer(bytes[(start + 9)..<close], origin: baseOffset + start + 9)
        : TextRepairBuffer(bytes: bytes[(start + 9)..<close], origin: baseOffset + start + 9)
      return (.text(buffer), close + 3)
    }
    if has("<?", at: start) { return skip(until: "?>", from: start + 2) }
    if has("<!", at: start) { return skip(until: ">", from: start + 2) }
    guard let close = tagEnd(from: start + 1) else { return nil }
    if start + 1 < bytes.count, bytes[start + 1] == 0x2F {
      let name = XMLAttribute.name(bytes[(start + 2)..<close])
      return (.end(name: name), close + 1)
    }
    let selfClosing = close > start + 1 && bytes[close - 1] == 0x2F
    let inner = bytes[(start + 1)..<(selfClosing ? close - 1 : close)]
    let (name, attributes) = XMLAttribute.parseTag(inner, latin1: isLatin1)
    return (.start(name: name, attributes: attributes, selfClosing: selfClosing), close + 1)
  }

  private func skip(until marker: String, from index: Int) -> (token: Token?, end: Int)? {
    guard let found = find(marker, from: index) else { return nil }
    return (nil, found + marker.utf8.count)
  }

  /// The index of the `>` closing a tag, skipping quoted attribute values.
  private func tagEnd(from index: Int) -> Int? {
    var quote: UInt8 = 0
    var cursor = index
    while cursor < bytes.count {
      let byte = bytes[cursor]
      if quote != 0 {
        if byte == quote { quote = 0 }
      } else if byte == 0x22 || byte == 0x27 {
        quote = byte
      } else if byte == 0x3E {
        return cursor
      }
      cursor += 1
    }
    return nil
  }

  private func has(_ marker: String, at index: Int) -> Bool {
    let utf8 = marker.utf8
    guard index + utf8.count <= bytes.count else { return false }
    return bytes[index..<(index + utf8.count)].elementsEqual(utf8)
  }

  private func find(_ marker: String, from index: Int) -> Int? {
    let pattern = Array(marker.utf8)
    var cursor = index
    while cursor + pattern.count <= bytes.count {
      if bytes[cursor] == pattern[0],
        bytes[cursor..<(cursor + pattern.count)].elementsEqual(pattern)
      {
        return cursor
      }
      cursor += 1
    }
    return nil
  }
}
