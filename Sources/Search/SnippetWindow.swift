/// Cuts a sentence to a window of words around its marks and writes the marks as `[` `]`.
struct SnippetWindow {
  let bytes: [UInt8]
  let marks: [Range<Int>]
  let width: Int
  /// Byte ranges of the words (runs between ASCII whitespace; no-break spaces stay inside).
  let words: [Range<Int>]

  init(text: String, marks: [Range<Int>], width: Int) {
    self.bytes = Array(text.utf8)
    self.marks = marks
    self.width = max(1, width)
    var words: [Range<Int>] = []
    var start: Int?
    for (index, byte) in bytes.enumerated() {
      let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
      if isSpace, let begin = start {
        words.append(begin..<index)
        start = nil
      } else if !isSpace && start == nil {
        start = index
      }
    }
    if let begin = start { words.append(begin..<bytes.count) }
    self.words = words
  }

  /// The marked passage, with "… " / " …" where words were cut.
  func render() -> String {
    guard words.count > width else { return marked(0..<bytes.count) }
    let first = bestStart()
    let last = first + width - 1
    var text = marked(words[first].lowerBound..<words[last].upperBound)
    if first > 0 { text = "… " + text }
    if last < words.count - 1 { text += " …" }
    return text
  }

  /// The first word of the window holding the most marks, with up to 5 words before the first.
  private func bestStart() -> Int {
    let anchors = marks.compactMap { mark in words.firstIndex { $0.upperBound > mark.lowerBound } }
    let context = min(5, width / 4)
    var best = (start: 0, count: -1)
    for anchor in anchors {
      let start = min(max(0, anchor - context), words.count - width)
      let count = anchors.filter { $0 >= start && $0 < start + width }.count
      if count > best.count { best = (start, count) }
    }
    return best.start
  }

  /// `bytes[range]` with each mark inside it (clipped to it) wrapped in brackets.
  private func marked(_ range: Range<Int>) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(range.count + marks.count * 2 + 8)
    var cursor = range.lowerBound
    for mark in marks {
      let lower = max(mark.lowerBound, range.lowerBound)
      let upper = min(mark.upperBound, range.upperBound)
      guard lower < upper, lower >= cursor else { continue }
      output.append(contentsOf: bytes[cursor..<lower])
      output.append(UInt8(ascii: "["))
      output.append(contentsOf: bytes[lower..<upper])
      output.append(UInt8(ascii: "]"))
      cursor = upper
    }
    output.append(contentsOf: bytes[cursor..<range.upperBound])
    return String(decoding: output, as: UTF8.self)
  }
}
