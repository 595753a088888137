#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The visible entries of one folder, sorted, held compactly: every name in one byte buffer
/// (each followed by a NUL, so that it can be passed to `fstatat` as it is) with an offset table, so that a folder of 100 000 files costs about 30 bytes a file and
/// nothing is kept of a folder once its entries are done.
///
/// Names starting with "." are left out. Entries are sorted by their bytes, a folder's name
/// taken with a trailing "/": walking the sorted folders depth first then gives the paths in
/// the byte order of the whole relative path, as one sort of every path would.
struct DirectoryListing {
  /// What an entry is, as far as the listing knows without a `stat` per entry.
  enum Kind: UInt8 {
    case file
    case folder
    case link
    case other
    case unknown
  }

  private var names: [UInt8] = []
  private var starts: [UInt32] = []
  private var kinds: [Kind] = []
  private var order: [UInt32] = []

  /// Lists the open `folder`, found at `path` (`DirectoryHandle` opens it).
  init(_ folder: DirectoryHandle, path: String) {
    // The handle is kept alive to the end of the reading: only its stream is used below, and
    // the handle closes it when released.
    withExtendedLifetime(folder) { read(folder.stream) }
    starts.append(UInt32(names.count))
    resolveUnknownKinds(in: path)
    sortEntries()
  }

  /// Appends the visible entries of the open `stream`. The fields are read in place: an entry
  /// is only as long as its name (`d_reclen`), so a copy of the whole `dirent` (its 256-byte
  /// `d_name`) may read past the end of the stream's buffer, into a page that is not mapped.
  private mutating func read(_ stream: OpaquePointer) {
    let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type)!
    let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    while let entry = readdir(stream) {
      let raw = UnsafeRawPointer(entry)
      let kind = DirectoryListing.kind(of: raw.load(fromByteOffset: typeOffset, as: UInt8.self))
      let name = (raw + nameOffset).assumingMemoryBound(to: CChar.self)
      let length = strlen(name)
      let bytes = UnsafeRawBufferPointer(start: raw + nameOffset, count: length)
      guard length > 0, bytes[0] != UInt8(ascii: ".") else { continue }
      starts.append(UInt32(names.count))
      names.append(contentsOf: bytes)
      names.append(0)
      kinds.append(kind)
    }
  }

  var count: Int { order.count }

  /// The `index`th entry in sorted order.
  func entry(_ index: Int) -> (name: String, kind: Kind) {
    let number = Int(order[index])
    return (name(number), kinds[number])
  }

  /// The kind of the `index`th entry in sorted order.
  func kind(_ index: Int) -> Kind { kinds[Int(order[index])] }

  /// Calls `body` with the NUL-terminated name of the `index`th entry in sorted order.
  func withName<Result>(_ index: Int, _ body: (UnsafePointer<CChar>) -> Result) -> Result {
    let number = Int(order[index])
    let start = Int(starts[number])
    let count = Int(starts[number + 1]) - start
    return names.withUnsafeBufferPointer { bytes in
      (bytes.baseAddress! + start).withMemoryRebound(to: CChar.self, capacity: count, body)
    }
  }

  /// The name of entry `number` (in reading order), without its NUL.
  private func name(_ number: Int) -> String {
    String(decoding: names[Int(starts[number])..<Int(starts[number + 1]) - 1], as: UTF8.self)
  }

  private static func kind(of type: UInt8) -> Kind {
    switch Int32(type) {
    case Int32(DT_REG): .file
    case Int32(DT_DIR): .folder
    case Int32(DT_LNK): .link
    case Int32(DT_UNKNOWN): .unknown
    default: .other
    }
  }

  /// File systems that do not fill `d_type` get one `lstat` per entry.
  private mutating func resolveUnknownKinds(in path: String) {
    for number in kinds.indices where kinds[number] == .unknown {
      let name = name(number)
      var status = stat()
      guard lstat(path + "/" + name, &status) == 0 else {
        kinds[number] = .other
        continue
      }
      switch status.st_mode & S_IFMT {
      case S_IFREG: kinds[number] = .file
      case S_IFDIR: kinds[number] = .folder
      case S_IFLNK: kinds[number] = .link
      default: kinds[number] = .other
      }
    }
  }

  private mutating func sortEntries() {
    order = (0..<UInt32(kinds.count)).map { $0 }
    names.withUnsafeBufferPointer { bytes in
      let starts = starts
      let kinds = kinds
      order.sort { a, b in
        let aStart = Int(starts[Int(a)])
        let bStart = Int(starts[Int(b)])
        return DirectoryListing.precedes(
          bytes.baseAddress! + aStart, Int(starts[Int(a) + 1]) - 1 - aStart,
          kinds[Int(a)] == .folder,
          bytes.baseAddress! + bStart, Int(starts[Int(b) + 1]) - 1 - bStart,
          kinds[Int(b)] == .folder)
      }
    }
  }

  /// Byte order of two names, a folder's name followed by "/" (no name holds a "/").
  private static func precedes(
    _ a: UnsafePointer<UInt8>, _ aLength: Int, _ aFolder: Bool,
    _ b: UnsafePointer<UInt8>, _ bLength: Int, _ bFolder: Bool
  ) -> Bool {
    let common = min(aLength, bLength)
    let order = common == 0 ? 0 : memcmp(a, b, common)
    if order != 0 { return order < 0 }
    let slash = UInt8(ascii: "/")
    if aLength < bLength { return aFolder ? slash < b[aLength] : true }
    if aLength > bLength { return bFolder ? a[bLength] < slash : false }
    return !aFolder && bFolder
  }
}
