/// Whether a funding object starts with "compensation" in lower case
/// (`object.lowercased().hasPrefix("compensation")`), decided on the bytes when its first
/// twelve are ASCII: `lowercased()` built a new string for each payment (~7 600 instructions).
enum ScanCompensation {
  static let word = Array("compensation".utf8)

  static func startsObject(_ object: String) -> Bool {
    let utf8 = object.utf8
    var index = utf8.startIndex
    for expected in word {
      guard index < utf8.endIndex else {
        // Shorter: all ASCII so far, so its lower case is as short.
        return false
      }
      let byte = utf8[index]
      guard byte < 0x80 else { return byLowercase(object) }
      // ASCII lowercases to ASCII, one byte for one: a mismatch is final.
      let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
      if lower != expected { return false }
      index = utf8.index(after: index)
    }
    // After an ASCII "n", an ASCII byte starts a new character; anything else (a combining
    // mark…) is left to the general path.
    guard index < utf8.endIndex else { return true }
    return utf8[index] < 0x80 ? true : byLowercase(object)
  }

  /// The general path.
  static func byLowercase(_ object: String) -> Bool {
    object.lowercased().hasPrefix("compensation")
  }
}
