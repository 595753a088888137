import Foundation
import FrenchText

/// The original bytes of a text file with its lines, so that readers can pick lines and turn
/// repaired paragraphs into sentences whose spans point back into the file.
struct SourceText {
  let path: String
  let bytes: [UInt8]
  /// The byte range of each line, without its line break (a leading byte-order mark excluded).
  let lines: [Range<Int>]
  /// For a window of a larger file (one record of a bulk file): the file offset of `bytes[0]`
  /// and the number of lines before it. Only `lineNumber(at:)` and `sentences(from:)` apply.
  private(set) var baseOffset = 0
  private(set) var baseLine = 0

  /// A window of a file: `bytes` start at file offset `offset`, on line `firstLine` (1-based).
  init(window bytes: [UInt8], offset: Int, firstLine: Int, path: String) {
    self.init(bytes: bytes, path: path)
    baseOffset = offset
    baseLine = firstLine - 1
  }

  init(text: String, path: String) {
    self.init(bytes: Array(text.utf8), path: path)
  }

  init(bytes: [UInt8], path: String) {
    self.path = path
    self.bytes = bytes
    lines = Self.lines(of: bytes)
  }

  /// The byte range of each line (line breaks found with `memchr`).
  private static func lines(of bytes: [UInt8]) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    // Room for a line per 64 bytes (grown from there as needed): grown by doubling from
    // empty, the array was reallocated about ten times for a page.
    lines.reserveCapacity(bytes.count / 64 + 1)
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      while start < buffer.count, let found = memchr(base + start, 0x0A, buffer.count - start) {
        let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        lines.append(start..<index)
        start = index + 1
      }
    }
    lines.append(start..<bytes.count)
    return lines
  }

  /// The text of line `index` (0-based), without its line break.
  func string(line index: Int) -> String {
    guard lines.indices.contains(index) else { return "" }
    return TextRepairString.make(bytes, lines[index])
  }

  /// The text of line `index` trimmed of spaces (and a final carriage return).
  func trimmed(line index: Int) -> String {
    guard lines.indices.contains(index) else { return "" }
    let (range, needsFoundation) = trimmedRange(line: index)
    // `TextRepairString`: the `String` that `String(decoding:as:)` gives, checked faster.
    guard needsFoundation else { return TextRepairString.make(bytes, range) }
    return TextRepairString.make(bytes, Self.spaceTrimmed(bytes, range))
  }

  /// `text` trimmed of `spaces`, as `text.trimmingCharacters(in: spaces)` gives it (the spaces
  /// are whole scalars of one UTF-16 unit each, trimmed on the UTF-8 bytes).
  static func trimmingSpaces(_ text: some StringProtocol) -> String {
    let text = Substring(text)
    let trimmed = text.utf8.withContiguousStorageIfAvailable { buffer in
      String(
        decoding: UnsafeBufferPointer(rebasing: buffer[spaceTrimmed(buffer, 0..<buffer.count)]),
        as: UTF8.self)
    }
    if let trimmed { return trimmed }
    let bytes = Array(text.utf8)
    return String(decoding: bytes[spaceTrimmed(bytes, 0..<bytes.count)], as: UTF8.self)
  }

  /// `range` of `bytes` (valid UTF-8) without the `spaces` at its ends.
  static func spaceTrimmed<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, _ range: Range<Int>
  ) -> Range<Int> where Bytes.Index == Int {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper {
      let byte = bytes[lower]
      if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C {
        lower += 1
      } else if byte == 0xC2, lower + 1 < upper, bytes[lower + 1] == 0xA0 {
        lower += 2
      } else if byte == 0xE2, lower + 2 < upper, bytes[lower + 1] == 0x80, bytes[lower + 2] == 0xAF
      {
        lower += 3
      } else {
        break
      }
    }
    while upper > lower {
      let byte = bytes[upper - 1]
      if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C {
        upper -= 1
      } else if byte == 0xA0, upper - 2 >= lower, bytes[upper - 2] == 0xC2 {
        upper -= 2
      } else if byte == 0xAF, upper - 3 >= lower, bytes[upper - 3] == 0xE2, bytes[upper - 2] == 0x80
      {
        upper -= 3
      } else {
        break
      }
    }
    return lower..<upper
  }

  /// The bytes of line `index` (a valid index) without the ASCII spaces `trimmed(line:)` removes
  /// first, and whether it then trims more (a no-break space may open or end them): when not,
  /// `trimmed(line:)` is the text of the range.
  func trimmedRange(line index: Int) -> (range: Range<Int>, needsFoundation: Bool) {
    var lower = lines[index].lowerBound
    var upper = lines[index].upperBound
    while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 || bytes[lower] == 0x0C {
      lower += 1
    }
    while upper > lower,
      bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D
    {
      upper -= 1
    }
    guard upper > lower else { return (lower..<upper, false) }
    let first = bytes[lower]
    let last = bytes[upper - 1]
    return (lower..<upper, first == 0xC2 || first == 0xE2 || last == 0xA0 || last == 0xAF)
  }

  /// Whether `bytes[range]` starts with the ASCII `prefix`, compared in lower case.
  func startsWithLowercased(_ range: Range<Int>, _ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard range.count >= count else { return false }
    return prefix.withUTF8Buffer { expected in
      for offset in 0..<count where bytes[range.lowerBound + offset] | 0x20 != expected[offset] {
        return false
      }
      return true
    }
  }

  /// The classified line `index`, for the unwrapper.
  func unwrapLine(_ index: Int) -> LineUnwrapper.Line {
    guard lines.indices.contains(index) else { return .empty }
    return LineUnwrapper.classify(bytes, line: lines[index])
  }

  /// 1-based line number of the byte at `offset`.
  func lineNumber(at fileOffset: Int) -> Int {
    let offset = fileOffset - baseOffset
    var low = 0
    var high = lines.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lines[middle].lowerBound <= offset { low = middle } else { high = middle - 1 }
    }
    return low + 1 + baseLine
  }

  /// The sentences of `paragraphs`, each with its span in the file.
  func sentences(from paragraphs: [TextRepairBuffer]) -> [Sentence] {
    var result: [Sentence] = []
    appendSentences(from: paragraphs, to: &result)
    return result
  }

  /// Appends the sentences of `paragraphs` to `result` (no array made per text and appended,
  /// which copied each sentence and destroyed the original).
  func appendSentences(from paragraphs: [TextRepairBuffer], to result: inout [Sentence]) {
    let splitter = SentenceSplitter()
    // Room for a sentence per 128 bytes and one per paragraph (grown from there as needed).
    let wanted = result.count + paragraphs.reduce(paragraphs.count) { $0 + $1.count / 128 }
    if wanted > result.capacity { result.reserveCapacity(Swift.max(wanted, 2 * result.capacity)) }
    for original in paragraphs {
      let paragraph = TextRepairMojibake.repaired(original)
      let bytes = paragraph.bytes
      splitter.forEachSentenceRange(in: bytes) { sentence in
        let range = Self.droppingListMarker(bytes, sentence)
        guard !range.isEmpty else { return }
        let original = paragraph.originalRange(of: range)
        result.append(
          Sentence(
            text: paragraph.text(in: range),
            span: SourceSpan(
              file: path, line: lineNumber(at: original.lowerBound), byteRange: original)))
      }
    }
  }

  /// The sentences of the lines in `range`, unwrapped with `layout` (detected when nil).
  func sentences(
    lines range: Range<Int>, layout: LineUnwrapper.Layout? = nil,
    transform: ((Int) -> LineUnwrapper.Line)? = nil
  ) -> [Sentence] {
    let clamped = range.clamped(to: 0..<lines.count)
    let items = clamped.map { transform?($0) ?? unwrapLine($0) }
    let chosen = layout ?? LineUnwrapper.layout(of: items)
    return sentences(from: LineUnwrapper().paragraphs(items, layout: chosen))
  }

  /// Drops a list marker ("-", "- ", "• ") opening a sentence.
  static func droppingListMarker(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    if lower + 1 < range.upperBound, bytes[lower] == 0x2D || bytes[lower] == 0x2A,
      bytes[lower + 1] == 0x20 || LineUnwrapper.isLetterByte(bytes[lower + 1])
    {
      lower += 1
    } else if lower + 3 < range.upperBound, bytes[lower] == 0xE2, bytes[lower + 1] == 0x80,
      bytes[lower + 2] == 0xA2
    {
      lower += 3
    }
    while lower < range.upperBound, bytes[lower] == 0x20 { lower += 1 }
    return lower..<range.upperBound
  }

  static let spaces = CharacterSet(charactersIn: " \t\r\u{0C}\u{00A0}\u{202F}")
}
