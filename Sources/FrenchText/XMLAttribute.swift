/// One attribute of an XML start tag, its value with entities decoded.
public struct XMLAttribute: Sendable, Hashable {
  public var name: String
  public var value: String

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }

  /// The element name and attributes of the inside of a start tag (`name a="1" b='2' c=3`).
  static func parseTag(_ inner: ArraySlice<UInt8>, latin1: Bool = false) -> (
    String, [XMLAttribute]
  ) {
    var index = inner.startIndex
    let end = inner.endIndex
    func skipSpaces() { while index < end, isSpace(inner[index]) { index += 1 } }
    let nameStart = index
    while index < end, !isSpace(inner[index]) { index += 1 }
    let name = String(decoding: inner[nameStart..<index], as: UTF8.self)
    var attributes: [XMLAttribute] = []
    while true {
      skipSpaces()
      let keyStart = index
      while index < end, !isSpace(inner[index]), inner[index] != 0x3D { index += 1 }
      guard index > keyStart else { break }
      let key = String(decoding: inner[keyStart..<index], as: UTF8.self)
      skipSpaces()
      guard index < end, inner[index] == 0x3D else {
        attributes.append(XMLAttribute(name: key, value: ""))
        continue
      }
      index += 1
      skipSpaces()
      var valueStart = index
      var valueEnd: Int
      if index < end, inner[index] == 0x22 || inner[index] == 0x27 {
        let quote = inner[index]
        valueStart = index + 1
        valueEnd = valueStart
        while valueEnd < end, inner[valueEnd] != quote { valueEnd += 1 }
        index = min(valueEnd + 1, end)
      } else {
        while index < end, !isSpace(inner[index]) { index += 1 }
        valueEnd = index
      }
      let value = XMLEntities.decode(inner[valueStart..<valueEnd], origin: 0, latin1: latin1).text
      attributes.append(XMLAttribute(name: key, value: value))
    }
    return (name, attributes)
  }

  /// The name of an end tag (`/name ` → `name`).
  static func name(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes.filter { !isSpace($0) }, as: UTF8.self)
  }

  /// Whether `byte` is XML white space.
  public static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }
}
