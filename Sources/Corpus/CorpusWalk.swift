#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files under the paths given to `index`, one at a time, in `CorpusWalker`'s order, with
/// memory that does not grow with the corpus: only the listings of the folders on the current
/// path are held (`DirectoryListing`), never the list of every file.
///
/// Problems met on the way (a missing path, a folder that cannot be listed, a file over the
/// size limit) are collected in `diagnostics` as the walk reaches them.
public final class CorpusWalk: IteratorProtocol {
  private struct Frame {
    /// The folder, open while its entries are visited: they are looked up relative to it.
    var folder: DirectoryHandle
    var listing: DirectoryListing
    var next = 0
    /// The folder on disk, and its path relative to the root given by the user ("" at the root).
    var path: String
    var relative: String
  }

  private let walker: CorpusWalker
  private var roots: [String]
  private var stack: [Frame] = []
  public private(set) var diagnostics: [Diagnostic] = []

  init(paths: [String], walker: CorpusWalker) {
    self.walker = walker
    roots = paths.reversed()
  }

  public func next() -> CorpusFile? {
    while true {
      if let file = nextInFolders() { return file }
      guard let root = roots.popLast() else { return nil }
      if let file = start(root) { return file }
    }
  }

  /// Begins a root: a file is returned at once, a folder is pushed.
  private func start(_ root: String) -> CorpusFile? {
    var status = stat()
    guard stat(root, &status) == 0 else {
      diagnostics.append(
        Diagnostic(severity: .error, file: root, message: "no such file or folder"))
      return nil
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      let name = root.split(separator: "/").last.map(String.init) ?? root
      return admit(path: root, relative: name)
    }
    let base = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
    guard let folder = DirectoryHandle(path: base) else {
      diagnostics.append(Diagnostic(severity: .error, file: root, message: "cannot list folder"))
      return nil
    }
    let listing = DirectoryListing(folder, path: base)
    stack.append(Frame(folder: folder, listing: listing, path: base, relative: ""))
    return nil
  }

  private func nextInFolders() -> CorpusFile? {
    while var frame = stack.popLast() {
      guard frame.next < frame.listing.count else { continue }
      let (name, kind) = frame.listing.entry(frame.next)
      frame.next += 1
      let path = frame.path + "/" + name
      let relative = frame.relative.isEmpty ? name : frame.relative + "/" + name
      stack.append(frame)
      switch kind {
      case .folder:
        // A folder that cannot be listed is skipped, as the file enumerator of Foundation did.
        if let folder = DirectoryHandle(name: name, in: frame.folder) {
          let listing = DirectoryListing(folder, path: path)
          stack.append(Frame(folder: folder, listing: listing, path: path, relative: relative))
        }
      case .file, .link:
        if let file = admit(path: path, relative: relative, name: name, in: frame.folder) {
          return file
        }
      case .other, .unknown:
        continue
      }
    }
    return nil
  }

  /// A regular file (a symbolic link is followed only to a file), within the size limit; looked
  /// up by its `name` in `folder` when given (no walk of the whole path), else by `path`.
  private func admit(
    path: String, relative: String, name: String? = nil, in folder: DirectoryHandle? = nil
  ) -> CorpusFile? {
    var status = stat()
    let found =
      if let name, let folder {
        fstatat(folder.descriptor, name, &status, 0) == 0
      } else {
        stat(path, &status) == 0
      }
    guard found, status.st_mode & S_IFMT == S_IFREG else { return nil }
    let size = Int(status.st_size)
    let time = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1_000_000_000
    let file = CorpusFile(path: path, relativePath: relative, size: size, modificationTime: time)
    guard size > walker.maximumFileSize else { return file }
    diagnostics.append(walker.tooLarge(file))
    return nil
  }
}
