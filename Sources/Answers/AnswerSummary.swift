/// One-line summaries cut from a source sentence around what matters in it.
public enum AnswerSummary {
  /// `sentence` shortened to about `width` characters around `focus` (UTF-8 offsets), cut at
  /// word boundaries, with "…" where text was left out.
  public static func around(
    _ sentence: String, focus: Range<Int>? = nil, width: Int = 160
  ) -> String {
    let text = Array(sentence.split(whereSeparator: \.isNewline).joined(separator: " "))
    guard text.count > width else { return String(text).trimmed }
    let center = focus.map { characterOffset(ofUTF8: $0.lowerBound, in: sentence) } ?? 0
    var start = max(0, min(center - width / 3, text.count - width))
    var end = min(text.count, start + width)
    while start > 0, !text[start - 1].isWhitespace { start += 1 }
    while end < text.count, end > start, !text[end].isWhitespace { end -= 1 }
    guard end > start else { return String(text.prefix(width)) + "…" }
    let body = String(text[start..<end]).trimmed
    return (start > 0 ? "…" : "") + body + (end < text.count ? "…" : "")
  }

  static func characterOffset(ofUTF8 offset: Int, in text: String) -> Int {
    var count = 0
    var bytes = 0
    for character in text {
      if bytes >= offset { break }
      bytes += character.utf8.count
      count += 1
    }
    return count
  }

  /// The UTF-8 range of `needle` in `text`, when it occurs.
  public static func utf8Range(of needle: String, in text: String) -> Range<Int>? {
    guard !needle.isEmpty, let range = text.range(of: needle) else { return nil }
    let lower = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    return lower..<(lower + needle.utf8.count)
  }
}

extension String {
  var trimmed: String {
    var view = Substring(self)
    while let first = view.first, first.isWhitespace || first.isNewline { view.removeFirst() }
    while let last = view.last, last.isWhitespace || last.isNewline { view.removeLast() }
    return String(view)
  }
}
