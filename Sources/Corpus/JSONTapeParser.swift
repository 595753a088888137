import Foundation
import FrenchText

/// The parse into a `JSONTape`: the same grammar, checks and failures as `parse()` (the same
/// helpers, in the same order), but no tree: nodes are appended to one array, strings kept as
/// byte ranges (a tracked key's value still decoded and located, as `parse()` does).
extension JSONParser {
  /// The tape of the value the bytes hold, with nothing but white space around it.
  mutating func parseTape() throws(Failure) -> JSONTape {
    index = 0
    depth = 0
    literals = [:]
    // Room for every tracked key at once (grown from empty, the table was made twice).
    literals.reserveCapacity(trackedKeys.count)
    var builder = JSONTapeBuilder()
    builder.nodes.reserveCapacity(bytes.count / 24 + 8)
    try tapeValue(tracked: nil, into: &builder)
    skipSpaces()
    guard index == bytes.count else { throw fail("unexpected character after the value") }
    return JSONTape(bytes: bytes, builder: builder)
  }

  /// Appends the value at the next non-space byte; a string is also located when `tracked`
  /// names a key.
  private mutating func tapeValue(tracked: String?, into builder: inout JSONTapeBuilder)
    throws(Failure)
  {
    skipSpaces()
    guard index < bytes.count else { throw fail("unexpected end of the text") }
    switch bytes[index] {
    case 0x22:
      if let tracked {
        let literal = try trackedString()
        literals[tracked, default: []].append(literal)
        builder.located.append(literal)
        builder.nodes.append(JSONTape.Node(payload: builder.located.count - 1, kind: .located))
        return
      }
      try tapeText(into: &builder)
    case 0x7B: try tapeObject(into: &builder)
    case 0x5B: try tapeArray(tracked: tracked, into: &builder)
    case 0x74:
      try skipWord("true")
      builder.nodes.append(JSONTape.Node(payload: 1, kind: .bool))
    case 0x66:
      try skipWord("false")
      builder.nodes.append(JSONTape.Node(payload: 0, kind: .bool))
    case 0x6E:
      try skipWord("null")
      builder.nodes.append(JSONTape.Node(kind: .null))
    case 0x2D, 0x30...0x39:
      let value = try number().intValue
      builder.nodes.append(JSONTape.Node(payload: value ?? 0, kind: .number, flag: value != nil))
    default: throw fail("unexpected character")
    }
  }

  /// Appends the string whose opening quote is at `index`, checked but left undecoded.
  private mutating func tapeText(into builder: inout JSONTapeBuilder) throws(Failure) {
    index += 1
    let start = index
    index = plainEnd(from: index)
    var kind = JSONTape.Kind.text
    if index >= bytes.count || bytes[index] != 0x22 {
      index = start
      _ = try decodeString(into: nil, origins: nil).get()
      kind = .escapedText
    } else {
      index += 1
    }
    builder.nodes.append(JSONTape.Node(start: start, end: index - 1, kind: kind))
  }

  private mutating func tapeObject(into builder: inout JSONTapeBuilder) throws(Failure) {
    guard let container = try openContainer(.object, closing: 0x7D, into: &builder) else { return }
    while true {
      skipSpaces()
      guard index < bytes.count else { throw fail("unexpected end of the text in an object") }
      guard bytes[index] == 0x22 else { throw fail("expected a key in an object") }
      let tracked = try tapeKey(into: &builder)
      skipSpaces()
      guard index < bytes.count, bytes[index] == 0x3A else {
        throw fail("expected \":\" after a key")
      }
      index += 1
      try tapeValue(tracked: tracked, into: &builder)
      if try endOfMember(closing: 0x7D, in: "an object") { break }
    }
    closeContainer(container, into: &builder)
  }

  /// Appends the key whose opening quote is at `index`; the tracked key it is, if any (a key
  /// written without escapes).
  private mutating func tapeKey(into builder: inout JSONTapeBuilder) throws(Failure) -> String? {
    let start = index + 1
    let end = plainEnd(from: start)
    guard end < bytes.count, bytes[end] == 0x22 else {
      builder.append(string: try string(), kind: .keyString)
      return nil
    }
    index = end + 1
    let (isASCII, tracked) = bytes.withUnsafeBufferPointer { all in
      keyFacts(all.baseAddress! + start, count: end - start)
    }
    builder.nodes.append(JSONTape.Node(start: start, end: end, kind: .key, flag: isASCII))
    return tracked.map { trackedKeys[$0] }
  }

  /// Whether the `count` key bytes at `key` are all ASCII, and the index in `trackedKeys` of
  /// the tracked key they spell, if any (one pass over the bytes, `memcmp` for a candidate of
  /// the same length).
  @inline(__always)
  private func keyFacts(_ key: UnsafePointer<UInt8>, count: Int) -> (Bool, Int?) {
    var bits: UInt8 = 0
    for offset in 0..<count { bits |= key[offset] }
    var found: Int?
    for (position, tracked) in trackedKeyBytes.enumerated() where tracked.count == count {
      let same =
        count == 0 || tracked.withUnsafeBufferPointer { memcmp($0.baseAddress!, key, count) == 0 }
      if same {
        found = position
        break
      }
    }
    return (bits < 0x80, found)
  }

  /// An array; the leading string elements of a tracked key's array are located, up to the
  /// first element that is not a string.
  private mutating func tapeArray(tracked: String?, into builder: inout JSONTapeBuilder)
    throws(Failure)
  {
    guard let container = try openContainer(.array, closing: 0x5D, into: &builder) else { return }
    var tracking = tracked
    while true {
      skipSpaces()
      if tracking != nil, index < bytes.count, bytes[index] != 0x22 { tracking = nil }
      try tapeValue(tracked: tracking, into: &builder)
      if try endOfMember(closing: 0x5D, in: "an array") { break }
    }
    closeContainer(container, into: &builder)
  }

  /// Opens the object or array whose opening byte is at `index`: its container node, or nil when
  /// it is empty (`closing` follows at once), in which case it is already closed.
  private mutating func openContainer(
    _ kind: JSONTape.Kind, closing: UInt8, into builder: inout JSONTapeBuilder
  ) throws(Failure) -> Int? {
    try enter()
    let container = builder.open(kind)
    skipSpaces()
    guard index < bytes.count, bytes[index] == closing else { return container }
    closeContainer(container, into: &builder)
    return nil
  }

  /// Closes `container` at its closing byte, at `index`.
  private mutating func closeContainer(_ container: Int, into builder: inout JSONTapeBuilder) {
    builder.close(container)
    index += 1
    depth -= 1
  }
}
