import FrenchText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The work space of `InvertedDocument`, one per thread (documents are inverted in parallel,
/// each on one thread), reused from document to document: the analysis buffer, the term
/// interner, each term's running figures and the occurrences. A document takes the parts and
/// gives them back when done, so that it allocates only what it hands on.
final class InversionScratch {
  /// A term's running figures while a document is read.
  struct TermStats {
    /// BM25 frequency so far (title words count `IndexedText.titleBoost` times).
    var weight: Int32 = 0
    /// The term's last position (-1: none yet); then, while the entries are written, where its
    /// next delta goes.
    var last: Int32 = -1
    /// The byte length of its position deltas so far.
    var size: Int32 = 0
  }

  /// Past these sizes a part is dropped rather than kept for the next document (one large
  /// document must not hold memory for the rest of the build).
  static let keptStats = 1 << 16
  static let keptOccurrences = 1 << 16

  var buffer: TermBuffer?
  var interner: TermInterner?
  /// By term id; every entry is at its default when given back.
  var stats: [TermStats]?
  var occurrences: [UInt64]?

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    let created = pthread_key_create(&key) { pointer in
      guard let pointer else { return }
      Unmanaged<InversionScratch>.fromOpaque(pointer).release()
    }
    precondition(created == 0, "cannot create the inversion scratch's thread key")
    return key
  }()

  /// The scratch of the calling thread, made on its first use.
  static var current: InversionScratch {
    if let pointer = pthread_getspecific(key) {
      return Unmanaged<InversionScratch>.fromOpaque(pointer).takeUnretainedValue()
    }
    let scratch = InversionScratch()
    pthread_setspecific(key, Unmanaged.passRetained(scratch).toOpaque())
    return scratch
  }

  /// Keeps the parts for the next document; `stats` must be back at its defaults.
  func keep(
    buffer: consuming TermBuffer, interner: consuming TermInterner,
    stats: consuming [TermStats], occurrences: consuming [UInt64]
  ) {
    self.buffer = buffer
    self.interner = interner
    self.stats = stats.count > Self.keptStats ? nil : stats
    self.occurrences = occurrences.count > Self.keptOccurrences ? nil : occurrences
  }
}
