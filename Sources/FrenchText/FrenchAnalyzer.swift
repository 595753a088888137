/// The one French analyzer used at index time and at query time (`search.md` §2).
///
/// The chain: split on whitespace and punctuation keeping digits; strip the 13 elided articles
/// (l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu', with ' ’ ʼ); lower-case; fold
/// accents and ligatures (É → e, ç → c, œ → oe, æ → ae, ﬁ → fi; decomposed accents too, which
/// stands for NFC); fold plurals lightly (`PluralFolder`); no stop words.
///
/// Domain rules:
/// - Other apostrophes stay inside the word: "aujourd'hui" → `aujourdhui`, "presqu'île" →
///   `presquile` (one token).
/// - Hyphenated compounds ("médico-sociaux", "Île-de-France", "COVID-19"): one token per part
///   at consecutive positions (`medico` `social`), plus a joined token (`medicosocial`) at the
///   first part's position. Between two numbers the joined form keeps the hyphen (`2024-03-15`).
/// - Numbers: digit runs kept; groups of 3 digits after a head of 1–3 digits, separated by a
///   space, U+00A0, U+202F or a dot, make one token ("1 200 000" → `1200000`; "en 2020 150 000"
///   → `2020`, `150000`); a decimal comma stays ("4,5" → `4,5`); "1er" stays `1er`.
/// - Legal references `L. 314-6`, `R.4127-1`, `D. 312-1`, with the dot or glued
///   (`L314-6`), upper-case L, R or D and at least one hyphen: tokens `l`, then `314`, `6` with
///   the joined `314-6`, plus the joined `l314-6` at the letter's position. "n° 2021-1234"
///   gives `n`, `2021`, `1234` and the joined `2021-1234`.
public struct FrenchAnalyzer: Sendable {
  public init() {}

  /// The tokens of `text`, with positions and UTF-8 ranges in `text`, in position order
  /// (a joined token right after the first part it shares its position with).
  public func tokens(in text: String) -> [Token] {
    Self.scan(text, foldPlurals: true)
  }

  /// The tokens of `text` as `tokens(in:)` gives them, their terms in one byte buffer: no
  /// `String` per token (the index's path).
  public func termBuffer(in text: String) -> TermBuffer {
    Self.buffer(text, foldPlurals: true)
  }

  /// The folded terms of `text`, in order, one per position (joined forms left out).
  public func terms(in text: String) -> [String] {
    tokens(in: text).compactMap { $0.isJoined ? nil : $0.term }
  }

  /// The term of one query word: its single term, or the joined term of a compound or legal
  /// reference ("médico-social" → `medicosocial`); nil when nothing in it is indexable.
  public func normalize(_ word: String) -> String? {
    Self.wholeTerm(of: tokens(in: word))
  }

  /// The term to use for a prefix query `word*`: folded like any word (case, accents,
  /// ligatures, elision, compounds joined) but plural-folded only from 6 letters, so that
  /// "départements*" → `departement` while "fonds*" stays `fonds`.
  public func prefixTerm(_ word: String) -> String? {
    guard let raw = Self.wholeTerm(of: Self.scan(word, foldPlurals: false)) else { return nil }
    guard raw.utf8.count >= 6, raw.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
      return raw
    }
    return PluralFolder.term(ArraySlice(raw.utf8))
  }

  private static func wholeTerm(of tokens: [Token]) -> String? {
    guard let first = tokens.first else { return nil }
    if tokens.count == 1 { return first.term }
    let whole = tokens.filter(\.isJoined).max { $0.range.count < $1.range.count }
    return whole?.term ?? first.term
  }

  static func scan(_ text: String, foldPlurals: Bool) -> [Token] {
    buffer(text, foldPlurals: foldPlurals).tokens
  }

  /// `termBuffer(in:)` into `buffer`, reusing its storage (its former tokens are forgotten):
  /// the index analyses a document's sentences one after the other into one buffer.
  public func analyze(_ text: String, into buffer: inout TermBuffer) {
    Self.analyze(text, foldPlurals: true, fastPath: true, into: &buffer)
  }

  static func analyze(
    _ text: String, foldPlurals: Bool, fastPath: Bool, into output: inout TermBuffer
  ) {
    withUnsafeMutablePointer(to: &output) { buffer in
      // A native string's bytes are read in place (no copy of the string to call `withUTF8`).
      let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
        var tokenizer = Tokenizer(
          bytes: bytes, foldPlurals: foldPlurals, fastPath: fastPath, buffer: buffer)
        tokenizer.run()
      }
      guard done == nil else { return }
      var text = text
      text.withUTF8 { bytes in
        var tokenizer = Tokenizer(
          bytes: bytes, foldPlurals: foldPlurals, fastPath: fastPath, buffer: buffer)
        tokenizer.run()
      }
    }
  }

  /// The tokens of `text`, by the plain-word fast path or by the general path only (the tests'
  /// reference for the fast path).
  static func scan(_ text: String, foldPlurals: Bool, fastPath: Bool) -> [Token] {
    var buffer = TermBuffer()
    analyze(text, foldPlurals: foldPlurals, fastPath: fastPath, into: &buffer)
    return buffer.tokens
  }

  private static func buffer(_ text: String, foldPlurals: Bool) -> TermBuffer {
    var buffer = TermBuffer()
    analyze(text, foldPlurals: foldPlurals, fastPath: true, into: &buffer)
    return buffer
  }
}
