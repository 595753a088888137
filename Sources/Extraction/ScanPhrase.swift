extension TokenView {
  /// `phrase(first, end)` written in one buffer of its final size: the texts of tokens
  /// `first..<end`, a single space before each one that had whitespace before it. `phrase`
  /// appended token by token, growing its string (~3 300 instructions for a minister's role).
  func joinedPhrase(_ first: Int, _ end: Int) -> String {
    guard first < end else { return "" }
    var size = 0
    for index in first..<end {
      size += tokens[index].text.utf8.count
      if index > first, tokens[index].gap != .none { size += 1 }
    }
    return String(unsafeUninitializedCapacity: size) { output in
      var count = 0
      for index in first..<end {
        if index > first, tokens[index].gap != .none {
          output[count] = 0x20
          count += 1
        }
        let utf8 = tokens[index].text.utf8
        let copied = utf8.withContiguousStorageIfAvailable { bytes -> Int in
          for byte in bytes {
            output[count] = byte
            count += 1
          }
          return bytes.count
        }
        if copied == nil {
          for byte in utf8 {
            output[count] = byte
            count += 1
          }
        }
      }
      return count
    }
  }
}
