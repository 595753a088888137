#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open folder of the corpus walk, closed when the last reference goes: its entries are
/// listed from it and looked up relative to it (`fstatat`, `openat`), so that the kernel does
/// not walk the whole path again for each of them.
final class DirectoryHandle {
  /// The folder's entry stream (`readdir`).
  let stream: OpaquePointer
  /// The descriptor behind `stream`.
  let descriptor: Int32

  private init?(descriptor: Int32) {
    guard descriptor >= 0 else { return nil }
    guard let stream = fdopendir(descriptor) else {
      close(descriptor)
      return nil
    }
    self.stream = stream
    self.descriptor = descriptor
  }

  /// Opens the folder at `path`; nil when it cannot be opened as a folder.
  convenience init?(path: String) {
    self.init(descriptor: open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC))
  }

  /// Opens the folder `name` of `parent` (a link to a folder followed, as `opendir` does).
  convenience init?(name: String, in parent: DirectoryHandle) {
    self.init(descriptor: openat(parent.descriptor, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC))
  }

  deinit { closedir(stream) }
}
