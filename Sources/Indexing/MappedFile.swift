import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A read-only memory map of one index file; nothing is read until a page is touched.
///
/// Immutable after creation; the map lives as long as the object, so readers keep the files of
/// the generation they opened even if a later commit deletes them.
package final class MappedFile: @unchecked Sendable {
  package let name: String
  package let bytes: UnsafeRawBufferPointer
  private let address: UnsafeMutableRawPointer?
  /// The parts of this map already checked against their checksums (see `PostingCursor`).
  package let verified = VerifiedParts()

  package init(url: URL, name: String) throws(IndexError) {
    self.name = name
    let fd = open(url.path, O_RDONLY)
    guard fd >= 0 else {
      if errno == ENOENT { throw .missing(path: name) }
      throw .io(path: name, message: FileWriter.lastError("cannot open"))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw .io(path: name, message: FileWriter.lastError("cannot stat"))
    }
    let size = Int(info.st_size)
    guard size > 0 else {
      address = nil
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      return
    }
    let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
    guard let mapped, mapped != MAP_FAILED else {
      throw .io(path: name, message: FileWriter.lastError("cannot map"))
    }
    address = mapped
    bytes = UnsafeRawBufferPointer(start: mapped, count: size)
  }

  deinit {
    if let address { munmap(address, bytes.count) }
  }

  /// Tells the kernel that the pages before `offset` are no longer needed, so that a sequential
  /// pass over a large file (the merge of sorted runs) does not keep it all resident. The pages
  /// are read again from the file if touched.
  package func releasePages(before offset: Int) {
    guard let address else { return }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let length = min(offset, bytes.count) / page * page
    if length > 0 { madvise(address, length, MADV_DONTNEED) }
  }

  /// Releases the pages between `start` and `end` (a cursor that moved past them, one of
  /// several reading the file): from the page holding `start` to the last whole page before
  /// `end`. Returns where the released pages end (`start` when none were): the next call starts
  /// there, so that a page cut by two calls is not left resident.
  @discardableResult
  package func releasePages(from start: Int, to end: Int) -> Int {
    guard let address else { return start }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let first = max(0, start) / page * page
    let last = min(end, bytes.count) / page * page
    guard last > first else { return start }
    madvise(address + first, last - first, MADV_DONTNEED)
    return last
  }

  /// The bytes before the footer.
  package var payload: UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(rebasing: bytes[0..<max(0, bytes.count - Footer.size)])
  }
}
