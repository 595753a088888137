import Corpus

/// Hand-written encoding of the most numerous values of a record (sentences, their spans and
/// byte ranges), the same bytes their synthesized `Codable` conformances give through
/// `RecordEncoder`, without the generic containers (the round-trip tests compare the two).
extension RecordWriter {
  /// Encodes `value` directly when it is one of the fast-path types; false otherwise.
  func fastValue<T>(_ value: T) -> Bool {
    if T.self == Sentence.self {
      sentence(value as! Sentence)
    } else if T.self == SourceSpan.self {
      span(value as! SourceSpan)
    } else if T.self == Range<Int>.self {
      range(value as! Range<Int>)
    } else {
      return false
    }
    return true
  }

  private func openKeyed() -> Int {
    body.append(RecordTag.keyed)
    let slot = body.count
    body.append(contentsOf: [0, 0, 0, 0])
    return slot
  }

  private func closeContainer(_ slot: Int) {
    let length = UInt32(truncatingIfNeeded: body.count - slot - 4)
    for byte in 0..<4 {
      body[slot + byte] = UInt8(truncatingIfNeeded: length >> (8 * byte))
    }
  }

  func sentence(_ sentence: Sentence) {
    let slot = openKeyed()
    varint(UInt64(index(of: "text")))
    string(sentence.text)
    varint(UInt64(index(of: "span")))
    span(sentence.span)
    closeContainer(slot)
  }

  func span(_ span: SourceSpan) {
    let slot = openKeyed()
    varint(UInt64(index(of: "file")))
    string(span.file)
    varint(UInt64(index(of: "line")))
    signed(Int64(span.line))
    varint(UInt64(index(of: "byteRange")))
    range(span.byteRange)
    closeContainer(slot)
  }

  func range(_ range: Range<Int>) {
    body.append(RecordTag.unkeyed)
    let slot = body.count
    body.append(contentsOf: [0, 0, 0, 0])
    signed(Int64(range.lowerBound))
    signed(Int64(range.upperBound))
    closeContainer(slot)
  }
}

/// The decoding side of `RecordWriter.fastValue`.
extension RecordSource {
  /// Decodes `T` directly when it is one of the fast-path types; nil otherwise.
  func fastValue<T>(_ type: T.Type, at offset: Int) throws -> T? {
    if T.self == Sentence.self { return try sentence(at: offset) as? T }
    if T.self == SourceSpan.self { return try span(at: offset) as? T }
    if T.self == Range<Int>.self { return try range(at: offset) as? T }
    return nil
  }

  /// The value offsets of a keyed container's entries whose keys are `names`, in that order.
  private func entries(at offset: Int, _ names: [StaticString]) throws -> [Int] {
    let range = try container(at: offset, tag: RecordTag.keyed)
    var found = [Int](repeating: -1, count: names.count)
    var position = range.lowerBound
    while position < range.upperBound {
      let key = Int(try varint(&position))
      for (slot, name) in names.enumerated() where found[slot] < 0 {
        let utf8 = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        if string(index: key, equals: utf8) { found[slot] = position }
      }
      position = try skip(position)
    }
    guard !found.contains(-1) else { throw RecordSource.corrupted("missing field") }
    return found
  }

  func sentence(at offset: Int) throws -> Sentence {
    let fields = try entries(at: offset, ["text", "span"])
    return Sentence(text: try string(at: fields[0]), span: try span(at: fields[1]))
  }

  func span(at offset: Int) throws -> SourceSpan {
    let fields = try entries(at: offset, ["file", "line", "byteRange"])
    return SourceSpan(
      file: try string(at: fields[0]), line: try integer(Int.self, at: fields[1]),
      byteRange: try range(at: fields[2]))
  }

  func range(at offset: Int) throws -> Range<Int> {
    let content = try container(at: offset, tag: RecordTag.unkeyed)
    var position = content.lowerBound
    let lower = try integer(Int.self, at: position)
    position = try skip(position)
    let upper = try integer(Int.self, at: position)
    guard try skip(position) == content.upperBound, lower <= upper else {
      throw RecordSource.corrupted("range")
    }
    return lower..<upper
  }
}
