/// The memory of a `PostingsAccumulator`'s lists: pages of 256 KB cut into blocks, each block a
/// 16-byte header (the next block's address, its payload's capacity) then its payload. A list
/// grows by chaining a new block, never by copying what it holds; all pages are freed at once.
final class PostingsArena {
  static let pageSize = 1 << 18
  static let headerSize = 16
  /// The largest block's payload.
  static let largestBlock = 1 << 14
  private var pages: [UnsafeMutableRawPointer] = []
  private var next: UnsafeMutableRawPointer?
  private var left = 0
  /// The bytes of the pages allocated so far.
  private(set) var allocatedBytes = 0

  init() {}

  deinit { reset() }

  /// A new block of `payload` bytes (its header written: no next block yet), 8-byte aligned.
  func block(payload: Int) -> UnsafeMutableRawPointer {
    let size = (Self.headerSize + payload + 7) & ~7
    if size > left {
      let pageSize = max(Self.pageSize, size)
      let page = UnsafeMutableRawPointer.allocate(byteCount: pageSize, alignment: 16)
      pages.append(page)
      allocatedBytes += pageSize
      next = page
      left = pageSize
    }
    let block = next!
    next = block + size
    left -= size
    block.storeBytes(of: 0, as: Int.self)
    block.storeBytes(of: payload, toByteOffset: 8, as: Int.self)
    return block
  }

  /// Frees every page: every block handed out becomes invalid.
  func reset() {
    for page in pages { page.deallocate() }
    pages = []
    next = nil
    left = 0
    allocatedBytes = 0
  }

  /// The block after `block`, if any.
  @inline(__always)
  static func successor(of block: UnsafeRawPointer) -> UnsafeMutableRawPointer? {
    UnsafeMutableRawPointer(bitPattern: block.load(as: Int.self))
  }

  /// The payload's capacity of `block`.
  @inline(__always)
  static func capacity(of block: UnsafeRawPointer) -> Int {
    block.load(fromByteOffset: 8, as: Int.self)
  }
}
