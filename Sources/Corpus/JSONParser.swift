import FrenchText

/// A JSON parser on UTF-8 bytes, strict as `JSONSerialization` (the same values accepted and
/// refused, including its one leniency: a comma before a closing "]" or "}"), with a bounded
/// depth (512 nested arrays or objects, as Foundation) so that no input overflows the stack.
///
/// The string values of the `trackedKeys` (written without escapes in the key) are also kept
/// decoded with the file offset of every byte, in file order, as `JSONLiteralLocator` finds
/// them: so that sentences point at their place in the file ("\u00e9" maps to its 6 bytes).
/// The bytes must be valid UTF-8 (checked before, by `ContentCheck`).
struct JSONParser {
  /// Why the bytes are not JSON, and where.
  struct Failure: Error {
    var message: String
    var offset: Int
    var description: String { "\(message) at byte \(offset)" }
  }

  static let maximumDepth = 512

  let bytes: [UInt8]
  /// The file offset of `bytes[0]` (one record of a streamed bulk file), added to every origin.
  let baseOffset: Int
  let trackedKeys: [String]
  private let trackedKeyCodes: [JSONKey]
  /// The UTF-8 bytes of each of `trackedKeys`, in the same order.
  let trackedKeyBytes: [[UInt8]]
  /// The located string values of each tracked key, in file order.
  var literals: [String: [TextRepairBuffer?]] = [:]
  var index = 0
  var depth = 0

  /// The keys whose string values are located by default.
  static let defaultTrackedKeys = ["texte", "analyse"]
  private static let defaultTrackedKeyCodes = defaultTrackedKeys.map { JSONKey($0) }
  private static let defaultTrackedKeyBytes = defaultTrackedKeys.map { Array($0.utf8) }

  init(bytes: [UInt8], baseOffset: Int = 0, trackedKeys: [String] = defaultTrackedKeys) {
    self.bytes = bytes
    self.baseOffset = baseOffset
    self.trackedKeys = trackedKeys
    let isDefault = trackedKeys == Self.defaultTrackedKeys
    trackedKeyCodes = isDefault ? Self.defaultTrackedKeyCodes : trackedKeys.map { JSONKey($0) }
    trackedKeyBytes =
      isDefault ? Self.defaultTrackedKeyBytes : trackedKeys.map { Array($0.utf8) }
  }

  /// The value the bytes hold, with nothing but white space around it.
  mutating func parse() throws(Failure) -> JSONValue {
    index = 0
    depth = 0
    literals = [:]
    let result = try value(tracked: nil)
    skipSpaces()
    guard index == bytes.count else { throw fail("unexpected character after the value") }
    return result
  }

  func fail(_ message: String) -> Failure {
    Failure(message: message, offset: baseOffset + index)
  }

  @inline(__always)
  mutating func skipSpaces() {
    while index < bytes.count {
      let byte = bytes[index]
      guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
      index += 1
    }
  }

  /// The value at the next non-space byte; a string is also located when `tracked` names a key.
  private mutating func value(tracked: String?) throws(Failure) -> JSONValue {
    skipSpaces()
    guard index < bytes.count else { throw fail("unexpected end of the text") }
    switch bytes[index] {
    case 0x22:
      if let tracked {
        let literal = try trackedString()
        literals[tracked, default: []].append(literal)
        return .located(literal)
      }
      return try text()
    case 0x7B: return try object()
    case 0x5B: return try array(tracked: tracked)
    case 0x74: return try word("true", .bool(true))
    case 0x66: return try word("false", .bool(false))
    case 0x6E: return try word("null", .null)
    case 0x2D, 0x30...0x39: return try number()
    default: throw fail("unexpected character")
    }
  }

  private mutating func word(_ word: StaticString, _ result: JSONValue) throws(Failure)
    -> JSONValue
  {
    try skipWord(word)
    return result
  }

  /// Steps over `word` (a literal: true, false, null), which must be at `index`.
  mutating func skipWord(_ word: StaticString) throws(Failure) {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw fail("invalid literal") }
    // Byte by byte from the literal's storage (a slice compared with `elementsEqual` cost
    // two hundred instructions a literal).
    let expected = word.utf8Start
    for offset in 0..<count where bytes[index + offset] != expected[offset] {
      throw fail("invalid literal")
    }
    index += count
  }

  mutating func enter() throws(Failure) {
    depth += 1
    guard depth <= Self.maximumDepth else {
      throw fail("too deeply nested (more than \(Self.maximumDepth) arrays or objects)")
    }
    index += 1
  }

  private mutating func object() throws(Failure) -> JSONValue {
    try enter()
    skipSpaces()
    if index < bytes.count, bytes[index] == 0x7D {
      return close(.object(JSONObject()))
    }
    var object = JSONObject(capacity: 8)
    while true {
      skipSpaces()
      guard index < bytes.count else { throw fail("unexpected end of the text in an object") }
      guard bytes[index] == 0x22 else { throw fail("expected a key in an object") }
      let (key, isPlain) = try key()
      let tracked = isPlain && trackedKeyCodes.contains(key) ? key.string : nil
      skipSpaces()
      guard index < bytes.count, bytes[index] == 0x3A else {
        throw fail("expected \":\" after a key")
      }
      index += 1
      object.append(key: key, value: try value(tracked: tracked))
      if try endOfMember(closing: 0x7D, in: "an object") { break }
    }
    return close(.object(object))
  }

  /// After a member: true at the closing bracket (a comma before it allowed), false after a
  /// comma followed by another member.
  mutating func endOfMember(closing: UInt8, in container: String) throws(Failure) -> Bool {
    skipSpaces()
    guard index < bytes.count else { throw fail("unexpected end of the text in \(container)") }
    if bytes[index] == 0x2C {
      index += 1
      skipSpaces()
      return index < bytes.count && bytes[index] == closing
    }
    guard bytes[index] == closing else {
      throw fail("expected \",\" or \"\(Character(Unicode.Scalar(closing)))\" in \(container)")
    }
    return true
  }

  private mutating func close(_ value: JSONValue) -> JSONValue {
    index += 1
    depth -= 1
    return value
  }

  /// The key whose opening quote is at `index`, and whether it is written without escapes: a
  /// plain key is packed from the bytes, an escaped one decoded as a string first.
  private mutating func key() throws(Failure) -> (JSONKey, isPlain: Bool) {
    let start = index + 1
    let end = plainEnd(from: start)
    if end < bytes.count, bytes[end] == 0x22 {
      index = end + 1
      let key = bytes.withUnsafeBufferPointer { buffer in
        JSONKey(bytes: UnsafeBufferPointer(rebasing: buffer[start..<end]))
      }
      return (key, true)
    }
    return (JSONKey(try string()), false)
  }

  /// An array; the leading string elements of a tracked key's array are located, up to the
  /// first element that is not a string.
  private mutating func array(tracked: String?) throws(Failure) -> JSONValue {
    try enter()
    var elements: [JSONValue] = []
    var tracking = tracked
    skipSpaces()
    if index < bytes.count, bytes[index] == 0x5D {
      return close(.array(elements))
    }
    while true {
      skipSpaces()
      if tracking != nil, index < bytes.count, bytes[index] != 0x22 { tracking = nil }
      elements.append(try value(tracked: tracking))
      if try endOfMember(closing: 0x5D, in: "an array") { break }
    }
    return close(.array(elements))
  }
}
