import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Points standard input at /dev/null, standard output at /dev/null and standard error at a
/// scratch file while a case runs, then restores them; `capturedError` is what the case wrote
/// on standard error.
final class DescriptorSilencer {
  let savedOutput = dup(STDOUT_FILENO)
  let savedError = dup(STDERR_FILENO)
  let savedInput = dup(STDIN_FILENO)
  private let null = open("/dev/null", O_RDWR)
  private let scratch: Int32

  init(scratch url: URL) {
    scratch = open(url.path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
  }

  func silence() {
    _ = ftruncate(scratch, 0)
    _ = lseek(scratch, 0, SEEK_SET)
    dup2(null, STDIN_FILENO)
    dup2(null, STDOUT_FILENO)
    dup2(scratch, STDERR_FILENO)
  }

  /// Restores the descriptors; returns the first 64 KB written on standard error.
  func restore() -> String {
    dup2(savedInput, STDIN_FILENO)
    dup2(savedOutput, STDOUT_FILENO)
    dup2(savedError, STDERR_FILENO)
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let count = pread(scratch, &buffer, buffer.count, 0)
    return String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
  }
}
