/// One element of the list of question records of a JSON bulk file, with its place in the file.
struct JSONRecordSlice {
  /// The element's bytes, from its "{" to its "}".
  var bytes: [UInt8]
  /// The file offset of `bytes[0]` and its 1-based line.
  var offset: Int
  var firstLine: Int
  /// True for an element of a `"question": [...]` list (a bare record); false for an element
  /// of a top-level array (a record, or a `{"question": …}` wrapper).
  var isBareRecord: Bool
}

/// Splits a JSON bulk file into its question records as a stream: the elements of a top-level
/// array, or of an array under a `"question"` key near the top (`{"question": [...]}`,
/// `{"questionsEcrites": {"question": [...]}}`), each handed over as soon as it ends. Only the
/// record being read is kept, so memory does not grow with the file. The bytes are scanned
/// once (strings, escapes and nesting), not parsed: each record is parsed on its own. The bytes
/// that cannot change the scan's state are skipped sixteen at a time (`JSONInertSkip`).
struct JSONRecordStream {
  /// A record larger than this (in bytes) stops the reading with a problem.
  var maximumRecordSize = Int.max

  private struct Container {
    var isArray: Bool
    /// For an array: whether its elements are question records.
    var holdsRecords = false
    /// For an object: whether the next string is a key; the last key read.
    var expectsKey = true
    var key: [UInt8] = []
  }

  private var buffer: [UInt8] = []
  /// The file offset of `buffer[0]`, and the index of the next byte to scan.
  private var base = 0
  private var position = 0
  private var stack: [Container] = []
  /// The depth of containers below the tracked `stack` (inside a record, or too deep to matter).
  private var untracked = 0
  private var inString = false
  private var escaped = false
  private var stringStart = 0
  private var line = 1
  private var record: (start: Int, line: Int, bare: Bool)?
  private(set) var problem: String?
  /// Whether the top-level value has been closed.
  private(set) var finished = false

  /// Reads every chunk given by `nextChunk` (nil at the end), calling `body` for each record.
  mutating func read(nextChunk: () -> [UInt8]?, body: (JSONRecordSlice) -> Void) {
    while problem == nil {
      scan(body: body)
      guard problem == nil else { return }
      // A key being read is kept (a short one: a longer key is no "question").
      let isKey =
        inString && untracked == 0 && position - stringStart <= 64
        && stack.last.map { !$0.isArray && $0.expectsKey } == true
      let keep = min(record?.start ?? position, isKey ? stringStart : position)
      if keep > 0 {
        buffer.removeFirst(keep)
        base += keep
        position -= keep
        stringStart -= keep
        if let open = record { record = (0, open.line, open.bare) }
      }
      guard let chunk = nextChunk() else { break }
      buffer.append(contentsOf: chunk)
    }
    guard problem == nil else { return }
    if !stack.isEmpty || untracked > 0 || inString {
      problem = "truncated JSON (ends inside a record list at byte \(base + buffer.count))"
    }
  }

  private mutating func scan(body: (JSONRecordSlice) -> Void) {
    while position < buffer.count, problem == nil {
      if !escaped {
        // The bytes up to the next one that matters, at vector speed.
        let stops: JSONInertSkip.Stops =
          inString ? .stringBody : untracked > 0 ? .nested : .topLevel
        let start = position
        let (next, lineFeeds) = buffer.withUnsafeBufferPointer {
          JSONInertSkip.skip($0, from: start, to: $0.count, stops: stops)
        }
        position = next
        line += lineFeeds
        if let open = record, position - open.start > maximumRecordSize {
          problem =
            "a record larger than \(RecordSize.text(maximumRecordSize)) at line \(open.line)"
          return
        }
        guard position < buffer.count else { return }
      }
      let byte = buffer[position]
      if byte == 0x0A { line += 1 }
      if inString {
        if escaped {
          escaped = false
        } else if byte == 0x5C {
          escaped = true
        } else if byte == 0x22 {
          inString = false
          endString()
        }
      } else {
        structural(byte, body: body)
      }
      position += 1
      if let open = record, position - open.start > maximumRecordSize {
        problem = "a record larger than \(RecordSize.text(maximumRecordSize)) at line \(open.line)"
      }
    }
  }

  private mutating func structural(_ byte: UInt8, body: (JSONRecordSlice) -> Void) {
    switch byte {
    case 0x22:
      inString = true
      stringStart = position + 1
    case 0x7B, 0x5B:
      open(isArray: byte == 0x5B)
    case 0x7D, 0x5D:
      close(body: body)
    case 0x3A:
      if untracked == 0, let last = stack.indices.last, !stack[last].isArray {
        stack[last].expectsKey = false
      }
    case 0x2C:
      if untracked == 0, let last = stack.indices.last, !stack[last].isArray {
        stack[last].expectsKey = true
      }
    default:
      break
    }
  }

  private mutating func endString() {
    guard untracked == 0, let last = stack.indices.last, !stack[last].isArray,
      stack[last].expectsKey
    else { return }
    let isShort = stringStart >= 0 && position - stringStart <= 32
    stack[last].key = isShort ? Array(buffer[stringStart..<position]) : []
  }

  private mutating func open(isArray: Bool) {
    if untracked > 0 {
      untracked += 1
      return
    }
    if stack.last?.holdsRecords == true {
      record = (position, line, stack.count > 1)
      untracked = 1
      return
    }
    guard stack.count < 4 else {
      untracked = 1
      return
    }
    var container = Container(isArray: isArray)
    if isArray {
      container.holdsRecords =
        stack.isEmpty || stack.last.map { !$0.isArray && $0.key == Self.questionKey } == true
    }
    stack.append(container)
  }

  private mutating func close(body: (JSONRecordSlice) -> Void) {
    if untracked > 0 {
      untracked -= 1
      if untracked == 0, let open = record {
        record = nil
        body(
          JSONRecordSlice(
            bytes: Array(buffer[open.start...position]), offset: base + open.start,
            firstLine: open.line, isBareRecord: open.bare))
      }
      return
    }
    guard stack.popLast() != nil else {
      problem =
        "invalid JSON (unbalanced \"\(Character(Unicode.Scalar(buffer[position])))\" "
        + "at byte \(base + position))"
      return
    }
    if stack.isEmpty { finished = true }
  }

  private static let questionKey = Array("question".utf8)
}
