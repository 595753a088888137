/// Case, accent and ligature folding of one scalar into lower-case ASCII where possible:
/// É → e, ç → c, œ → oe, æ → ae, ß → ss, ﬁ → fi; combining accents vanish.
///
/// Letters outside Latin are lower-cased and kept.
struct FoldTable: Sendable {
  /// The table, built once; copy it into a local to avoid the global's lazy check per scalar.
  static let shared = FoldTable()

  /// Appends the folded form of `value` (a word character) to `out`.
  @inline(__always)
  func append(_ value: UInt32, to out: inout [UInt8]) {
    if value < 0x80 {
      let byte = UInt8(truncatingIfNeeded: value)
      out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      return
    }
    if value >= 0xC0 && value <= 0x17F {
      let folded = latin[Int(value - 0xC0)]
      if folded != UInt8(ascii: "?") {
        out.append(folded)
      } else {
        out.append(contentsOf: Self.special(value).utf8)
      }
      return
    }
    Self.appendOther(value, to: &out)
  }

  private static func appendOther(_ value: UInt32, to out: inout [UInt8]) {
    switch value {
    case 0x300...0x36F, 0xAD, 0x200C, 0x200D, 0x2060, 0xFEFF: return
    case 0xFB00: out.append(contentsOf: "ff".utf8)
    case 0xFB01: out.append(contentsOf: "fi".utf8)
    case 0xFB02: out.append(contentsOf: "fl".utf8)
    case 0xFB03: out.append(contentsOf: "ffi".utf8)
    case 0xFB04: out.append(contentsOf: "ffl".utf8)
    case 0xFB05, 0xFB06: out.append(contentsOf: "st".utf8)
    default:
      guard let scalar = Unicode.Scalar(value) else { return }
      if scalar.properties.changesWhenLowercased {
        out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      } else {
        out.append(contentsOf: String(scalar).utf8)
      }
    }
  }

  private static func special(_ value: UInt32) -> String {
    switch value {
    case 0xC6, 0xE6: "ae"
    case 0xDE, 0xFE: "th"
    case 0xDF: "ss"
    case 0x132, 0x133: "ij"
    case 0x152, 0x153: "oe"
    default: ""
    }
  }

  /// The folded bytes of the scalars U+00C0–U+017F, for the tokenizer's in-place fast path: the
  /// first byte in the low 8 bits, a second one ("ae", "oe", "ss", "th", "ij") in the high 8
  /// bits, 0 for × and ÷ (not letters). Never more bytes than the scalar's two. Built once and
  /// never freed (read through the pointer: no lazy check per letter).
  nonisolated(unsafe) static let latinPairTable: UnsafePointer<UInt16> = {
    let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 0x180 - 0xC0)
    for value in 0xC0...0x17F {
      let base = FoldTable.baseLetters[value - 0xC0]
      let special = Array(FoldTable.special(UInt32(value)).utf8)
      table[value - 0xC0] =
        if base != UInt8(ascii: "?") {
          UInt16(base)
        } else if special.count == 2 {
          UInt16(special[0]) | UInt16(special[1]) << 8
        } else {
          0
        }
    }
    return UnsafePointer(table)
  }()

  /// Base letters of U+00C0–U+017F; `?` marks the multi-letter and non-letter entries.
  private let latin: [UInt8] = FoldTable.baseLetters

  private static let baseLetters: [UInt8] = Array(
    ("aaaaaa?ceeeeiiiidnooooo?ouuuuy??aaaaaa?ceeeeiiiidnooooo?ouuuuy?y"
      + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnn"
      + "oooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs").utf8)
}
