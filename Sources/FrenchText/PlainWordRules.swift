/// The plain-word loop's rules (`Tokenizer.scanAll`) for a caller that already knows where the
/// words of a text are (the extraction lexer's tokens, `LexedTerms` in `Extraction`): the
/// tables and the tests the loop makes where a word starts and ends, so that the caller gives
/// the terms the analyzer gives, or knows it cannot.
package enum PlainWordRules {
  /// `PlainByte.table`: the class of every byte for the plain-word loop.
  package static var classes: UnsafePointer<UInt8> { PlainByte.table }

  /// `FoldTable.latinPairTable`: the folded form of U+00C0–U+017F, by the scalar's two bytes.
  package static var latinPairs: UnsafePointer<UInt16> { FoldTable.latinPairTable }

  /// `Tokenizer.numberEnds`: whether the digits from `start` to `end` are a whole number.
  package static func numberEnds(
    _ base: UnsafePointer<UInt8>, count: Int, start: Int, end: Int
  ) -> Bool {
    Tokenizer.numberEnds(base, count: count, start: start, end: end)
  }

  /// `Tokenizer.separates`: whether the scalar at `index` (a lead byte from 0xC2) only
  /// separates words.
  package static func separates(_ base: UnsafePointer<UInt8>, at index: Int) -> Bool {
    Tokenizer.separates(base, at: index)
  }

  /// `Tokenizer.elided`: where the word after an elided article starts, if the `length`
  /// folded letters at `folded` are one and a plain word starts at `after`.
  package static func elided(
    _ folded: UnsafeMutablePointer<UInt8>, _ length: Int, _ base: UnsafePointer<UInt8>,
    count: Int, after: Int
  ) -> Int? {
    Tokenizer.elided(folded, length, base, count: count, after: after)
  }

  /// `PluralFolder.foldInPlace`: the plural folding of the `count` folded letters at `word`, in
  /// place; returns the term's length.
  package static func foldPlural(_ word: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
    PluralFolder.foldInPlace(word, count: count)
  }

  /// Whether the scalar at `index` (a lead byte from 0xC2) may start a word
  /// (`CharacterClass.startsWord`): the loop skips it otherwise.
  package static func startsWord(_ base: UnsafePointer<UInt8>, at index: Int) -> Bool {
    let lead = UInt32(base[index])
    let second = UInt32(base[index &+ 1] & 0x3F)
    let value: UInt32
    if lead < 0xE0 {
      value = (lead & 0x1F) &<< 6 | second
    } else if lead < 0xF0 {
      value = (lead & 0x0F) &<< 12 | second &<< 6 | UInt32(base[index &+ 2] & 0x3F)
    } else {
      value =
        (lead & 0x07) &<< 18 | second &<< 12 | UInt32(base[index &+ 2] & 0x3F) &<< 6
        | UInt32(base[index &+ 3] & 0x3F)
    }
    return CharacterClass.of(value).startsWord
  }
}
