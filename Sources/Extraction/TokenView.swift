/// Read-only helpers over a sentence's tokens: folded look-ups and pattern matches that never
/// go out of bounds.
struct TokenView: Sendable {
  let tokens: [TextToken]

  var count: Int { tokens.count }

  subscript(index: Int) -> TextToken? {
    index >= 0 && index < tokens.count ? tokens[index] : nil
  }

  func folded(_ index: Int) -> String? {
    index >= 0 && index < tokens.count ? tokens[index].folded : nil
  }

  /// The text of the token at `index`, nil out of bounds.
  func text(_ index: Int) -> String? {
    index >= 0 && index < tokens.count ? tokens[index].text : nil
  }

  /// Whether `pattern` (folded tokens) starts at `index`.
  func matches(_ pattern: [String], at index: Int) -> Bool {
    guard index >= 0, index + pattern.count <= tokens.count else { return false }
    for (offset, part) in pattern.enumerated() where tokens[index + offset].folded != part {
      return false
    }
    return true
  }

  /// The first pattern of `patterns` that ends just before `index`, and where it starts.
  func pattern<T>(endingBefore index: Int, in patterns: [([String], T)]) -> (start: Int, value: T)?
  {
    for (pattern, value) in patterns where matches(pattern, at: index - pattern.count) {
      return (index - pattern.count, value)
    }
    return nil
  }

  /// The first pattern of `patterns` that starts at `index`, and the index after it.
  func pattern<T>(startingAt index: Int, in patterns: [([String], T)]) -> (end: Int, value: T)? {
    for (pattern, value) in patterns where matches(pattern, at: index) {
      return (index + pattern.count, value)
    }
    return nil
  }

  /// The UTF-8 range covered by tokens `first...last`.
  func byteRange(_ first: Int, _ last: Int) -> Range<Int> {
    tokens[first].range.lowerBound..<tokens[last].range.upperBound
  }

  /// The tokens `first..<end` as written, with single spaces where the text had spaces.
  func phrase(_ first: Int, _ end: Int) -> String {
    var text = ""
    for index in first..<end {
      let token = tokens[index]
      if index > first, token.gap != .none { text += " " }
      text += token.text
    }
    return text
  }
}
