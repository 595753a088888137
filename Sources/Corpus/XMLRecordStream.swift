import Foundation
import FrenchText

/// One `question` element of an open-data XML file, turned into the shape the JSON gives
/// (`JSONSerialization` output: objects, arrays for repeated elements, strings, `NSNull`), with
/// the located text of its leaves and its place in the file.
struct XMLRecord {
  var fields: [String: Any]
  /// The text leaves by element name, in file order, each byte with its file offset.
  var literals: [String: [TextRepairBuffer?]]
  /// The record's bytes, from file offset `offset`, starting on line `firstLine`.
  var bytes: [UInt8]
  var offset: Int
  var firstLine: Int
}

/// Reads open-data XML as a stream: every `question` element (the root of a per-question file,
/// or a child of the root of a bulk file such as `questionsEcrites`) is handed over as soon as
/// it ends, and the bytes before it are dropped, so that memory does not grow with the file.
struct XMLRecordStream {
  static let recordNames: Set<String> = ["question", "QUESTION"]

  private var tokenizer = XMLTokenizer()
  private var open: [String] = []
  private var recordDepth: Int?
  private var frames: [XMLElementFrame] = []
  private var recordStart: (offset: Int, line: Int)?
  private var lineCursor = (offset: 0, line: 1)
  /// A record larger than this (in bytes) stops the reading with a problem.
  var maximumRecordSize = Int.max
  /// The root element's name, once seen.
  private(set) var rootName: String?
  private(set) var problem: String?

  /// Reads every chunk given by `nextChunk` (nil at the end), calling `body` for each record.
  mutating func read(nextChunk: () -> [UInt8]?, body: (XMLRecord) -> Void) {
    while problem == nil {
      if let token = tokenizer.next() {
        handle(token, at: tokenizer.tokenStart, body: body)
        if let start = recordStart, tokenizer.offset - start.offset > maximumRecordSize {
          problem =
            "a record larger than \(RecordSize.text(maximumRecordSize)) at line \(start.line)"
        }
        continue
      }
      if tokenizer.isFinal { break }
      advanceLines(to: recordStart?.offset ?? tokenizer.offset)
      tokenizer.compact(keeping: min(recordStart?.offset ?? tokenizer.offset, lineCursor.offset))
      if tokenizer.bytes.count > maximumRecordSize {
        let place = recordStart.map { "at line \($0.line)" } ?? "at byte \(tokenizer.offset)"
        problem = "a record larger than \(RecordSize.text(maximumRecordSize)) " + place
        return
      }
      if let chunk = nextChunk() {
        if tokenizer.offset == 0, tokenizer.bytes.isEmpty {
          tokenizer.isLatin1 = XMLTokenizer.declaresLatin1(chunk)
        }
        tokenizer.append(chunk)
      } else {
        tokenizer.isFinal = true
      }
    }
    guard problem == nil else { return }
    if tokenizer.offset < tokenizer.baseOffset + tokenizer.bytes.count || !open.isEmpty {
      problem = "truncated XML (\(open.count) unclosed element(s) at byte \(tokenizer.offset))"
    } else if rootName == nil {
      problem = "no XML element"
    }
  }

  private mutating func handle(
    _ token: XMLTokenizer.Token, at start: Int, body: (XMLRecord) -> Void
  ) {
    switch token {
    case .text(let text):
      frames.indices.last.map { frames[$0].text.append(text) }
    case .start(let name, let attributes, let selfClosing):
      if rootName == nil { rootName = name }
      let local = Self.localName(name)
      if frames.isEmpty, Self.recordNames.contains(local), open.count < 2,
        recordDepth == nil || recordDepth == open.count
      {
        recordDepth = open.count
        advanceLines(to: start)
        recordStart = (start, lineCursor.line)
      }
      if recordStart != nil { frames.append(XMLElementFrame(name: local, attributes: attributes)) }
      open.append(name)
      if selfClosing { close(name, body: body) }
    case .end(let name):
      guard open.last == name else {
        problem =
          "invalid XML (</\(name)> at byte \(start) closes <\(open.last ?? "nothing")>)"
        return
      }
      close(name, body: body)
    }
  }

  private mutating func close(_ name: String, body: (XMLRecord) -> Void) {
    open.removeLast()
    guard var frame = frames.popLast() else { return }
    let (key, value) = frame.value()
    guard let parent = frames.indices.last else {
      finishRecord(frame, value: value, body: body)
      return
    }
    frames[parent].add(key: key, value: value, literal: frame.literal)
    frames[parent].absorb(frame.literals)
  }

  private mutating func finishRecord(
    _ frame: XMLElementFrame, value: Any, body: (XMLRecord) -> Void
  ) {
    guard let start = recordStart else { return }
    recordStart = nil
    let end = tokenizer.offset
    body(
      XMLRecord(
        fields: value as? [String: Any] ?? [:], literals: frame.literals,
        bytes: Array(tokenizer.window(start.offset..<end)), offset: start.offset,
        firstLine: start.line))
  }

  /// Moves the line counter to file offset `target` (within the window).
  private mutating func advanceLines(to target: Int) {
    guard target > lineCursor.offset else { return }
    for byte in tokenizer.window(lineCursor.offset..<target) where byte == 0x0A {
      lineCursor.line += 1
    }
    lineCursor.offset = target
  }

  static func localName(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }
}
