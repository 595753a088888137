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
  var serialized: String { String(decoding: utf8, as: UTF8.self) }

  /// Compact serialisation on one line, as UTF-8 bytes.
  var utf8: [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(1024)
    write(to: &output)
    return output
  }

  func write(to output: inout [UInt8]) {
    switch self {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
    case .int(let value): output.append(contentsOf: String(value).utf8)
    case .double(let value): output.append(contentsOf: Self.format(value).utf8)
    case .string(let value): Self.writeString(value, to: &output)
    case .raw(let value): output.append(contentsOf: value.utf8)
    case .array(let values):
      output.append(UInt8(ascii: "["))
      for (index, value) in values.enumerated() {
        if index > 0 { output.append(contentsOf: ", ".utf8) }
        value.write(to: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let pairs):
      output.append(UInt8(ascii: "{"))
      for (index, pair) in pairs.enumerated() {
        if index > 0 { output.append(contentsOf: ", ".utf8) }
        Self.writeString(pair.0, to: &output)
        output.append(contentsOf: ": ".utf8)
        pair.1.write(to: &output)
      }
      output.append(UInt8(ascii: "}"))
    }
  }

  /// A finite double with at most 4 decimals, without a trailing ".0" noise.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    let rounded = (value * 10_000).rounded() / 10_000
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    return String(rounded)
  }

  /// A JSON string: `"`, `\`, and the control characters escaped, everything else (accents
  /// included) as its UTF-8 bytes. Runs of bytes that need no escape are copied whole (a byte
  /// below 0x80 is always a whole character in UTF-8, so testing bytes is testing characters).
  static func writeString(_ value: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var text = value
    text.withUTF8 { bytes in
      var start = 0
      for index in bytes.indices {
        let byte = bytes[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        start = index + 1
        switch byte {
        case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
        case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
        case UInt8(ascii: "\r"): output.append(contentsOf: "\\r".utf8)
        case UInt8(ascii: "\t"): output.append(contentsOf: "\\t".utf8)
        default:
          let hex = Array("0123456789abcdef".utf8)
          output.append(contentsOf: "\\u00".utf8)
          output.append(hex[Int(byte >> 4)])
          output.append(hex[Int(byte & 0xF)])
        }
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
    }
    output.append(UInt8(ascii: "\""))
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
