#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The arrays the mention passes fill for one sentence, kept by the thread from sentence to
/// sentence so that their buffers are allocated once, not at every sentence: the claimed
/// tokens, the scanners' result groups and the quantity scanner's raw quantities.
///
/// One per thread (extraction is synchronous; a sentence is scanned on one thread). A user
/// takes an array out (`take…`, leaving an empty one), fills it, and gives it back emptied:
/// an array taken while another use holds it (none does today) is merely a new array.
final class ScanScratch {
  private var claimed: [Bool] = []
  private var groups: [[Found]] = []
  private var raws: [RawQuantity] = []

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

  /// Gives back the groups `takeGroups` gave, emptied here (their arrays freed).
  @inline(__always)
  func give(groups taken: consuming [[Found]]) {
    if !taken.isEmpty { taken.removeAll(keepingCapacity: true) }
    groups = consume taken
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
