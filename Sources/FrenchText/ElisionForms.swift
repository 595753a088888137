/// The 13 elided forms stripped before a word: l' d' j' m' n' s' t' c' qu' jusqu' lorsqu'
/// puisqu' quoiqu' (compared on folded letters, so "L’" and "QU'" count).
enum ElisionForms {
  /// Whether the folded letters `word` are one of the elided forms.
  @inline(__always)
  static func contains(_ word: ArraySlice<UInt8>) -> Bool {
    switch word.count {
    case 1:
      switch word[word.startIndex] {
      case UInt8(ascii: "l"), UInt8(ascii: "d"), UInt8(ascii: "j"), UInt8(ascii: "m"),
        UInt8(ascii: "n"), UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "c"):
        return true
      default: return false
      }
    case 2, 5, 6, 7:
      return long.contains { $0.elementsEqual(word) }
    default: return false
    }
  }

  /// Whether the ASCII letters `word`, in any case, are one of the elided forms.
  @inline(__always)
  static func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    switch word.count {
    case 1:
      switch word[0] | 0x20 {
      case UInt8(ascii: "l"), UInt8(ascii: "d"), UInt8(ascii: "j"), UInt8(ascii: "m"),
        UInt8(ascii: "n"), UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "c"):
        return true
      default: return false
      }
    case 2, 5, 6, 7:
      return long.contains { form in
        form.count == word.count && zip(form, word).allSatisfy { $0 == $1 | 0x20 }
      }
    default: return false
    }
  }

  private static let long: [[UInt8]] = ["qu", "jusqu", "lorsqu", "puisqu", "quoiqu"].map {
    Array($0.utf8)
  }
}
