#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The arrays the mention passes fill for one sentence, kept by the thread from sentence to
/// sentence so that their buffers are allocated once, not at every sentence: the claimed
/// tokens, the scanners' result groups, the scanners' result arrays (`takeFound`) and the
/// quantity scanner's raw quantities.
///
/// One per thread (extraction is synchronous; a sentence is scanned on one thread). A user
/// takes an array out (`take…`, leaving an empty one), fills it, and gives it back emptied:
/// an array taken while another use holds it (none does today) is merely a new array.
final class ScanScratch {
  private var claimed: [Bool] = []
  private var groups: [[Found]] = []
  private var raws: [RawQuantity] = []
  /// Emptied result arrays, with their capacity, for the scanners' next results (`takeFound`).
  /// Unchecked: one thread uses a scratch, and each access is a single pop or append (the
  /// dynamic exclusivity checks cost more than the allocations saved).
  @exclusivity(unchecked) private var spare: [[Found]] = []

  /// How many emptied result arrays are kept: a sentence holds at most one per pass.
  static let spareLimit = 8

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    let created = pthread_key_create(&key) { pointer in
      guard let pointer else { return }
      Unmanaged<ScanScratch>.fromOpaque(pointer).release()
    }
    precondition(created == 0, "cannot create the scan scratch's thread key")
    return key
  }()

  /// The scratch of the calling thread, made on its first use.
  static var current: ScanScratch {
    if let pointer = pthread_getspecific(key) {
      return Unmanaged<ScanScratch>.fromOpaque(pointer).takeUnretainedValue()
    }
    let scratch = ScanScratch()
    pthread_setspecific(key, Unmanaged.passRetained(scratch).toOpaque())
    return scratch
  }

  /// At least `count` flags, all false, in the kept buffer (`[Bool](repeating: false, count:
  /// count)` but for the false flags past `count`, which no scanner reads as claimed).
  @inline(__always)
  func takeClaimed(count: Int) -> [Bool] {
    var flags = claimed
    claimed = []
    if flags.count < count { flags = Self.falseFlags(count, over: flags.count) }
    return flags
  }

  /// Gives back the flags `takeClaimed` gave, their first `count` set false again (`count`
  /// 0 when none was set).
  @inline(__always)
  func give(claimed flags: consuming [Bool], clearing count: Int) {
    if count > 0 {
      flags.withUnsafeMutableBufferPointer {
        UnsafeMutableBufferPointer(rebasing: $0[..<count]).update(repeating: false)
      }
    }
    claimed = consume flags
  }

  /// `count` false flags or more, grown geometrically over `old` flags.
  static func falseFlags(_ count: Int, over old: Int) -> [Bool] {
    [Bool](repeating: false, count: Swift.max(count, 2 * old, 64))
  }

  /// An empty array of groups, with the kept capacity.
  @inline(__always)
  func takeGroups() -> [[Found]] {
    let taken = groups
    groups = []
    return taken
  }

  /// Gives back the groups `takeGroups` gave, emptied here: their arrays are kept
  /// (`give(found:)`), not freed.
  @inline(__always)
  func give(groups taken: consuming [[Found]]) {
    while let group = taken.popLast() { give(found: group) }
    groups = consume taken
  }

  /// An empty array for a scanner's results: a kept one, with its capacity, when there is
  /// one (no allocation, no growth from a small array), else a new one.
  @inline(__always)
  func takeFound() -> [Found] {
    spare.popLast() ?? []
  }

  /// Gives `found`, before a scanner's first append to it, a kept array (`takeFound`) if it
  /// has no buffer yet: a sentence where the scanner finds nothing never reads the scratch.
  @inline(__always)
  static func prepare(_ found: inout [Found]) {
    if found.capacity == 0 { found = current.takeFound() }
  }

  /// Keeps `found`, emptied, for a later `takeFound`: an array without a buffer, or one past
  /// `spareLimit`, is merely dropped.
  @inline(__always)
  func give(found: consuming [Found]) {
    guard found.capacity > 0, spare.count < Self.spareLimit else { return }
    if !found.isEmpty { found.removeAll(keepingCapacity: true) }
    spare.append(found)
  }

  /// An empty array of raw quantities, with the kept capacity.
  @inline(__always)
  func takeRaws() -> [RawQuantity] {
    let taken = raws
    raws = []
    return taken
  }

  /// Gives back the raw quantities `takeRaws` gave, emptied here.
  @inline(__always)
  func give(raws taken: consuming [RawQuantity]) {
    if !taken.isEmpty { taken.removeAll(keepingCapacity: true) }
    raws = consume taken
  }

}
