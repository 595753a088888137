import FrenchText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The work space of `InvertedDocument`, one per thread (documents are inverted in parallel,
/// each on one thread), reused from document to document: the analysis buffer, the term
/// interner, each term's running figures and the occurrences, the last two in raw memory (no
/// copy on write, no bounds checks). A document allocates only what it hands on.
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

  /// Past these sizes a part is made anew at its first size rather than kept for the next
  /// document (one large document must not hold memory for the rest of the build).
  static let keptStats = 1 << 16
  static let keptOccurrences = 1 << 16
  static let firstStats = 1024
  static let firstOccurrences = 4096

  /// Taken by a document while it is inverted (nil meanwhile).
  var buffer: TermBuffer? = TermBuffer()
  let interner = TermInterner()
  /// By term id; every entry is at its default between documents.
  private(set) var stats: UnsafeMutablePointer<TermStats>
  private(set) var statsCapacity: Int
  /// Each distinct (term, position) of a document as (id << 32 | delta), in document order.
  private(set) var occurrences: UnsafeMutablePointer<UInt64>
  private(set) var occurrencesCapacity: Int

  init() {
    stats = .allocate(capacity: Self.firstStats)
    stats.initialize(repeating: TermStats(), count: Self.firstStats)
    statsCapacity = Self.firstStats
    occurrences = .allocate(capacity: Self.firstOccurrences)
    occurrencesCapacity = Self.firstOccurrences
  }

  deinit {
    stats.deallocate()
    occurrences.deallocate()
  }

  /// Makes room for figures of `terms` terms and for `occurrences` occurrences.
  @inline(__always)
  func reserve(terms: Int, occurrences count: Int) {
    if terms > statsCapacity { growStats(to: terms) }
    if count > occurrencesCapacity { growOccurrences(to: count) }
  }

  @inline(never)
  private func growStats(to needed: Int) {
    let capacity = max(needed, statsCapacity * 2)
    let new = UnsafeMutablePointer<TermStats>.allocate(capacity: capacity)
    new.moveInitialize(from: stats, count: statsCapacity)
    (new + statsCapacity).initialize(repeating: TermStats(), count: capacity - statsCapacity)
    stats.deallocate()
    stats = new
    statsCapacity = capacity
  }

  @inline(never)
  private func growOccurrences(to needed: Int) {
    let capacity = max(needed, occurrencesCapacity * 2)
    let new = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
    new.moveInitialize(from: occurrences, count: occurrencesCapacity)
    occurrences.deallocate()
    occurrences = new
    occurrencesCapacity = capacity
  }

  /// Puts the figures of the first `terms` terms back at their defaults, and makes a part a
  /// large document grew anew at its first size.
  func reset(terms: Int) {
    if statsCapacity > Self.keptStats {
      stats.deallocate()
      stats = .allocate(capacity: Self.firstStats)
      stats.initialize(repeating: TermStats(), count: Self.firstStats)
      statsCapacity = Self.firstStats
    } else {
      stats.update(repeating: TermStats(), count: terms)
    }
    if occurrencesCapacity > Self.keptOccurrences {
      occurrences.deallocate()
      occurrences = .allocate(capacity: Self.firstOccurrences)
      occurrencesCapacity = Self.firstOccurrences
    }
  }

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
}
