import Dispatch
import Foundation

/// The serial end of the build pipeline: hands prepared chunks to the segment writer on a queue
/// of its own, so that writing chunk n overlaps the preparation of the next ones on the other
/// cores. At most `depth` chunks wait or are being written, which bounds memory; more than one,
/// so that a long write (a sorted run spilled to disk) does not stall the preparing cores.
final class WriteStage: @unchecked Sendable {
  private let writer: SegmentWriter
  private let queue = DispatchQueue(label: "parlindex.write")
  private let group = DispatchGroup()
  private let slots: DispatchSemaphore
  private let errorLock = NSLock()
  private var report: BuildReport
  private var storedError: IndexError?
  /// Documents of the file being written so far (a streamed file comes in parts).
  private var documentsOfFile = 0

  init(writer: SegmentWriter, report: BuildReport, depth: Int = 2) {
    self.writer = writer
    self.report = report
    slots = DispatchSemaphore(value: max(1, depth))
  }

  /// The first error a write met, if any (read from any thread).
  private var error: IndexError? {
    get { errorLock.withLock { storedError } }
    set { errorLock.withLock { storedError = storedError ?? newValue } }
  }

  /// Waits until fewer than `depth` chunks are pending, then queues this one; `done` runs after
  /// it is written.
  func submit(_ files: [PreparedFile], done: @escaping @Sendable () -> Void) throws(IndexError) {
    slots.wait()
    if let error {
      slots.signal()
      throw error
    }
    queue.async(group: group) { [self] in
      defer { slots.signal() }
      guard error == nil else { return }
      do {
        for file in files { try write(file) }
        done()
      } catch let failure as IndexError {
        error = failure
      } catch {
        self.error = .io(path: "build", message: "\(error)")
      }
    }
  }

  private func write(_ file: PreparedFile) throws(IndexError) {
    report.documentsRead += file.documents.count
    documentsOfFile += file.documents.count
    report.diagnostics += file.diagnostics
    if file.isFinal {
      if documentsOfFile == 0 { report.skipped += file.diagnostics }
      documentsOfFile = 0
    }
    report.diagnostics += try writer.add(file)
  }

  /// Waits for the last chunk and returns the report so far.
  func finish() throws(IndexError) -> BuildReport {
    group.wait()
    if let error { throw error }
    return report
  }
}
