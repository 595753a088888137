import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The single-writer lock: `write.lock` holds the writer's process id; a lock left by a dead
/// process is taken over.
package final class WriteLock {
  private let url: URL
  private var held = false

  package init(directory: URL) throws(IndexError) {
    url = directory.appendingPathComponent(IndexLayout.lock)
    for _ in 0..<3 {
      if try acquire() { return }
      if let pid = holder(), WriteLock.isAlive(pid) { throw .locked(pid: pid) }
      // Stale (dead process or unreadable): take it over.
      unlink(url.path)
    }
    throw .io(path: IndexLayout.lock, message: "cannot take the writer lock")
  }

  deinit { release() }

  package func release() {
    guard held else { return }
    held = false
    unlink(url.path)
  }

  private func acquire() throws(IndexError) -> Bool {
    let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    if fd < 0 {
      if errno == EEXIST { return false }
      throw .io(path: IndexLayout.lock, message: FileWriter.lastError("cannot create"))
    }
    let text = Array("\(getpid())\n".utf8)
    _ = text.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    fsync(fd)
    close(fd)
    held = true
    return true
  }

  private func holder() -> Int32? {
    guard let data = FileManager.default.contents(atPath: url.path),
      let text = String(data: data, encoding: .utf8)
    else { return nil }
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Whether a process with this id exists (EPERM means it exists but is not ours).
  package static func isAlive(_ pid: Int32) -> Bool {
    guard pid > 0 else { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }
}
