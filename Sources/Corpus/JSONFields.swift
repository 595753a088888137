import Foundation
import FrenchText

/// Typed access to a decoded open-data JSON object (`JSONSerialization` output), tolerant of
/// the record's variations: "one or many" lists, `null` blocks, numbers written as strings.
struct JSONFields {
  let object: [String: Any]

  init(_ object: [String: Any]) { self.object = object }

  init?(_ value: Any?) {
    guard let object = value as? [String: Any] else { return nil }
    self.object = object
  }

  /// The object at a path of keys, or nil when a step is missing or null.
  func object(_ path: String...) -> JSONFields? {
    var current: Any? = object
    for key in path { current = (current as? [String: Any])?[key] }
    return JSONFields(current)
  }

  /// The trimmed, non-empty string at a path (numbers accepted).
  func string(_ path: String...) -> String? {
    var current: Any? = object
    for key in path { current = (current as? [String: Any])?[key] }
    return Self.text(current)
  }

  func int(_ path: String...) -> Int? {
    var current: Any? = object
    for key in path { current = (current as? [String: Any])?[key] }
    return Self.text(current).flatMap { Int($0) }
  }

  func date(_ path: String...) -> CalendarDate? {
    var current: Any? = object
    for key in path { current = (current as? [String: Any])?[key] }
    return Self.text(current).flatMap { CalendarDate(parsing: $0) }
  }

  /// The objects of a "one or many" element: a bare object, an array of objects, or null.
  func list(_ path: String...) -> [JSONFields] {
    var current: Any? = object
    for key in path { current = (current as? [String: Any])?[key] }
    if let array = current as? [Any] { return array.compactMap { JSONFields($0) } }
    return JSONFields(current).map { [$0] } ?? []
  }

  /// The strings of a "one or many" element.
  func strings(_ path: String...) -> [String] {
    var current: Any? = object
    for key in path { current = (current as? [String: Any])?[key] }
    if let array = current as? [Any] { return array.compactMap { Self.text($0) } }
    return Self.text(current).map { [$0] } ?? []
  }

  static func text(_ value: Any?) -> String? {
    let raw: String
    if let string = value as? String {
      raw = string
    } else if let number = value as? Int {
      raw = String(number)
    } else {
      return nil
    }
    if let first = raw.utf8.first, let last = raw.utf8.last, first > 0x20, last > 0x20 {
      return raw
    }
    let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
  }
}
