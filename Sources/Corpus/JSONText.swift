/// A string value as the file writes it, decoded only when read: a record holds many strings
/// no reader looks at (schema URLs, references, JO numbers), which then cost no `String`.
///
/// The literal was checked when parsed (escapes valid, no control character), so decoding it
/// cannot fail.
struct JSONText {
  /// The bytes the literal lies in.
  let bytes: [UInt8]
  /// The literal's content (after the opening quote, before the closing one).
  private let start: UInt32
  private let end: UInt32
  /// Whether the content holds an escape (else its bytes are the text's).
  let isEscaped: Bool

  /// The literal whose content is `bytes[range]`, nil when the offsets do not fit 32 bits.
  init?(bytes: [UInt8], range: Range<Int>, isEscaped: Bool) {
    guard let start = UInt32(exactly: range.lowerBound), let end = UInt32(exactly: range.upperBound)
    else { return nil }
    self.bytes = bytes
    self.start = start
    self.end = end
    self.isEscaped = isEscaped
  }

  var range: Range<Int> { Int(start)..<Int(end) }

  /// The decoded text.
  var string: String {
    guard isEscaped else { return String(decoding: bytes[range], as: UTF8.self) }
    var parser = JSONParser(bytes: bytes)
    parser.index = range.lowerBound - 1
    return (try? parser.string()) ?? ""
  }

  /// The decoded text's UTF-8 bytes.
  var utf8: [UInt8] { isEscaped ? Array(string.utf8) : Array(bytes[range]) }
}
