import Foundation
import FrenchText

/// Typed access to a decoded open-data JSON object, tolerant of the record's variations: "one
/// or many" lists, `null` blocks, numbers written as strings.
///
/// The object is a node of a `JSONTape`; a path of up to three keys is looked up without
/// allocating, and a date or a number written as plain digits is read from the file's bytes.
struct JSONFields {
  let tape: JSONTape
  /// The index of the object's node in `tape`.
  let node: Int

  /// The object at `node` of `tape`, nil when it is not an object.
  init?(tape: JSONTape, node: Int?) {
    guard let node, tape.nodes[node].kind == .object else { return nil }
    self.tape = tape
    self.node = node
  }

  init(_ object: JSONObject) {
    tape = JSONTape(value: .object(object))
    node = 0
  }

  init?(_ value: JSONValue?) {
    guard let value, value.objectValue != nil else { return nil }
    tape = JSONTape(value: value)
    node = 0
  }

  /// An object decoded by Foundation (`JSONSerialization`, or an XML record built like it).
  init(foundation object: [String: Any]) {
    tape = JSONTape(foundation: object)
    node = 0
  }

  /// Whether the object has a member named `key` (null included).
  func has(_ key: String) -> Bool { tape.member(key, of: node) != nil }

  /// The string value of `key` as written (untrimmed), nil for another type.
  func rawString(_ key: String) -> String? {
    tape.member(key, of: node).flatMap { tape.string(at: $0) }
  }

  /// The UTF-8 bytes of the string value of `key` as written (untrimmed), nil for another type.
  func rawBytes(_ key: String) -> [UInt8]? {
    tape.member(key, of: node).flatMap { tape.stringBytes(at: $0) }
  }

  /// The node at a path of keys (the later ones nil when the path is shorter), nil when a step
  /// is missing or not an object.
  private func value(_ first: String, _ second: String?, _ third: String?) -> Int? {
    guard var current = tape.member(first, of: node) else { return nil }
    guard let second else { return current }
    guard let next = tape.member(second, of: current) else { return nil }
    current = next
    guard let third else { return current }
    return tape.member(third, of: current)
  }

  /// The object at a path of keys, or nil when a step is missing or null.
  func object(_ first: String, _ second: String? = nil, _ third: String? = nil) -> JSONFields? {
    JSONFields(tape: tape, node: value(first, second, third))
  }

  /// The trimmed, non-empty string at a path (numbers accepted).
  func string(_ first: String, _ second: String? = nil, _ third: String? = nil) -> String? {
    text(value(first, second, third))
  }

  func int(_ first: String, _ second: String? = nil, _ third: String? = nil) -> Int? {
    guard let index = value(first, second, third) else { return nil }
    if let digits = plainBytes(index), let number = Self.digits(digits) { return number }
    if let number = tape.int(at: index) { return number }
    return text(index).flatMap { Int($0) }
  }

  func date(_ first: String, _ second: String? = nil, _ third: String? = nil) -> CalendarDate? {
    guard let index = value(first, second, third) else { return nil }
    if let written = plainBytes(index), written.count == 10,
      let date = Self.isoDate(utf8: written) ?? Self.slashDate(utf8: written)
    {
      return date.isValid ? date : nil
    }
    return text(index).flatMap { text in
      if let date = Self.isoDate(text) ?? Self.slashDate(text) {
        return date.isValid ? date : nil
      }
      return CalendarDate(parsing: text)
    }
  }

  /// The bytes of a string node written without escape, nil for another node.
  private func plainBytes(_ index: Int) -> ArraySlice<UInt8>? {
    let node = tape.nodes[index]
    return node.kind == .text ? tape.bytes[node.start..<node.end] : nil
  }

  /// The value of 1 to 18 decimal digits (as `Int(_:)` reads them), nil for other bytes.
  static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
    guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
    var value = 0
    for byte in bytes {
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }

  /// The objects of a "one or many" element: a bare object, an array of objects, or null.
  func list(_ first: String, _ second: String? = nil, _ third: String? = nil) -> [JSONFields] {
    guard let current = value(first, second, third) else { return [] }
    if tape.nodes[current].kind == .array {
      return tape.elements(of: current).compactMap { JSONFields(tape: tape, node: $0) }
    }
    return JSONFields(tape: tape, node: current).map { [$0] } ?? []
  }

  /// The strings of a "one or many" element.
  func strings(_ first: String, _ second: String? = nil, _ third: String? = nil) -> [String] {
    guard let current = value(first, second, third) else { return [] }
    if tape.nodes[current].kind == .array {
      return tape.elements(of: current).compactMap { text($0) }
    }
    return text(current).map { [$0] } ?? []
  }

  /// The string or integer at `index` as `text(_:)` reads it.
  private func text(_ index: Int?) -> String? {
    guard let index else { return nil }
    let raw: String
    if let string = tape.string(at: index) {
      raw = string
    } else if let number = tape.int(at: index) {
      raw = String(number)
    } else {
      return nil
    }
    return Self.trimmedText(raw)
  }

  /// The date of a text written exactly "YYYY-MM-DD" (the open-data form), read as
  /// `CalendarDate(parsing:)` reads it but without splitting strings; nil for another form.
  static func isoDate(_ text: String) -> CalendarDate? { isoDate(utf8: text.utf8) }

  /// `isoDate(_:)` on UTF-8 bytes.
  static func isoDate(utf8: some Collection<UInt8>) -> CalendarDate? {
    guard let (first, second, third) = numbers(utf8, separator: 0x2D, at: 4, 7) else { return nil }
    return CalendarDate(year: first, month: second, day: third)
  }

  /// The three decimal numbers of a ten-byte `text` split by `separator` at `first` and
  /// `second` (no allocation), nil when it is not written so.
  private static func numbers(
    _ utf8: some Collection<UInt8>, separator: UInt8, at first: Int, _ second: Int
  ) -> (Int, Int, Int)? {
    guard utf8.count == 10 else { return nil }
    var fields = (0, 0, 0)
    var field = 0
    var offset = 0
    for byte in utf8 {
      if offset == first || offset == second {
        guard byte == separator else { return nil }
        field += 1
      } else {
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        let digit = Int(byte - 0x30)
        switch field {
        case 0: fields.0 = fields.0 * 10 + digit
        case 1: fields.1 = fields.1 * 10 + digit
        default: fields.2 = fields.2 * 10 + digit
        }
      }
      offset += 1
    }
    return fields
  }

  /// The date of a text written exactly "DD/MM/YYYY" (the other open-data form), read as
  /// `CalendarDate(parsing:)` reads it but without splitting strings; nil for another form.
  static func slashDate(_ text: String) -> CalendarDate? { slashDate(utf8: text.utf8) }

  /// `slashDate(_:)` on UTF-8 bytes.
  static func slashDate(utf8: some Collection<UInt8>) -> CalendarDate? {
    guard let (first, second, third) = numbers(utf8, separator: 0x2F, at: 2, 5) else { return nil }
    return CalendarDate(year: third, month: second, day: first)
  }

  /// A string, or an integer written in decimal, trimmed; nil when empty.
  static func text(_ value: JSONValue?) -> String? {
    let raw: String
    if let string = value?.stringValue {
      raw = string
    } else if let number = value?.intValue {
      raw = String(number)
    } else {
      return nil
    }
    return trimmedText(raw)
  }

  /// `raw` itself when its ends are not white space, else `trimmed(_:)`.
  static func trimmedText(_ raw: String) -> String? {
    if let first = raw.utf8.first, let last = raw.utf8.last, first > 0x20, last > 0x20 {
      return raw
    }
    return trimmed(raw)
  }

  /// `raw` trimmed of white space and line breaks (Unicode's), nil when nothing is left: ASCII
  /// ends are trimmed here, other ones by Foundation.
  static func trimmed(_ raw: String) -> String? {
    let utf8 = raw.utf8
    let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
    guard let start = utf8.firstIndex(where: { !isSpace($0) }) else { return nil }
    let end = utf8.lastIndex(where: { !isSpace($0) }) ?? start
    guard utf8[start] < 0x80, utf8[end] < 0x80 else {
      let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
      return trimmed.isEmpty ? nil : trimmed
    }
    return String(decoding: utf8[start...end], as: UTF8.self)
  }
}
