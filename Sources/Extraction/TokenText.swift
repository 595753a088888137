/// A token's text or folded form stored as two words and no reference, so that `TextToken`
/// is trivially copyable: arrays of tokens are copied and freed with no retain, no release
/// and no per-token destroy.
///
/// A form of at most `SmallString.capacity` bytes is stored as the two words of Swift's
/// small-string form (`SmallString`), read back as a `String` by a bit cast; a longer one (or
/// any form where `SmallString` is not available) is stored once in the thread's `TokenTextStore`, and
/// `high` is 0 (no small string has a zero second word: its flags are in the top byte).
struct TokenText: Sendable, Hashable {
  /// Bytes 0–7 of a small string, or the form's index in `TokenTextStore`.
  var low: UInt64
  /// Bytes 8–14 and the flags of a small string, or 0.
  var high: UInt64

  @inline(__always)
  init(low: UInt64, high: UInt64) {
    self.low = low
    self.high = high
  }

  /// The form of `bytes` (valid UTF-8).
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.init(bytes, small: SmallString.available && bytes.count <= SmallString.capacity)
  }

  /// The form of `bytes` (valid UTF-8), packed when `small` (`SmallString` available and at
  /// most `SmallString.capacity` bytes), else stored.
  @inline(__always)
  init(_ bytes: UnsafeBufferPointer<UInt8>, small: Bool) {
    self = small ? TokenText(words: SmallString.words(bytes)) : Self.stored(bytes)
  }

  @inline(__always)
  private init(words: (UInt64, UInt64)) {
    (low, high) = words
  }

  /// The form of `string`.
  init(_ string: String) {
    var string = string
    self = string.withUTF8 { TokenText($0) }
  }

  /// The form as a `String`: a bit cast for a small string, else a read of `TokenTextStore`.
  var string: String {
    @inline(__always) get {
      high != 0 ? unsafeBitCast((low, high), to: String.self) : Self.long(low)
    }
  }

  /// The form of `bytes` stored in `TokenTextStore`.
  @inline(never)
  private static func stored(_ bytes: UnsafeBufferPointer<UInt8>) -> TokenText {
    TokenText(low: UInt64(TokenTextStore.current.index(of: bytes)), high: 0)
  }

  /// The long form at `index` in `TokenTextStore`.
  @inline(never)
  private static func long(_ index: UInt64) -> String {
    TokenTextStore.current.string(at: Int(truncatingIfNeeded: index))
  }
}
