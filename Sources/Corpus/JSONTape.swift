import Foundation
import FrenchText

/// A decoded JSON document as one flat array of nodes (a tape), in file order: a container's
/// node is followed by its children (an object's as key, value pairs) and knows the index just
/// past its subtree, so that a lookup skips a member's subtree in one step. String values stay
/// byte ranges of the file, decoded only when read; nothing is allocated per value.
///
/// Lookups follow `JSONObject`'s: the last member of a key wins, keys compare by bytes when
/// ASCII, else as `String`s (canonical equivalence, as a Swift dictionary of Foundation's).
final class JSONTape {
  /// What a node holds.
  enum Kind: UInt8 {
    case null
    /// `payload` 1 for true, 0 for false.
    case bool
    /// `payload` the value when `hasInt`.
    case number
    /// A string written without escape: the bytes `start..<end`.
    case text
    /// A string written with escapes: the literal's content `start..<end`, decoded when read.
    case escapedText
    /// A decoded string: `strings[payload]`.
    case string
    /// A tracked key's string value, located: `located[payload]`.
    case located
    /// `end` is the index past the subtree; children from the next index.
    case array
    case object
    /// An object member's name written without escape: the bytes `start..<end`.
    case key
    /// An object member's name written with escapes (or decoded by Foundation):
    /// `strings[payload]`, `flag` telling whether it is ASCII.
    case keyString
  }

  /// One value (or one member name).
  struct Node {
    var payload = 0
    var start = 0
    var end = 0
    var kind: Kind
    /// A number: whether it is an `Int` exactly; a key: whether its bytes are ASCII.
    var flag = false
  }

  /// The bytes the ranges point into.
  let bytes: [UInt8]
  let nodes: [Node]
  let strings: [String]
  let located: [TextRepairBuffer]

  init(bytes: [UInt8], builder: JSONTapeBuilder) {
    self.bytes = bytes
    nodes = builder.nodes
    strings = builder.strings
    located = builder.located
  }

  /// The tape of a decoded value (a Foundation-decoded record, or a tree of the tests).
  convenience init(value: JSONValue) {
    var builder = JSONTapeBuilder()
    builder.append(value)
    self.init(bytes: [], builder: builder)
  }

  /// The tape of a value decoded by Foundation, read as `JSONValue(foundation:)` reads it.
  convenience init(foundation value: Any) {
    var builder = JSONTapeBuilder()
    builder.append(foundation: value)
    self.init(bytes: [], builder: builder)
  }

  /// The index past the subtree of node `index`.
  @inline(__always)
  func next(after index: Int) -> Int {
    let node = nodes[index]
    return node.kind == .array || node.kind == .object ? node.end : index + 1
  }

  /// The value of the last member named `key` of the object at `object`, nil when none (or
  /// when `object` is not an object).
  func member(_ key: String, of object: Int) -> Int? {
    if let found = key.utf8.withContiguousStorageIfAvailable({
      member(wanted: $0, key: key, of: object)
    }) {
      return found
    }
    var copy = key
    copy.makeContiguousUTF8()
    return copy.utf8.withContiguousStorageIfAvailable {
      member(wanted: $0, key: copy, of: object)
    } ?? nil
  }

  /// `member(_:of:)` with the key's UTF-8 bytes `wanted`: ASCII keys compared byte-wise, any
  /// other as `String`s.
  private func member(wanted: UnsafeBufferPointer<UInt8>, key: String, of object: Int) -> Int? {
    var bits: UInt8 = 0
    for byte in wanted { bits |= byte }
    let wantedIsASCII = bits < 0x80
    return nodes.withUnsafeBufferPointer { nodes in
      bytes.withUnsafeBufferPointer { all in
        guard nodes[object].kind == .object else { return nil }
        let end = nodes[object].end
        let count = wanted.count
        var found: Int?
        var index = object + 1
        while index < end {
          let name = nodes[index]
          let matches: Bool
          if name.kind == .key, name.flag, wantedIsASCII {
            matches =
              name.end - name.start == count
              && (count == 0
                || (all[name.start] == wanted[0]
                  && memcmp(all.baseAddress! + name.start, wanted.baseAddress!, count) == 0))
          } else {
            matches = keyMatches(name, wanted: wanted, wantedIsASCII: wantedIsASCII, string: key)
          }
          if matches { found = index + 1 }
          let value = nodes[index + 1]
          index = value.kind == .array || value.kind == .object ? value.end : index + 2
        }
        return found
      }
    }
  }

  private func keyMatches(
    _ name: Node, wanted: UnsafeBufferPointer<UInt8>, wantedIsASCII: Bool, string: String
  ) -> Bool {
    guard name.flag, wantedIsASCII else { return keyString(name) == string }
    guard name.kind == .key else { return strings[name.payload].utf8.elementsEqual(wanted) }
    guard name.end - name.start == wanted.count else { return false }
    return bytes[name.start..<name.end].elementsEqual(wanted)
  }

  /// The name of a key node as a `String`.
  func keyString(_ name: Node) -> String {
    name.kind == .keyString
      ? strings[name.payload] : String(decoding: bytes[name.start..<name.end], as: UTF8.self)
  }

  /// Whether two key nodes name the same member.
  func sameKey(_ lhs: Node, _ rhs: Node) -> Bool {
    guard lhs.flag, rhs.flag else { return keyString(lhs) == keyString(rhs) }
    return keyString(lhs).utf8.elementsEqual(keyString(rhs).utf8)
  }

  /// The value of the only key of the object at `object`, when every member has the same key
  /// (a one-key dictionary).
  func onlyValue(of object: Int) -> Int? {
    let end = nodes[object].end
    guard nodes[object].kind == .object, object + 1 < end else { return nil }
    let first = nodes[object + 1]
    var last = object + 2
    var index = object + 1
    while index < end {
      guard sameKey(first, nodes[index]) else { return nil }
      last = index + 1
      index = next(after: index + 1)
    }
    return last
  }

  /// The indices of the elements of the array at `array`.
  func elements(of array: Int) -> [Int] {
    var result: [Int] = []
    var index = array + 1
    let end = nodes[array].end
    while index < end {
      result.append(index)
      index = next(after: index)
    }
    return result
  }

  /// The string at `index`, nil for another type.
  func string(at index: Int) -> String? {
    let node = nodes[index]
    switch node.kind {
    // `TextRepairString`: one fast validity check, the `String` that `String(decoding:as:)` gives.
    case .text: return TextRepairString.make(bytes, node.start..<node.end)
    case .escapedText: return decoded(node)
    case .string: return strings[node.payload]
    case .located: return located[node.payload].text
    default: return nil
    }
  }

  /// The UTF-8 bytes of the string at `index`, nil for another type.
  func stringBytes(at index: Int) -> [UInt8]? {
    let node = nodes[index]
    switch node.kind {
    case .text: return Array(bytes[node.start..<node.end])
    case .escapedText: return Array(decoded(node).utf8)
    case .string: return Array(strings[node.payload].utf8)
    case .located: return located[node.payload].bytes
    default: return nil
    }
  }

  /// The number at `index` read as Foundation bridges `NSNumber` to `Int` (true / false as
  /// 1 / 0), nil for another type or a number that is no `Int`.
  func int(at index: Int) -> Int? {
    let node = nodes[index]
    switch node.kind {
    case .number: return node.flag ? node.payload : nil
    case .bool: return node.payload
    default: return nil
    }
  }

  /// The text of an escaped literal, which the parse checked (escapes valid, surrogates
  /// paired, no control character): decoded in one pass into temporary storage of the
  /// literal's length, then made a `String` by `TextRepairString` (one fast validity check
  /// instead of the standard library's, the same `String`).
  private func decoded(_ node: Node) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(node.end - node.start, 1)) {
      out in
      let count = decode(node, into: out)
      return TextRepairString.make(UnsafeBufferPointer(rebasing: out[0..<count]))
    }
  }

  /// Decodes the escaped literal of `node` into `out` (room for the literal's length); the
  /// number of bytes written.
  private func decode(_ node: Node, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
    bytes.withUnsafeBufferPointer { all in
      var count = 0
      var cursor = node.start
      while cursor < node.end {
        let byte = all[cursor]
        if byte != 0x5C {
          // The run up to the next backslash, copied at once (found by `memchr`).
          let limit = node.end - cursor
          let run =
            memchr(all.baseAddress! + cursor, 0x5C, limit).map {
              UnsafeRawPointer(all.baseAddress! + cursor).distance(to: UnsafeRawPointer($0))
            } ?? limit
          (out.baseAddress! + count).update(from: all.baseAddress! + cursor, count: run)
          count += run
          cursor += run
          continue
        }
        guard cursor + 1 < node.end else {
          out[count] = byte
          count += 1
          cursor += 1
          continue
        }
        // "\u00XX" (the accents of French text): its one or two bytes written at once.
        if cursor + 6 <= node.end, count + 2 <= out.count, all[cursor + 1] == 0x75,
          all[cursor + 2] == 0x30, all[cursor + 3] == 0x30,
          let high = JSONParser.hexValue(all[cursor + 4]),
          let low = JSONParser.hexValue(all[cursor + 5])
        {
          let value = high << 4 | low
          if value < 0x80 {
            out[count] = value
            count += 1
          } else {
            out[count] = 0xC0 | value >> 6
            out[count + 1] = 0x80 | value & 0x3F
            count += 2
          }
          cursor += 6
          continue
        }
        let scalar: Unicode.Scalar
        switch all[cursor + 1] {
        case 0x75:
          let high = Self.hex4(all, at: cursor + 2, end: node.end)
          if (0xD800..<0xDC00).contains(high) {
            let low = Self.hex4(all, at: cursor + 8, end: node.end)
            let value = 0x10000 &+ ((high &- 0xD800) << 10) &+ (low &- 0xDC00)
            scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            cursor += 12
          } else {
            scalar = Unicode.Scalar(high) ?? "\u{FFFD}"
            cursor += 6
          }
        case 0x62: (scalar, cursor) = ("\u{8}", cursor + 2)
        case 0x66: (scalar, cursor) = ("\u{C}", cursor + 2)
        case 0x6E: (scalar, cursor) = ("\n", cursor + 2)
        case 0x72: (scalar, cursor) = ("\r", cursor + 2)
        case 0x74: (scalar, cursor) = ("\t", cursor + 2)
        default: (scalar, cursor) = (Unicode.Scalar(all[cursor + 1]), cursor + 2)
        }
        for unit in UTF8.encode(scalar)! where count < out.count {
          out[count] = unit
          count += 1
        }
      }
      return count
    }
  }

  /// The value of the four hex digits at `start` (checked by the parse; 0 past `end`).
  private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> UInt32 {
    guard start + 4 <= end else { return 0 }
    var value: UInt32 = 0
    for byte in bytes[start..<start + 4] {
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte &- 0x30
      case 0x41...0x46: digit = byte &- 0x41 &+ 10
      case 0x61...0x66: digit = byte &- 0x61 &+ 10
      default: digit = 0
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }
}

/// The nodes of a tape while it is built.
struct JSONTapeBuilder {
  var nodes: [JSONTape.Node] = []
  var strings: [String] = []
  var located: [TextRepairBuffer] = []

  /// Appends an open container, whose `end` `close(_:)` sets; its index.
  mutating func open(_ kind: JSONTape.Kind) -> Int {
    nodes.append(JSONTape.Node(kind: kind))
    return nodes.count - 1
  }

  mutating func close(_ container: Int) { nodes[container].end = nodes.count }

  /// Appends a decoded string value, or (`.keyString`) a member name, its flag telling
  /// whether it is ASCII.
  mutating func append(string: String, kind: JSONTape.Kind = .string) {
    var string = string
    var isASCII = false
    if kind == .keyString {
      string.makeContiguousUTF8()
      isASCII = string.utf8.allSatisfy { $0 < 0x80 }
    }
    strings.append(string)
    nodes.append(JSONTape.Node(payload: strings.count - 1, kind: kind, flag: isASCII))
  }

  /// Appends the nodes of a decoded value.
  mutating func append(_ value: JSONValue) {
    switch value {
    case .null: nodes.append(JSONTape.Node(kind: .null))
    case .bool(let flag): nodes.append(JSONTape.Node(payload: flag ? 1 : 0, kind: .bool))
    case .number(let number):
      nodes.append(JSONTape.Node(payload: number ?? 0, kind: .number, flag: number != nil))
    case .string, .text:
      append(string: value.stringValue ?? "")
    case .located(let literal):
      located.append(literal)
      nodes.append(JSONTape.Node(payload: located.count - 1, kind: .located))
    case .array(let elements):
      let container = open(.array)
      for element in elements { append(element) }
      close(container)
    case .object(let object):
      let container = open(.object)
      for (name, member) in zip(object.names, object.values) {
        append(string: name, kind: .keyString)
        append(member)
      }
      close(container)
    }
  }

  /// Appends the nodes of a value decoded by Foundation (as `JSONValue(foundation:)`).
  mutating func append(foundation value: Any) {
    if let string = value as? String {
      append(string: string)
    } else if let object = value as? [String: Any] {
      let container = open(.object)
      for key in object.keys.sorted() {
        append(string: key, kind: .keyString)
        append(foundation: object[key] as Any)
      }
      close(container)
    } else if let array = value as? [Any] {
      let container = open(.array)
      for element in array { append(foundation: element) }
      close(container)
    } else if value is NSNull {
      nodes.append(JSONTape.Node(kind: .null))
    } else if let number = value as? NSNumber {
      let int = number as? Int
      nodes.append(JSONTape.Node(payload: int ?? 0, kind: .number, flag: int != nil))
    } else if let number = value as? Int {
      nodes.append(JSONTape.Node(payload: number, kind: .number, flag: true))
    } else {
      nodes.append(JSONTape.Node(kind: .null))
    }
  }
}
