import Corpus
import Extraction

/// Hand-written encoding of the most numerous values of a record (sentences, their spans and
/// byte ranges), the same bytes their synthesized `Codable` conformances give through
/// `RecordEncoder`, without the generic containers (the round-trip tests compare the two).
extension RecordWriter {
  /// Encodes `value` directly when it is one of the fast-path types; false otherwise.
  func fastValue<T>(_ value: T) -> Bool {
    guard usesFastPaths else { return false }
    if T.self == DocumentRecord.self {
      buffer.record(value as! DocumentRecord)
    } else if T.self == Document.self {
      buffer.document(value as! Document)
    } else if T.self == FundingRelation.self {
      buffer.funding(value as! FundingRelation)
    } else if T.self == MentionFacts.self {
      buffer.facts(value as! MentionFacts)
    } else if T.self == Mention.self {
      buffer.mention(value as! Mention)
    } else if T.self == Sentence.self {
      buffer.sentence(value as! Sentence)
    } else if T.self == SourceSpan.self {
      buffer.span(value as! SourceSpan)
    } else if T.self == Range<Int>.self {
      buffer.range(value as! Range<Int>)
    } else {
      return false
    }
    return true
  }
}

extension RecordBuffer {
  mutating func sentence(_ sentence: Sentence) {
    withUnsafePointer(to: sentence) { self.sentence(at: $0) }
  }

  /// A sentence read in place: its text and file go to the string table by their address (a
  /// hit of its cache neither copies nor retains them).
  mutating func sentence(at sentence: UnsafePointer<Sentence>) {
    let slot = openKeyed()
    name("text")
    string(at: sentence.pointer(to: \.text)!)
    name("span")
    let span = sentence.pointer(to: \.span)!
    let spanSlot = openKeyed()
    name("file")
    string(at: span.pointer(to: \.file)!)
    name("line")
    signed(Int64(span.pointee.line))
    name("byteRange")
    range(span.pointee.byteRange)
    closeContainer(spanSlot)
    closeContainer(slot)
  }

  mutating func span(_ span: SourceSpan) {
    let slot = openKeyed()
    name("file")
    string(span.file)
    name("line")
    signed(Int64(span.line))
    name("byteRange")
    range(span.byteRange)
    closeContainer(slot)
  }

  mutating func range(_ range: Range<Int>) {
    let slot = openUnkeyed()
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
    if T.self == SourceEntry.self { return try sourceEntry(at: offset) as? T }
    return nil
  }

  /// Calls `body` with the key index and value offset of each entry of a keyed container.
  func forEachEntry(at offset: Int, _ body: (Int, Int) throws -> Void) throws {
    let range = try container(at: offset, tag: RecordTag.keyed)
    var position = range.lowerBound
    while position < range.upperBound {
      let key = Int(try varint(&position))
      try body(key, position)
      position = try skip(position)
    }
  }

  func key(_ index: Int, is name: StaticString) -> Bool {
    string(
      index: index,
      equals: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
  }

  func sentence(at offset: Int) throws -> Sentence {
    var text: String?
    var span: SourceSpan?
    try forEachEntry(at: offset) { key, value in
      if self.key(key, is: "text") {
        text = try string(at: value)
      } else if self.key(key, is: "span") {
        span = try self.span(at: value)
      }
    }
    guard let text, let span else { throw RecordSource.corrupted("sentence") }
    return Sentence(text: text, span: span)
  }

  func span(at offset: Int) throws -> SourceSpan {
    var file: String?
    var line: Int?
    var byteRange: Range<Int>?
    try forEachEntry(at: offset) { key, value in
      if self.key(key, is: "file") {
        file = try string(at: value)
      } else if self.key(key, is: "line") {
        line = try integer(Int.self, at: value)
      } else if self.key(key, is: "byteRange") {
        byteRange = try range(at: value)
      }
    }
    guard let file, let line, let byteRange else { throw RecordSource.corrupted("span") }
    return SourceSpan(file: file, line: line, byteRange: byteRange)
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
