/// `QuestionAuthorName.generalStep` on the bytes of an ASCII word: compared, lower-cased byte
/// by byte, with the ASCII verbs and particles, with no `String` made.
enum QuestionAuthorNameBytes {
  static let verbs = ascii(QuestionAuthorName.verbs)
  static let particles = ascii(QuestionAuthorName.particles)

  private static func ascii(_ words: Set<String>) -> [[UInt8]] {
    words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }.sorted {
      $0.lexicographicallyPrecedes($1)
    }
  }

  /// The step of the word `bytes`, nil when it is not ASCII (then characters are needed).
  static func step(
    _ bytes: UnsafeBufferPointer<UInt8>, hasName: Bool
  ) -> QuestionAuthorName.Step? {
    for byte in bytes where byte >= 0x80 { return nil }
    if contains(verbs, bytes, from: 0) { return .verb }
    if hasName, bytes.count > 2, lowered(bytes[0]) == 0x64, bytes[1] == 0x27,
      contains(verbs, bytes, from: 2)
    {
      return .elidedVerb
    }
    if let head = bytes.first, head >= 0x41, head <= 0x5A { return .nameWord }
    return contains(particles, bytes, from: 0) ? .nameWord : .stop
  }

  @inline(__always)
  private static func lowered(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// Whether `bytes[start...]`, lower-cased, is one of `words`.
  private static func contains(
    _ words: [[UInt8]], _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Bool {
    let count = bytes.count - start
    return words.contains { word in
      guard word.count == count else { return false }
      for offset in 0..<count where word[offset] != lowered(bytes[start + offset]) {
        return false
      }
      return true
    }
  }
}
