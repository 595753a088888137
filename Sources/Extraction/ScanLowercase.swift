extension TokenView {
  /// `tokens[index].text.lowercased()`, made from the bytes when the text is ASCII (whose
  /// lower case maps "A"..."Z" alone): `lowercased()` took ~1 500 instructions a word.
  func lowercasedText(_ index: Int) -> String {
    let token = tokens[index]
    guard token.textIsASCII else { return token.text.lowercased() }
    var text = token.text
    return text.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { output in
        for (offset, byte) in bytes.enumerated() {
          output[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        }
        return bytes.count
      }
    }
  }
}
