import Foundation

/// Joins the lines of text extracted from PDFs and web pages back into paragraphs.
///
/// PDF text ends every line with a space and puts an empty line after it, so a sentence runs
/// over lines separated by empty lines, and a paragraph ends with a line holding only spaces.
/// Other texts separate paragraphs with empty lines, or (Markdown exports) write one paragraph
/// per line with an occasional hard break in mid-sentence. The unwrapper joins wrapped lines
/// with one space, repairs hyphenation at line ends, drops stray lines of "." and page marks,
/// starts a new paragraph at list items ("-l’identification…") and after short lines that look
/// like headings, and keeps, for every byte, the offset of its original byte.
public struct LineUnwrapper: Sendable {
  /// One line as the unwrapper sees it.
  public enum Line: Sendable, Hashable {
    /// A line with text, trimmed of surrounding spaces.
    case text(TextRepairBuffer)
    /// An empty line.
    case empty
    /// A form feed or a page number ("Page 2/3", "- 2 -"): ignored, the text runs on.
    case pageBreak
    /// A line holding only spaces: a paragraph end in PDF text.
    case blank
    /// A stray line holding only "." (a PDF artefact): ends the paragraph.
    case stray
    /// A break the reader imposes (a heading or a removed line).
    case hardBreak
  }

  /// How a text marks its paragraphs.
  public enum Layout: Sendable, Hashable {
    /// PDF text: an empty line after every line; lines of spaces end paragraphs.
    case pdf
    /// Paragraphs separated by empty lines, wrapped lines following each other.
    case blankLineParagraphs
    /// One paragraph per line (Markdown); a line not ending a sentence continues on the next
    /// one when that one starts in lower case.
    case linePerParagraph
  }

  public init() {}

  /// Classifies the line at `range` of `bytes` (without its line break).
  public static func classify(_ bytes: [UInt8], line range: Range<Int>) -> Line {
    var lower = range.lowerBound
    var upper = range.upperBound
    var sawSpace = false
    let hasFormFeed = containsFormFeed(bytes, range)
    while lower < upper, isTrimmable(bytes, lower) {
      sawSpace = sawSpace || bytes[lower] != 0x0C
      lower += bytes[lower] == 0xC2 ? 2 : 1
    }
    while upper > lower, isTrimmableBefore(bytes, upper) {
      sawSpace = sawSpace || bytes[upper - 1] != 0x0C
      upper -= bytes[upper - 1] == 0xA0 ? 2 : 1
    }
    if lower >= upper { return hasFormFeed ? .pageBreak : sawSpace ? .blank : .empty }
    let content = bytes[lower..<upper]
    if content.allSatisfy({ $0 == 0x2E || $0 == 0x20 }) { return .stray }
    if isPageMark(content) { return .pageBreak }
    var buffer = TextRepairBuffer()
    guard hasFormFeed else {
      buffer.append(bytes, range: lower..<upper)
      return .text(buffer)
    }
    for offset in lower..<upper where bytes[offset] != 0x0C {
      buffer.append(bytes[offset], origin: offset)
    }
    return .text(buffer)
  }

  /// Whether `bytes[range]` holds a form feed (found by `memchr`).
  private static func containsFormFeed(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    return bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      return memchr(base + range.lowerBound, 0x0C, range.count) != nil
    }
  }

  /// Guesses the layout: PDF when most pairs of text lines are separated by empty lines.
  public static func layout(of lines: [Line]) -> Layout {
    var direct = 0
    var throughEmpty = 0
    var empties = 0
    var previousWasText = false
    for line in lines {
      switch line {
      case .text:
        if previousWasText {
          if empties == 0 { direct += 1 } else { throughEmpty += 1 }
        }
        previousWasText = true
        empties = 0
      case .empty:
        empties += 1
      case .pageBreak:
        break
      case .blank, .stray, .hardBreak:
        previousWasText = false
        empties = 0
      }
    }
    return throughEmpty >= 1 && throughEmpty > direct * 2 ? .pdf : .blankLineParagraphs
  }

  /// The paragraphs of `lines`.
  public func paragraphs(_ lines: [Line], layout: Layout) -> [TextRepairBuffer] {
    // Line widths (in characters) matter to the PDF layout only.
    let widths =
      layout == .pdf
      ? lines.map { line -> Int in
        if case .text(let buffer) = line { return Self.characterCount(buffer.bytes) }
        return 0
      } : []
    let widest = widths.max() ?? 0
    var result: [TextRepairBuffer] = []
    var current = TextRepairBuffer()
    var lastLineWidth = 0
    var empties = 0
    var hard = false
    for (index, line) in lines.enumerated() {
      switch line {
      case .empty: empties += 1
      case .pageBreak: break
      case .blank, .stray, .hardBreak: hard = true
      case .text(let next):
        if current.isEmpty {
          current = next
        } else if !hard,
          joins(
            current, next, empties: empties, layout: layout, lastWidth: lastLineWidth,
            widest: widest)
        {
          Self.appendJoined(&current, next, context: lines)
        } else {
          result.append(current)
          current = next
        }
        if !widths.isEmpty { lastLineWidth = widths[index] }
        empties = 0
        hard = false
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  private func joins(
    _ current: TextRepairBuffer, _ next: TextRepairBuffer, empties: Int, layout: Layout,
    lastWidth: Int, widest: Int
  ) -> Bool {
    if Self.startsListItem(next.bytes) { return false }
    switch layout {
    case .blankLineParagraphs:
      return empties == 0
    case .linePerParagraph:
      return empties == 0 || (!Self.endsSentence(current.bytes) && Self.startsLowercase(next.bytes))
    case .pdf:
      if Self.endsSentence(current.bytes) || Self.endsWithContinuation(current.bytes) {
        return true
      }
      let short = lastWidth * 10 < widest * 7
      return !(short && Self.startsUppercase(next.bytes))
    }
  }

  /// Appends `next` to `current` with one space, or without it after a hyphenated word.
  static func appendJoined(
    _ current: inout TextRepairBuffer, _ next: TextRepairBuffer, context: [Line] = []
  ) {
    let count = current.count
    if count >= 2, current.storedBytes[count - 1] == 0x2D,
      isLetterByte(current.storedBytes[count - 2]),
      let firstNext = next.storedBytes.first, isLetterByte(firstNext)
    {
      let bytes = current.bytes
      let first = trailingWord(bytes, before: bytes.count - 1)
      let second = leadingWord(next.bytes)
      let keeps =
        LineUnwrapHyphenation.evidence(first: first, second: second, in: context)
        ?? LineUnwrapHyphenation.keepsHyphen(first: first, second: second)
      if !keeps {
        current.removeLast(1)
      }
      current.append(next)
      return
    }
    let origin = (current.origins.last ?? 0) + 1
    // Room for the space and the line at once, doubled: the first join copies the paragraph's
    // first line (shared with `lines`) once instead of growing it twice.
    let needed = count + 1 + next.count
    if current.storedBytes.capacity < needed { current.reserveCapacity(2 * needed) }
    current.append(0x20, origin: origin)
    current.append(next)
  }

  // MARK: - Byte helpers

  /// Whether `byte` can belong to a word: an ASCII letter or any byte of a non-ASCII character.
  public static func isLetterByte(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
  }

  private static func trailingWord(_ bytes: [UInt8], before end: Int) -> String {
    var start = end
    while start > 0, isLetterByte(bytes[start - 1]) { start -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  private static func leadingWord(_ bytes: [UInt8]) -> String {
    var end = 0
    while end < bytes.count, isLetterByte(bytes[end]) { end += 1 }
    return String(decoding: bytes[0..<end], as: UTF8.self)
  }

  /// The number of bytes of `bytes` that are not UTF-8 continuation bytes (10xxxxxx): eight at
  /// a time, a continuation byte being one whose bit 7 is set and bit 6 clear.
  static func characterCount(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return 0 }
      let raw = UnsafeRawPointer(base)
      var continuations = 0
      var index = 0
      while index + 8 <= buffer.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let flags = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
        // The eight 0-or-1 bytes summed into the top byte by one multiplication.
        continuations += Int((flags &* 0x0101_0101_0101_0101) >> 56)
        index += 8
      }
      while index < buffer.count {
        if buffer[index] & 0xC0 == 0x80 { continuations += 1 }
        index += 1
      }
      return buffer.count - continuations
    }
  }

  private static func isTrimmable(_ bytes: [UInt8], _ index: Int) -> Bool {
    let byte = bytes[index]
    if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C { return true }
    return byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
  }

  private static func isTrimmableBefore(_ bytes: [UInt8], _ end: Int) -> Bool {
    let byte = bytes[end - 1]
    if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C { return true }
    return byte == 0xA0 && end >= 2 && bytes[end - 2] == 0xC2
  }

  /// "Page 2/3", "Page 2 sur 3", "2/3", "- 2 -".
  private static func isPageMark(_ content: ArraySlice<UInt8>) -> Bool {
    guard content.count <= 24, let first = content.first,
      first == 0x50 || first == 0x70 || first == 0x2D || (first >= 0x30 && first <= 0x39)
    else { return false }
    let text = String(decoding: content, as: UTF8.self).lowercased()
    var rest = Substring(text)
    if rest.hasPrefix("page ") { rest = rest.dropFirst(5) }
    let parts = rest.split(whereSeparator: { $0 == "/" || $0 == " " })
    let digitsOnly = parts.allSatisfy { $0 == "sur" || $0 == "-" || $0.allSatisfy(\.isNumber) }
    let numbers = parts.filter { $0.allSatisfy(\.isNumber) }.count
    if text.hasPrefix("page ") { return digitsOnly && numbers >= 1 }
    return digitsOnly && numbers >= 1 && (text.contains("/") || text.hasPrefix("-"))
  }

  static func endsSentence(_ bytes: [UInt8]) -> Bool {
    guard let last = bytes.last else { return false }
    if last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22 { return true }
    if bytes.count >= 2, bytes[bytes.count - 2] == 0xC2, last == 0xBB { return true }
    if bytes.count >= 3, bytes[bytes.count - 3] == 0xE2, bytes[bytes.count - 2] == 0x80 {
      return last == 0xA6 || last == 0x9D
    }
    return false
  }

  private static func endsWithContinuation(_ bytes: [UInt8]) -> Bool {
    guard let last = bytes.last else { return false }
    return last == 0x2C || last == 0x3B || last == 0x3A || last == 0x28 || last == 0x2D
  }

  private static func startsListItem(_ bytes: [UInt8]) -> Bool {
    guard let first = bytes.first else { return false }
    if first == 0x2D || first == 0x2A {
      return bytes.count > 1 && (bytes[1] == 0x20 || isLetterByte(bytes[1]))
    }
    return bytes.count >= 3 && first == 0xE2 && bytes[1] == 0x80 && bytes[2] == 0xA2
  }

  private static func startsUppercase(_ bytes: [UInt8]) -> Bool {
    guard let scalar = SentenceAbbreviations.scalar(bytes, at: 0) else { return false }
    return scalar.properties.isUppercase
  }

  private static func startsLowercase(_ bytes: [UInt8]) -> Bool {
    guard let scalar = SentenceAbbreviations.scalar(bytes, at: 0) else { return false }
    return scalar.properties.isLowercase
  }
}
