import Foundation
import FrenchText

/// Reads the data.senat.fr questions CSV (formats.md §2.1: `questions-depuis-un-an.csv`):
/// Latin-1 (or UTF-8), separator detected from the header, columns found by header name, `%`
/// comment lines reported, trailing empty columns ignored. One document per row, metadata only
/// (the CSV holds no text): kind question, its title as the only section.
public struct SenatCSVReader: DocumentReader {
  public let format = "senat-csv"

  public init() {}

  /// The header names that identify the file (compared without case or accents).
  static let requiredColumns = ["nature", "numero", "titre", "date de publication jo"]

  public func recognizes(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { Self.recognizes(scanning: $0) }
      ?? Self.recognizes(bytes: Array(text.utf8))
  }

  /// True when the first line that is neither blank nor a `%` comment names the columns.
  public static func recognizes(bytes: [UInt8]) -> Bool { recognizes(scanning: bytes) }

  static func recognizes<Bytes: RandomAccessCollection<UInt8>>(scanning bytes: Bytes)
    -> Bool
  where Bytes.Index == Int {
    var start = bytes.startIndex + (bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
    while start < bytes.endIndex {
      let end = lineEnd(bytes, from: start)
      let line = bytes[start..<end]
      if line.first != 0x25, line.contains(where: { $0 > 0x20 }) {
        guard line.count < 4096 else { return false }
        let copy = ArraySlice(line)
        guard asciiContains(copy, "nature"), asciiContains(copy, "titre") else { return false }
        let folded = SenatCSVColumns.fold(decode(copy))
        return requiredColumns.allSatisfy { folded.contains($0) }
      }
      start = end + 1
    }
    return false
  }

  /// The index of the first line feed from `start` on, or the end (found by `memchr` when the
  /// bytes are contiguous).
  private static func lineEnd<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, from start: Int
  ) -> Int where Bytes.Index == Int {
    let found = bytes[start...].withContiguousStorageIfAvailable { buffer -> Int in
      guard let base = buffer.baseAddress, let hit = memchr(base, 0x0A, buffer.count) else {
        return buffer.count
      }
      return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }
    if let found { return start + found }
    return bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
  }

  /// Whether `line` contains the lower-case ASCII `word`, in any case: each place where the
  /// first letter is found is compared with the rest, on the line's bytes.
  static func asciiContains(_ line: ArraySlice<UInt8>, _ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard count > 0 else { return true }
    guard line.count >= count else { return false }
    return word.withUTF8Buffer { pattern in
      line.withUnsafeBufferPointer { buffer in
        let first = pattern[0]
        let last = buffer.count - count
        var index = 0
        while index <= last {
          // The next byte that is the first letter in either case, found by `memchr`.
          index = Self.nextByte(buffer, from: index, first, first & 0xDF)
          guard index <= last else { return false }
          guard buffer[index] | 0x20 == first else { return false }
          var offset = 1
          while offset < count, buffer[index + offset] | 0x20 == pattern[offset] { offset += 1 }
          if offset == count { return true }
          index += 1
        }
        return false
      }
    }
  }

  /// The index of the first byte from `start` on that is `one` or `other` (or the count).
  private static func nextByte(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, _ one: UInt8, _ other: UInt8
  ) -> Int {
    guard let base = buffer.baseAddress, start < buffer.count else { return buffer.count }
    var end = buffer.count
    if let found = memchr(base + start, Int32(one), end - start) {
      end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
    if other != one, let found = memchr(base + start, Int32(other), end - start) {
      end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
    return end
  }

  /// `asciiContains` as first written: the general path, kept for the tests.
  static func generalASCIIContains(_ line: ArraySlice<UInt8>, _ word: String) -> Bool {
    let pattern = Array(word.utf8)
    guard line.count >= pattern.count else { return false }
    var index = line.startIndex
    while index + pattern.count <= line.endIndex {
      var matched = true
      for offset in 0..<pattern.count where line[index + offset] | 0x20 != pattern[offset] {
        matched = false
        break
      }
      if matched { return true }
      index += 1
    }
    return false
  }

  public func read(_ text: String, file: CorpusFile) -> LoadOutcome {
    read(bytes: Array(text.utf8), file: file)
  }

  /// Reads the raw bytes (Latin-1 unless they are valid UTF-8).
  public func read(bytes: [UInt8], file: CorpusFile) -> LoadOutcome {
    let isUTF8 = ContentCheck.firstInvalidUTF8Offset(bytes) == nil
    let table = CSVTable(bytes: bytes)
    var outcome = LoadOutcome()
    for line in table.commentLines {
      outcome.diagnostics.append(
        Diagnostic(file: file.path, line: line, message: "comment line skipped (starts with %)"))
    }
    guard let header = table.header else { return outcome }
    let columns = SenatCSVColumns(
      names: header.cells.map { Self.decode(bytes[$0], utf8: isUTF8) })
    let source = SourceText(bytes: bytes, path: file.path)
    for row in table.rows {
      let cells = SenatCSVRow(bytes: bytes, cells: row.cells, columns: columns, utf8: isUTF8)
      guard let document = cells.document(file: file, format: format, source: source) else {
        outcome.diagnostics.append(
          Diagnostic(file: file.path, line: row.line, message: "row skipped: no question number"))
        continue
      }
      outcome.documents.append(document)
    }
    return outcome
  }

  static func decode(_ bytes: ArraySlice<UInt8>, utf8: Bool? = nil) -> String {
    let isUTF8 = utf8 ?? (ContentCheck.firstInvalidUTF8Offset(Array(bytes)) == nil)
    return isUTF8 ? String(decoding: bytes, as: UTF8.self) : Latin1Text.string(bytes)
  }
}
