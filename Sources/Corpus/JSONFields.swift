import Foundation
import FrenchText

/// Typed access to a decoded open-data JSON object, tolerant of the record's variations: "one
/// or many" lists, `null` blocks, numbers written as strings.
struct JSONFields {
  let object: JSONObject

  init(_ object: JSONObject) { self.object = object }

  init?(_ value: JSONValue?) {
    guard let object = value?.objectValue else { return nil }
    self.object = object
  }

  /// An object decoded by Foundation (`JSONSerialization`, or an XML record built like it).
  init(foundation object: [String: Any]) {
    self.object = JSONValue(foundation: object).objectValue ?? JSONObject()
  }

  /// Whether the object has a member named `key` (null included).
  func has(_ key: String) -> Bool { object[key] != nil }

  /// The string value of `key` as written (untrimmed), nil for another type.
  func rawString(_ key: String) -> String? { object[key]?.stringValue }

  /// The UTF-8 bytes of the string value of `key` as written (untrimmed), nil for another type.
  func rawBytes(_ key: String) -> [UInt8]? { object[key]?.stringBytes }

  private func value(_ path: [String]) -> JSONValue? {
    guard let last = path.last else { return nil }
    guard path.count > 1 else { return object[last] }
    var current = object
    for position in 0..<path.count - 1 {
      guard case .object(let next) = current[path[position]] else { return nil }
      current = next
    }
    return current[last]
  }

  /// The object at a path of keys, or nil when a step is missing or null.
  func object(_ path: String...) -> JSONFields? { JSONFields(value(path)) }

  /// The trimmed, non-empty string at a path (numbers accepted).
  func string(_ path: String...) -> String? { Self.text(value(path)) }

  func int(_ path: String...) -> Int? { Self.text(value(path)).flatMap { Int($0) } }

  func date(_ path: String...) -> CalendarDate? {
    Self.text(value(path)).flatMap { text in
      if let date = Self.isoDate(text) ?? Self.slashDate(text) {
        return date.isValid ? date : nil
      }
      return CalendarDate(parsing: text)
    }
  }

  /// The date of a text written exactly "YYYY-MM-DD" (the open-data form), read as
  /// `CalendarDate(parsing:)` reads it but without splitting strings; nil for another form.
  static func isoDate(_ text: String) -> CalendarDate? {
    guard let (first, second, third) = numbers(text, separator: 0x2D, at: 4, 7) else { return nil }
    return CalendarDate(year: first, month: second, day: third)
  }

  /// The three decimal numbers of a ten-byte `text` split by `separator` at `first` and
  /// `second` (no allocation), nil when it is not written so.
  private static func numbers(
    _ text: String, separator: UInt8, at first: Int, _ second: Int
  ) -> (Int, Int, Int)? {
    let utf8 = text.utf8
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
  static func slashDate(_ text: String) -> CalendarDate? {
    guard let (first, second, third) = numbers(text, separator: 0x2F, at: 2, 5) else { return nil }
    return CalendarDate(year: third, month: second, day: first)
  }

  /// The objects of a "one or many" element: a bare object, an array of objects, or null.
  func list(_ path: String...) -> [JSONFields] {
    let current = value(path)
    if let array = current?.arrayValue { return array.compactMap { JSONFields($0) } }
    return JSONFields(current).map { [$0] } ?? []
  }

  /// The strings of a "one or many" element.
  func strings(_ path: String...) -> [String] {
    let current = value(path)
    if let array = current?.arrayValue { return array.compactMap { Self.text($0) } }
    return Self.text(current).map { [$0] } ?? []
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
