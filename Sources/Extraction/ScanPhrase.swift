extension TokenView {
  /// `phrase(first, end)` written in one buffer of its final size: the texts of tokens
  /// `first..<end`, a single space before each one that had whitespace before it. `phrase`
  /// appended token by token, growing its string (~3 300 instructions for a minister's role).
  /// A text stored as a small string (`TokenText`) is copied from its two words, its length
  /// read from them: no `String` is made for it (~1 500 instructions a role went to reading
  /// each token's `String`).
  func joinedPhrase(_ first: Int, _ end: Int) -> String {
    guard first < end else { return "" }
    var size = 0
    for index in first..<end {
      size += tokens[index].textByteCount
      if index > first, tokens[index].gap != .none { size += 1 }
    }
    return String(unsafeUninitializedCapacity: size) { output in
      var count = 0
      for index in first..<end {
        if index > first, tokens[index].gap != .none {
          output[count] = 0x20
          count += 1
        }
        count = Self.copyText(of: tokens[index], to: output, at: count)
      }
      return count
    }
  }

  /// Copies the text of `token` into `output` from `offset` on, and returns the offset after
  /// it: from the stored small form's words when it is one, else from the `String`.
  @inline(__always)
  static func copyText(
    of token: TextToken, to output: UnsafeMutableBufferPointer<UInt8>, at offset: Int
  ) -> Int {
    var count = offset
    let stored = token.storedText
    if stored.high != 0 {
      let length = Int(stored.high >> 56) & 0x0F
      var low = stored.low
      var high = stored.high
      for position in 0..<length {
        if position < 8 {
          output[count] = UInt8(truncatingIfNeeded: low)
          low >>= 8
        } else {
          output[count] = UInt8(truncatingIfNeeded: high)
          high >>= 8
        }
        count += 1
      }
      return count
    }
    for byte in token.text.utf8 {
      output[count] = byte
      count += 1
    }
    return count
  }
}
