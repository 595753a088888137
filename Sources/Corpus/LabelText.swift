/// `hasPrefix` and `hasSuffix` for the labels of the page readers, decided on the UTF-8 bytes
/// when the answer cannot depend on Unicode (a line's first byte is seldom a label's), else as
/// `String.hasPrefix` / `hasSuffix` decide it (by characters, canonical equivalence included:
/// "Re\u{301}ponse" starts with "Réponse").
///
/// The labels must be in NFC without combining marks, carriage returns or line feeds (the
/// readers' French labels are). Then:
/// - every byte of the label matches and the byte after it is ASCII (or the end): a character
///   boundary, so the characters match too;
/// - the first differing bytes are both ASCII (and, for a suffix, the byte after them too): the
///   characters there differ whatever follows, so no canonical form matches either;
/// - the line is a strict byte prefix of the label: it lacks some of its characters.
/// Any other case is left to the standard library.
enum LabelText {
  static func hasPrefix(_ line: String, _ label: String) -> Bool {
    bytesDecide(line, label, prefixDecision) ?? line.hasPrefix(label)
  }

  static func hasSuffix(_ line: String, _ label: String) -> Bool {
    bytesDecide(line, label, suffixDecision) ?? line.hasSuffix(label)
  }

  /// What `decision` says of the two strings' UTF-8 bytes; nil when it cannot decide or when a
  /// string's bytes are not contiguous.
  private static func bytesDecide(
    _ line: String, _ label: String,
    _ decision: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool?
  ) -> Bool? {
    let fast: Bool?? = line.utf8.withContiguousStorageIfAvailable { text -> Bool? in
      let inner: Bool?? = label.utf8.withContiguousStorageIfAvailable { affix in
        decision(text, affix)
      }
      return inner ?? nil
    }
    return fast ?? nil
  }

  /// True or false when the bytes decide, nil otherwise.
  static func prefixDecision(
    _ text: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>
  ) -> Bool? {
    var index = 0
    while index < prefix.count {
      guard index < text.count else { return false }
      let byte = text[index]
      if byte != prefix[index] {
        return byte < 0x80 && prefix[index] < 0x80 ? false : nil
      }
      index += 1
    }
    return index == text.count || text[index] < 0x80 ? true : nil
  }

  /// True or false when the bytes decide, nil otherwise.
  static func suffixDecision(
    _ text: UnsafeBufferPointer<UInt8>, _ suffix: UnsafeBufferPointer<UInt8>
  ) -> Bool? {
    guard !suffix.isEmpty else { return true }
    var matched = 0
    while matched < suffix.count {
      guard matched < text.count else { return nil }
      let byte = text[text.count - 1 - matched]
      let expected = suffix[suffix.count - 1 - matched]
      if byte != expected {
        let afterIsASCII = matched == 0 || text[text.count - matched] < 0x80
        return byte < 0x80 && expected < 0x80 && afterIsASCII ? false : nil
      }
      matched += 1
    }
    if text.count == suffix.count { return true }
    return text[text.count - 1 - matched] < 0x80 && suffix[0] < 0x80 ? true : nil
  }
}
