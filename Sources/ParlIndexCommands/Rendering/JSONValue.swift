import Foundation

/// A JSON value with ordered object keys, so output follows the key order of `cli.md`.
enum JSONValue: Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])
  /// Already-serialised JSON (from a Codable value), embedded as is.
  case raw(String)

  /// `.string` for a value, `.null` for nil.
  static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

  static func optional(_ number: Int?) -> JSONValue { number.map(JSONValue.int) ?? .null }

  /// Compact serialisation on one line.
  var serialized: String {
    var output = ""
    write(to: &output)
    return output
  }

  func write(to output: inout String) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .double(let value): output += Self.format(value)
    case .string(let value): Self.writeString(value, to: &output)
    case .raw(let value): output += value
    case .array(let values):
      output += "["
      for (index, value) in values.enumerated() {
        if index > 0 { output += ", " }
        value.write(to: &output)
      }
      output += "]"
    case .object(let pairs):
      output += "{"
      for (index, pair) in pairs.enumerated() {
        if index > 0 { output += ", " }
        Self.writeString(pair.0, to: &output)
        output += ": "
        pair.1.write(to: &output)
      }
      output += "}"
    }
  }

  /// A finite double with at most 4 decimals, without a trailing ".0" noise.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    let rounded = (value * 10_000).rounded() / 10_000
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    return String(rounded)
  }

  static func writeString(_ value: String, to output: inout String) {
    output += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }

  /// Serialises an `Encodable` value (a mention, a funding relation) with `JSONEncoder`, keys
  /// sorted so that the same value always prints the same bytes.
  static func encoded(_ value: some Encodable) -> JSONValue {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8)
    else { return .null }
    return .raw(text)
  }
}
