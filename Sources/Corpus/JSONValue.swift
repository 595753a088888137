import FrenchText

/// A decoded JSON value, as `JSONParser` reads it from UTF-8 bytes.
///
/// Numbers keep only what the readers use: their value as an `Int` when it is one exactly (as
/// Foundation bridges a JSON number to `Int`), else nil. Objects keep their members in file
/// order, duplicates included; a lookup finds the last member of a key, as `JSONSerialization`
/// keeps the last one.
enum JSONValue {
  case null
  case bool(Bool)
  case number(Int?)
  case string(String)
  /// A string value decoded when read (as the parser leaves them).
  case text(JSONText)
  /// The string value of a tracked key, decoded with the file offset of every byte.
  case located(TextRepairBuffer)
  case array([JSONValue])
  case object(JSONObject)

  var objectValue: JSONObject? {
    if case .object(let object) = self { return object }
    return nil
  }

  var arrayValue: [JSONValue]? {
    if case .array(let array) = self { return array }
    return nil
  }

  var stringValue: String? {
    switch self {
    case .string(let string): return string
    case .text(let text): return text.string
    case .located(let literal): return String(decoding: literal.bytes, as: UTF8.self)
    default: return nil
    }
  }

  /// The UTF-8 bytes of a string value.
  var stringBytes: [UInt8]? {
    switch self {
    case .string(let string): return Array(string.utf8)
    case .text(let text): return text.utf8
    case .located(let literal): return literal.bytes
    default: return nil
    }
  }

  /// The value read as an integer the way Foundation bridges `NSNumber` to `Int`: an integral
  /// number, and `true` / `false` as 1 / 0.
  var intValue: Int? {
    switch self {
    case .number(let value): return value
    case .bool(let value): return value ? 1 : 0
    default: return nil
    }
  }
}

/// The members of a JSON object in file order.
struct JSONObject {
  private(set) var keys: [JSONKey] = []
  var values: [JSONValue] = []
  /// Whether a key is not ASCII (then keys are compared as `String`s).
  private var hasOtherKey = false

  init() {}

  /// An empty object with room for `capacity` members.
  init(capacity: Int) {
    keys.reserveCapacity(capacity)
    values.reserveCapacity(capacity)
  }

  var isEmpty: Bool { keys.isEmpty }

  /// The names of the members, in file order.
  var names: [String] { keys.map(\.string) }

  /// The value of the last member named `key`.
  subscript(key: String) -> JSONValue? {
    let wanted = JSONKey(key)
    var index = keys.count - 1
    if hasOtherKey || !wanted.isASCII {
      while index >= 0 {
        if keys[index].string == key { return values[index] }
        index -= 1
      }
      return nil
    }
    while index >= 0 {
      if keys[index] == wanted { return values[index] }
      index -= 1
    }
    return nil
  }

  /// The value of the only key, when every member has the same key (a one-key dictionary).
  var onlyValue: JSONValue? {
    guard let first = keys.first else { return nil }
    let same =
      hasOtherKey
      ? keys.allSatisfy { $0.string == first.string } : keys.allSatisfy { $0 == first }
    return same ? values.last : nil
  }

  mutating func append(key: String, value: JSONValue) {
    append(key: JSONKey(key), value: value)
  }

  mutating func append(key: JSONKey, value: JSONValue) {
    if !key.isASCII { hasOtherKey = true }
    keys.append(key)
    values.append(value)
  }

  /// The former lookup, by `String` comparison of every key (kept for the tests).
  func generalLookup(_ key: String) -> JSONValue? {
    let names = names
    var index = names.count - 1
    while index >= 0 {
      if names[index] == key { return values[index] }
      index -= 1
    }
    return nil
  }
}
