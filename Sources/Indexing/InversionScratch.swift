import FrenchText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The work space of `InvertedDocument`, one per thread (documents are inverted in parallel,
/// each on one thread), reused from document to document: the analysis buffer, the term
/// interner, and raw buffers (no copy on write, no bounds checks) for each term's figures, the
/// occurrences, the positions grouped by term and the entries being written. A document
/// allocates only what it hands on.
final class InversionScratch {
  /// Growable raw memory of trivial elements; what it held is kept when it grows.
  struct Buffer<Element> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var capacity: Int
    /// What new room is set to (nil: left uninitialized).
    let fill: Element?

    init(capacity: Int, fill: Element?) {
      base = .allocate(capacity: capacity)
      self.capacity = capacity
      self.fill = fill
      if let fill { base.initialize(repeating: fill, count: capacity) }
    }

    /// Makes room for `count` elements.
    @inline(__always)
    mutating func reserve(_ count: Int) {
      if count > capacity { grow(to: count) }
    }

    @inline(never)
    private mutating func grow(to count: Int) {
      let newCapacity = max(count, capacity * 2)
      let new = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
      new.moveInitialize(from: base, count: capacity)
      if let fill { (new + capacity).initialize(repeating: fill, count: newCapacity - capacity) }
      base.deallocate()
      base = new
      capacity = newCapacity
    }

    /// Gives back the memory of a buffer grown past `kept` elements, made anew at `first`.
    mutating func shrink(past kept: Int, to first: Int) {
      guard capacity > kept else { return }
      base.deallocate()
      self = Buffer(capacity: first, fill: fill)
    }

    func deallocate() { base.deallocate() }
  }

  /// Past these sizes a part is made anew at its first size rather than kept for the next
  /// document (one large document must not hold memory for the rest of the build).
  static let keptStats = 1 << 16
  static let keptOccurrences = 1 << 16

  /// Taken by a document while it is inverted (nil meanwhile).
  var buffer: TermBuffer? = TermBuffer()
  let interner = TermInterner()
  /// Each term's figures by id, count << 32 | BM25 frequency while the document is read;
  /// zero between documents.
  var stats = Buffer<UInt64>(capacity: 1024, fill: 0)
  /// Each token as its term's id << 32 | its position, in document order.
  var occurrences = Buffer<UInt64>(capacity: 4096, fill: nil)
  /// The positions grouped by term (term by term, each in document order).
  var positions = Buffer<UInt32>(capacity: 4096, fill: nil)
  /// The entries as they are written.
  var entries = Buffer<UInt8>(capacity: 16384, fill: nil)

  deinit {
    stats.deallocate()
    occurrences.deallocate()
    positions.deallocate()
    entries.deallocate()
  }

  /// Gives back the memory of the parts a large document grew.
  func trim() {
    stats.shrink(past: Self.keptStats, to: 1024)
    occurrences.shrink(past: Self.keptOccurrences, to: 4096)
    positions.shrink(past: Self.keptOccurrences, to: 4096)
    entries.shrink(past: 8 * Self.keptOccurrences, to: 16384)
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
