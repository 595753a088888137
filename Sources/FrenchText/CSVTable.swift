/// A delimited table read from raw bytes (ASCII-compatible encodings: UTF-8 or Latin-1): the
/// separator is detected from the header line among `;`, `|`, `,` and tab; quoted cells may hold
/// separators, doubled quotes and line breaks; lines starting with `%` are comments, kept apart
/// so that the caller can report them; columns are found by header name.
public struct CSVTable: Sendable {
  /// One cell: its byte range in the input.
  public typealias Cell = Range<Int>

  /// One row: its 1-based line and cells (quotes excluded from the ranges).
  public struct Row: Sendable {
    public var line: Int
    public var cells: [Cell]
  }

  public private(set) var separator: UInt8 = 0x3B
  public private(set) var header: Row?
  public private(set) var rows: [Row] = []
  /// The 1-based lines of `%` comment lines.
  public private(set) var commentLines: [Int] = []

  /// Splits `bytes` into rows; the first non-comment, non-blank line is the header.
  public init(bytes: [UInt8]) {
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    var detected = false
    while index < bytes.count {
      let lineEnd = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
      if bytes[index] == 0x25 {
        commentLines.append(line)
      } else if bytes[index..<lineEnd].contains(where: { $0 > 0x20 }) {
        if !detected {
          separator = Self.separator(in: bytes[index..<lineEnd])
          detected = true
        }
        let startLine = line
        let (cells, end, lines) = row(bytes, from: index)
        if header == nil {
          header = Row(line: startLine, cells: cells)
        } else {
          rows.append(Row(line: startLine, cells: cells))
        }
        line += lines
        index = end
        continue
      }
      line += 1
      index = lineEnd + 1
    }
  }

  /// The most frequent candidate separator outside quotes.
  static func separator(in line: ArraySlice<UInt8>) -> UInt8 {
    let candidates: [UInt8] = [0x3B, 0x7C, 0x09, 0x2C]
    var counts = [Int](repeating: 0, count: candidates.count)
    var quoted = false
    for byte in line {
      if byte == 0x22 { quoted.toggle() }
      if !quoted, let found = candidates.firstIndex(of: byte) { counts[found] += 1 }
    }
    let best = counts.indices.max { counts[$0] < counts[$1] } ?? 0
    return counts[best] > 0 ? candidates[best] : 0x3B
  }

  /// The cells of the row starting at `start`, the index after it and the lines it spans.
  private func row(_ bytes: [UInt8], from start: Int) -> ([Cell], Int, Int) {
    var cells: [Cell] = []
    var index = start
    var lines = 1
    while true {
      if index < bytes.count, bytes[index] == 0x22 {
        let open = index + 1
        index = open
        while index < bytes.count {
          if bytes[index] == 0x22 {
            if index + 1 < bytes.count, bytes[index + 1] == 0x22 {
              index += 2
              continue
            }
            break
          }
          if bytes[index] == 0x0A { lines += 1 }
          index += 1
        }
        cells.append(open..<min(index, bytes.count))
        index = min(index + 1, bytes.count)
        while index < bytes.count, bytes[index] != separator, bytes[index] != 0x0A { index += 1 }
      } else {
        let cellStart = index
        while index < bytes.count, bytes[index] != separator, bytes[index] != 0x0A { index += 1 }
        var end = index
        if end > cellStart, bytes[end - 1] == 0x0D { end -= 1 }
        cells.append(cellStart..<end)
      }
      guard index < bytes.count, bytes[index] == separator else { break }
      index += 1
    }
    return (cells, min(index + 1, bytes.count), lines)
  }
}
