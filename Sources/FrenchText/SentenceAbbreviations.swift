/// French abbreviations that end with a full stop without ending the sentence ("M.", "art.",
/// "janv.", "cf."), and the byte classes the sentence splitter needs.
enum SentenceAbbreviations {
  /// Compared case-sensitively, without the final full stop. Single letters ("L. 314-6",
  /// "J. Dupont", "p. 12") are handled apart.
  static let words: Set<String> = [
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste",
    "art", "Art", "al", "cf", "Cf", "ex", "éd", "vol", "chap", "fig", "hab", "env", "av", "bd",
    "réf", "Réf", "coll", "dir", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc",
    "no", "No", "op", "cit", "ibid", "id", "sq", "sqq", "suiv", "Cass", "civ", "crim", "soc",
    "pp", "ss", "tél", "Tél", "vs", "resp", "Cie", "Ets", "Éts", "gén", "adj", "dépt", "Jr",
    "Sté", "sté", "boul", "min", "max", "nbre", "part", "spéc", "c", "v",
  ]

  /// The words of `words` packed into integers, one byte each from the high end (none is longer
  /// than eight bytes, and no byte is zero, so a packed word names one word).
  static let packedWords: [UInt64] = words.map { pack(Array($0.utf8)[...]) ?? 0 }.sorted()

  /// `bytes` packed into an integer, the first byte highest, or nil when longer than eight.
  static func pack(_ bytes: some Collection<UInt8>) -> UInt64? {
    guard bytes.count <= 8 else { return nil }
    return bytes.reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// Whether `bytes[range]` is one of `words` (byte for byte: the words the splitter asks about
  /// are ASCII letters and precomposed Latin letters, for which this is `String` equality).
  static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count <= 8 else { return false }
    var key: UInt64 = 0
    for index in range { key = key << 8 | UInt64(bytes[index]) }
    let words = packedWords
    var low = 0
    var high = words.count
    while low < high {
      let middle = (low + high) / 2
      if words[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < words.count && words[low] == key
  }

  /// Whether `byte` is an ASCII letter.
  static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  /// The length of the space (ASCII space, tab, line break, U+00A0, U+2009, U+202F) at `index`,
  /// or 0 when there is none.
  @inline(__always)
  static func spaceLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int)
    -> Int where Bytes.Index == Int
  {
    guard index < bytes.count else { return 0 }
    let byte = bytes[index]
    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return 1 }
    if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
    if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
      bytes[index + 2] == 0xAF || bytes[index + 2] == 0x89 || bytes[index + 2] == 0x8A
    {
      return 3
    }
    return 0
  }

  /// The Unicode scalar starting at `index`, if the bytes there are valid UTF-8.
  static func scalar<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int)
    -> Unicode.Scalar? where Bytes.Index == Int
  {
    guard index < bytes.count else { return nil }
    let lead = bytes[index]
    let length: Int
    switch lead {
    case 0..<0x80: return Unicode.Scalar(lead)
    case 0xC0..<0xE0: length = 2
    case 0xE0..<0xF0: length = 3
    case 0xF0..<0xF8: length = 4
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    var value = UInt32(lead) & (0xFF >> (length + 1))
    for k in 1..<length {
      let next = bytes[index + k]
      guard next & 0xC0 == 0x80 else { return nil }
      value = (value << 6) | UInt32(next & 0x3F)
    }
    return Unicode.Scalar(value)
  }
}
